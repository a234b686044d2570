public import Foundation
import Synchronization

/// An ``IdentityProvider`` for a broker — the hromada's BankID or Дія integration service — that POSTs signed JSON.
///
/// The request body is `{"state": …, "subject": …, "phone": …, "full_name": …, "issued_at": "<ISO 8601>"}`
/// (`phone` and `full_name` optional), with two headers:
///
/// - `X-Svoyi-Timestamp: <unix seconds>`
/// - `X-Svoyi-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the shared secret>`
///
/// A request is refused when a header is missing, the signature does not match (compared in constant time),
/// the timestamp is more than ``tolerance`` from now, the same signed request was already accepted within the
/// tolerance (a replay), or the body is not the JSON above. A replay after a restart is still refused by the
/// store, which uses each state once.
public final class SignedAssertionProvider: IdentityProvider {
    /// The signature header's name.
    public static let signatureHeader = "X-Svoyi-Signature"
    /// The timestamp header's name.
    public static let timestampHeader = "X-Svoyi-Timestamp"

    /// The provider's name, such as `bankid` or `diia`.
    public let name: String
    /// How far a request's timestamp may be from now, in seconds (5 minutes by default).
    public let tolerance: TimeInterval
    private let key: HMAC<SHA256>
    private let clock: any WallClock
    /// Signatures accepted recently, with the time after which their timestamp is stale anyway.
    private let accepted = Mutex<[String: Date]>([:])

    /// A provider named `name` that checks requests with `secret` (at least 32 bytes; shared with the broker).
    public init(name: String, secret: [UInt8], clock: any WallClock = SystemClock(), tolerance: TimeInterval = 300) {
        precondition(secret.count >= 32, "a broker's shared secret needs at least 32 bytes")
        self.name = name
        self.key = HMAC<SHA256>(key: secret)
        self.clock = clock
        self.tolerance = tolerance
    }

    /// The `X-Svoyi-Signature` value for a body and timestamp, as the broker computes it.
    public static func signature(body: [UInt8], timestamp: String, secret: [UInt8]) -> String {
        "sha256="
            + hex(HMAC<SHA256>.authenticationCode(for: Array(timestamp.utf8) + [UInt8(ascii: ".")] + body, key: secret))
    }

    /// Authenticates the request and reads its assertion; see the type's description for what is refused.
    public func verify(body: [UInt8], headers: HTTPHeaders) async throws -> IdentityAssertion {
        let signatures = headers.values(Self.signatureHeader)
        let timestamps = headers.values(Self.timestampHeader)
        guard signatures.count == 1, timestamps.count == 1 else { throw ResidentError.signatureMissing }
        let signature = signatures[0]
        let timestamp = timestamps[0]
        guard (1...12).contains(timestamp.utf8.count), timestamp.utf8.allSatisfy({ (48...57).contains($0) }),
            let seconds = Int64(timestamp)
        else { throw ResidentError.timestampInvalid }
        guard signature.hasPrefix("sha256="), let given = Self.bytes(hex: signature.dropFirst(7)) else {
            throw ResidentError.signatureInvalid
        }
        var mac = key
        mac.update(Array(timestamp.utf8) + [UInt8(ascii: ".")] + body)
        guard ConstantTime.equals(mac.finalize(), given) else { throw ResidentError.signatureInvalid }
        let now = clock.now
        let sent = Date(timeIntervalSince1970: TimeInterval(seconds))
        guard abs(now.timeIntervalSince(sent)) <= tolerance else { throw ResidentError.timestampOutOfRange }
        // Keyed by the MAC's bytes, not the header's text, so a replay in other hex case is still a replay.
        let seen = Self.hex(given)
        let fresh = accepted.withLock { accepted in
            accepted = accepted.filter { $0.value >= now }
            guard accepted[seen] == nil else { return false }
            accepted[seen] = sent.addingTimeInterval(tolerance)
            return true
        }
        guard fresh else { throw ResidentError.replayedRequest }
        return try assertion(from: body)
    }

    private struct Payload: Decodable {
        var state: String
        var subject: String
        var phone: String?
        var fullName: String?
        var issuedAt: String

        enum CodingKeys: String, CodingKey {
            case state, subject, phone
            case fullName = "full_name"
            case issuedAt = "issued_at"
        }
    }

    private func assertion(from body: [UInt8]) throws -> IdentityAssertion {
        guard let payload = try? JSONDecoder().decode(Payload.self, from: Data(body)),
            !payload.state.isEmpty, !payload.subject.isEmpty, let issuedAt = Self.date(payload.issuedAt)
        else { throw ResidentError.malformedAssertion }
        return IdentityAssertion(
            provider: name, subject: payload.subject, fullName: payload.fullName, phone: payload.phone,
            verifiedAt: issuedAt, state: payload.state)
    }

    /// ISO 8601 with a `Z` or an offset, with or without fractional seconds.
    private static func date(_ text: String) -> Date? {
        if let date = ISO8601Milliseconds.parse(text), text.hasSuffix("Z") { return date }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions.insert(.withFractionalSeconds)
        return formatter.date(from: text)
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    private static func bytes(hex: Substring) -> [UInt8]? {
        let characters = Array(hex.utf8)
        guard characters.count == 2 * SHA256.byteCount else { return nil }
        var output: [UInt8] = []
        for index in stride(from: 0, to: characters.count, by: 2) {
            guard let high = nibble(characters[index]), let low = nibble(characters[index + 1]) else { return nil }
            output.append(high << 4 | low)
        }
        return output
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
