import SvoyiCore

/// The `X-Viber-Content-Signature` of a callback: the lower-case hex HMAC-SHA256 of the raw body bytes, keyed with
/// the bot's auth token (as `viberbot`'s `Api._calculate_message_signature` and viber-bot-node compute it).
public enum ViberSignature {
    /// The header that carries it.
    public static let header = "X-Viber-Content-Signature"

    /// The signature of `body` for a bot with `authToken`.
    public static func sign(_ body: [UInt8], authToken: String) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: body, key: Array(authToken.utf8)))
    }

    /// Whether `signature` is the signature of exactly these bytes. Compared in constant time; hex digits in upper
    /// case are accepted too.
    public static func isValid(_ signature: String, body: [UInt8], authToken: String) -> Bool {
        ConstantTime.equals(Array(signature.lowercased().utf8), Array(sign(body, authToken: authToken).utf8))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
