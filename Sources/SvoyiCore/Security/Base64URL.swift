/// Base64 with the URL- and filename-safe alphabet of RFC 4648 §5, without padding.
public enum Base64URL {
    /// Why a string is not unpadded base64url.
    public struct DecodingError: Error, Equatable, Sendable {
        /// What is wrong.
        public enum Code: Sendable, Equatable {
            /// A character outside `A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_` (padding included).
            case invalidCharacter
            /// A length of 1 modulo 4, which no byte string encodes to.
            case invalidLength
        }

        /// What is wrong.
        public let code: Code
        /// The UTF-8 offset of the offending character, or of the end for ``Code/invalidLength``.
        public let offset: Int

        /// Creates an error, for comparing with a thrown one.
        public init(code: Code, offset: Int) {
            self.code = code
            self.offset = offset
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Encodes `bytes` without `=` padding.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= bytes.count {
            let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] as [UInt32] { output.append(alphabet[Int(group >> shift & 63)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let second = rest == 2 ? UInt32(bytes[index + 1]) : 0
            let group = UInt32(bytes[index]) << 16 | second << 8
            output.append(alphabet[Int(group >> 18 & 63)])
            output.append(alphabet[Int(group >> 12 & 63)])
            if rest == 2 { output.append(alphabet[Int(group >> 6 & 63)]) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes unpadded base64url.
    ///
    /// - Throws: ``DecodingError`` for a character outside the alphabet (including `=`) or an impossible length.
    public static func decode(_ string: String) throws(DecodingError) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for (offset, character) in string.utf8.enumerated() {
            let value: UInt8
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = character - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = character - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0") + 52
            case UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "_"): value = 63
            default: throw DecodingError(code: .invalidCharacter, offset: offset)
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        guard string.utf8.count % 4 != 1 else {
            throw DecodingError(code: .invalidLength, offset: string.utf8.count)
        }
        return output
    }
}
