import SvoyiCore
import Testing

/// PBKDF2-HMAC-SHA256 vectors in the RFC 6070 style (as published for SHA-256; checked with Python's
/// `hashlib.pbkdf2_hmac`), plus RFC 6070's SHA-1 case.
@Suite("Crypto: PBKDF2")
struct CryptoPBKDF2Tests {
    @Test(arguments: [
        (1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        (2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        (4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
    ])
    func cryptoPBKDF2SHA256PasswordSalt(iterations: Int, expected: String) {
        let key = PBKDF2.sha256(password: "password".utf8, salt: "salt".utf8, iterations: iterations, keyLength: 32)
        #expect(cryptoHex(key) == expected)
    }

    @Test func longPasswordAndSaltWithTwoOutputBlocks() {
        let key = PBKDF2.sha256(
            password: "passwordPASSWORDpassword".utf8, salt: "saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8,
            iterations: 4096, keyLength: 40)
        #expect(cryptoHex(key) == "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9")
    }

    @Test func passwordLongerThanABlockIsHashedFirst() {
        let key = PBKDF2.sha256(
            password: [UInt8](repeating: UInt8(ascii: "p"), count: 100), salt: "salt".utf8, iterations: 3,
            keyLength: 70)
        #expect(
            cryptoHex(key)
                == "f598272d35e2ca276ac07694cf01636c4d643ad3075956477cfdd83eda46d9f6"
                + "ff98cc0164001b6313b3dc2ce74e70387fbc2e1fef920b7ae624f2c1582cd7cc38a65c3b5871")
    }

    @Test func sha1RFC6070() {
        let key = PBKDF2.sha1(password: "password".utf8, salt: "salt".utf8, iterations: 4096, keyLength: 20)
        #expect(cryptoHex(key) == "4b007901b765489abead49d926f721d065a429c1")
    }
}
