import SvoyiCore
import Testing

@Suite("Crypto: Base32 and base64url")
struct CryptoEncodingTests {
    /// RFC 4648 §10.
    @Test(arguments: [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
    ])
    func cryptoBase32RFC4648(plain: String, encoded: String) throws {
        #expect(Base32.encode(cryptoASCII(plain)) == encoded)
        #expect(try Base32.decode(encoded) == cryptoASCII(plain))
        let unpadded = String(encoded.prefix { $0 != "=" })
        #expect(Base32.encode(cryptoASCII(plain), padding: false) == unpadded)
        #expect(try Base32.decode(unpadded) == cryptoASCII(plain))
        #expect(try Base32.decode(unpadded.lowercased()) == cryptoASCII(plain))
    }

    @Test func base32DecodeIgnoresSpacesAndCase() throws {
        #expect(try Base32.decode("mzxw 6ytb oi") == cryptoASCII("foobar"))
        #expect(try Base32.decode(" MZXW6YTBOI====== ") == cryptoASCII("foobar"))
    }

    @Test func base32RejectsCharactersOutsideTheAlphabet() {
        #expect(throws: Base32.DecodingError(code: .invalidCharacter, offset: 2)) { try Base32.decode("MZ1W6") }
        #expect(throws: Base32.DecodingError(code: .invalidCharacter, offset: 4)) { try Base32.decode("MZXW8YQ=") }
        #expect(throws: Base32.DecodingError(code: .invalidCharacter, offset: 0)) { try Base32.decode("-MZXW6") }
    }

    @Test func base32RejectsDataAfterPadding() {
        #expect(throws: Base32.DecodingError(code: .invalidCharacter, offset: 3)) { try Base32.decode("MY=A") }
    }

    @Test func base32RejectsImpossibleLengths() {
        #expect(throws: Base32.DecodingError(code: .invalidLength, offset: 1)) { try Base32.decode("M") }
        #expect(throws: Base32.DecodingError(code: .invalidLength, offset: 3)) { try Base32.decode("MZX") }
        #expect(throws: Base32.DecodingError(code: .invalidLength, offset: 6)) { try Base32.decode("MZXW6Y") }
    }

    @Test func base64URLUsesTheURLSafeAlphabet() throws {
        #expect(Base64URL.encode([0xfb, 0xff]) == "-_8")
        #expect(Base64URL.encode([0xfb, 0xff, 0xbf]) == "-_-_")
        #expect(try Base64URL.decode("-_8") == [0xfb, 0xff])
        #expect(Base64URL.encode(cryptoASCII("foobar")) == "Zm9vYmFy")
        #expect(Base64URL.encode(cryptoASCII("fooba")) == "Zm9vYmE")
        #expect(Base64URL.encode(cryptoASCII("f")) == "Zg")
        #expect(Base64URL.encode([]).isEmpty)
    }

    @Test func base64URLRoundTripsEveryLengthAndByte() throws {
        let bytes = (0..<256).map { UInt8($0) } + [0xfb, 0xff, 0xfb, 0xff]
        for length in 0...bytes.count {
            let prefix = Array(bytes[0..<length])
            let encoded = Base64URL.encode(prefix)
            #expect(!encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"))
            #expect(try Base64URL.decode(encoded) == prefix, "length \(length)")
        }
    }

    @Test func base64URLRejectsPaddingStandardAlphabetAndBadLengths() {
        #expect(throws: Base64URL.DecodingError(code: .invalidCharacter, offset: 2)) { try Base64URL.decode("Zg==") }
        #expect(throws: Base64URL.DecodingError(code: .invalidCharacter, offset: 0)) { try Base64URL.decode("+_8") }
        #expect(throws: Base64URL.DecodingError(code: .invalidCharacter, offset: 1)) { try Base64URL.decode("-/8") }
        #expect(throws: Base64URL.DecodingError(code: .invalidLength, offset: 5)) { try Base64URL.decode("Zm9vY") }
    }
}
