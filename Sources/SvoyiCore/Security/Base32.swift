/// Base32 with the RFC 4648 §6 alphabet (`A`–`Z`, `2`–`7`), as used for one-time-password secrets.
public enum Base32 {
    /// Why a string is not Base32.
    public struct DecodingError: Error, Equatable, Sendable {
        /// What is wrong.
        public enum Code: Sendable, Equatable {
            /// A character outside the alphabet, or data after the padding.
            case invalidCharacter
            /// A number of characters that no byte string encodes to (1, 3 or 6 modulo 8).
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

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Encodes `bytes`, padding with `=` to a multiple of eight characters unless `padding` is `false`.
    public static func encode(_ bytes: [UInt8], padding: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 4) / 5 * 8)
        var buffer: UInt64 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt64(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                output.append(alphabet[Int(buffer >> UInt64(bits) & 31)])
            }
        }
        if bits > 0 {
            output.append(alphabet[Int(buffer << UInt64(5 - bits) & 31)])
        }
        if padding {
            while output.count % 8 != 0 { output.append(UInt8(ascii: "=")) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `string`, accepting lowercase letters, spaces anywhere, and missing or present padding.
    ///
    /// - Throws: ``DecodingError`` for a character outside the alphabet or an impossible length.
    public static func decode(_ string: String) throws(DecodingError) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: UInt64 = 0
        var bits = 0
        var characters = 0
        var padded = false
        for (offset, character) in string.utf8.enumerated() {
            let value: UInt8
            switch character {
            case UInt8(ascii: " "): continue
            case UInt8(ascii: "="):
                padded = true
                continue
            case _ where padded: throw DecodingError(code: .invalidCharacter, offset: offset)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = character - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = character - UInt8(ascii: "a")
            case UInt8(ascii: "2")...UInt8(ascii: "7"): value = character - UInt8(ascii: "2") + 26
            default: throw DecodingError(code: .invalidCharacter, offset: offset)
            }
            buffer = buffer << 5 | UInt64(value)
            bits += 5
            characters += 1
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt64(bits)))
            }
        }
        guard ![1, 3, 6].contains(characters % 8) else {
            throw DecodingError(code: .invalidLength, offset: string.utf8.count)
        }
        return output
    }
}
