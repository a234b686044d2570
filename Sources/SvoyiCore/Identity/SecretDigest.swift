/// Digests and readable codes for secrets stored only as hashes (session and API tokens, recovery codes).
enum SecretDigest {
    /// The lower-case hex SHA-256 of the text's UTF-8: the stored form of a high-entropy secret (≥ 112 bits),
    /// where a salt adds nothing (OWASP ASVS 5.0 6.5.2).
    static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in SHA256.hash(Array(text.utf8)) {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `groups` groups of `size` random characters from an alphabet without look-alikes (no 0/o, 1/i/l, u: 30
    /// symbols, about 4.9 bits each) joined by `-` (`k7mp-4x2q-…`).
    static func readableCode(groups: Int, size: Int) -> String {
        let alphabet = Array("23456789abcdefghjkmnpqrstvwxyz".utf8)
        var parts: [String] = []
        for _ in 0..<groups {
            var part: [UInt8] = []
            while part.count < size {
                // Rejection sampling keeps every symbol equally likely.
                for byte in SecureRandom.bytes(size * 2) where Int(byte) < 256 - 256 % alphabet.count {
                    if part.count < size { part.append(alphabet[Int(byte) % alphabet.count]) }
                }
            }
            parts.append(String(decoding: part, as: UTF8.self))
        }
        return parts.joined(separator: "-")
    }

    /// A typed code in its canonical form: lower-case, without spaces and dashes.
    static func normalizedCode(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" }.map(Character.init))
    }
}
