import Foundation

/// The short-lived secrets of the resident store — link codes and external-verification states — and the one-way
/// hashes under which they, and external identities, are stored.
enum ResidentSecret {
    /// Crockford's base 32: digits and letters without I, L, O and U, so a code read aloud or copied by hand
    /// has no look-alikes. (``Base32``'s RFC 4648 alphabet has both `O` and `I`, hence a separate table.)
    static let linkCodeAlphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// How long a link code or a verification state works.
    static let lifetime: TimeInterval = 15 * 60

    /// How long expired codes and states are kept so a late attempt gets "expired" rather than "invalid".
    static let retention: TimeInterval = 24 * 60 * 60

    /// A new link code: 40 bits from the kernel's CSPRNG as eight characters.
    static func newLinkCode() -> String {
        let bytes = SecureRandom.bytes(5)
        let bits = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let characters = (0..<8).map { linkCodeAlphabet[Int(bits >> UInt64(35 - 5 * $0) & 31)] }
        return String(decoding: characters, as: UTF8.self)
    }

    /// The canonical form of a typed link code, or `nil` when it cannot be one.
    ///
    /// Case, spaces and hyphens are ignored; `O` reads as `0`, `I` and `L` as `1` (Crockford's rule); and Cyrillic
    /// letters that look like Latin ones (a Ukrainian keyboard's `А`, `В`, `С`, `О`, `І`…) read as those.
    static func canonicalLinkCode(_ typed: String) -> String? {
        var output: [UInt8] = []
        for character in typed.uppercased().unicodeScalars {
            if character == " " || character == "-" { continue }
            guard let byte = latin(character), linkCodeAlphabet.contains(byte) else { return nil }
            output.append(byte)
            if output.count > 8 { return nil }
        }
        return output.count == 8 ? String(decoding: output, as: UTF8.self) : nil
    }

    private static func latin(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "O", "О": UInt8(ascii: "0")
        case "I", "L", "І": UInt8(ascii: "1")
        case "А": UInt8(ascii: "A")
        case "В": UInt8(ascii: "B")
        case "С": UInt8(ascii: "C")
        case "Е": UInt8(ascii: "E")
        case "Н": UInt8(ascii: "H")
        case "К": UInt8(ascii: "K")
        case "М": UInt8(ascii: "M")
        case "Р": UInt8(ascii: "P")
        case "Т": UInt8(ascii: "T")
        case "Х": UInt8(ascii: "X")
        default: scalar.isASCII ? UInt8(scalar.value) : nil
        }
    }

    /// A new external-verification state: 128 bits from the kernel's CSPRNG in base64url (22 characters).
    static func newState() -> String {
        SecureRandom.token(bytes: 16)
    }

    /// The stored form of a secret: base64url SHA-256, so a copy of the database does not hold usable codes.
    static func digest(_ secret: String) -> String {
        Base64URL.encode(SHA256.hash(secret.utf8))
    }

    /// The stored form of an external identity: HMAC-SHA256 of provider and subject under a key kept outside the
    /// database, never the subject itself. Equal identities give equal hashes, which is what finding the same
    /// person needs; without the key, a copy of the database cannot be searched for a guessed subject (a
    /// 10-digit tax number has only 10¹⁰ values, few enough to try them all against a plain hash).
    static func identityHash(provider: String, subject: String, key: [UInt8]) -> String {
        Base64URL.encode(
            HMAC<SHA256>.authenticationCode(for: Array("svoyi-identity\u{0}\(provider)\u{0}\(subject)".utf8), key: key))
    }
}
