import SvoyiCore
import Testing

@Suite("Crypto: HMAC")
struct CryptoHMACTests {
    static let largeKey = [UInt8](repeating: 0xaa, count: 131)

    /// RFC 4231 §4 test cases 1–4, 6 and 7 (case 5, truncation, is below).
    @Test(
        arguments: [
            (
                [UInt8](repeating: 0x0b, count: 20), cryptoASCII("Hi There"),
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
            ),
            (
                cryptoASCII("Jefe"), cryptoASCII("what do ya want for nothing?"),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
            ),
            (
                Array(1...25), [UInt8](repeating: 0xcd, count: 50),
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
            ),
            (
                largeKey, cryptoASCII("Test Using Larger Than Block-Size Key - Hash Key First"),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            ),
            (
                largeKey,
                cryptoASCII(
                    "This is a test using a larger than block-size key and a larger than block-size data."
                        + " The key needs to be hashed before being used by the HMAC algorithm."),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
            ),
        ] as [([UInt8], [UInt8], String)])
    func cryptoHMACSHA256RFC4231(key: [UInt8], message: [UInt8], expected: String) {
        #expect(cryptoHex(HMAC<SHA256>.authenticationCode(for: message, key: key)) == expected)
    }

    @Test func hmacSHA256RFC4231Case5Truncated() {
        let key = [UInt8](repeating: 0x0c, count: 20)
        let tag = HMAC<SHA256>.authenticationCode(for: "Test With Truncation".utf8, key: key)
        #expect(cryptoHex(Array(tag.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    /// RFC 2202 §3 test cases 1–3.
    @Test(
        arguments: [
            ([UInt8](repeating: 0x0b, count: 20), cryptoASCII("Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00"),
            (
                cryptoASCII("Jefe"), cryptoASCII("what do ya want for nothing?"),
                "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
            ),
            (
                [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
                "125d7342b9ac11cd91a39af48aa17b4f63f175d3"
            ),
        ] as [([UInt8], [UInt8], String)])
    func cryptoHMACSHA1RFC2202(key: [UInt8], message: [UInt8], expected: String) {
        #expect(cryptoHex(HMAC<SHA1>.authenticationCode(for: message, key: key)) == expected)
    }

    @Test func incrementalUpdatesMatchOneShot() {
        var hmac = HMAC<SHA256>(key: "Jefe".utf8)
        hmac.update("what do ya ".utf8)
        let keyed = hmac
        hmac.update("want for nothing?".utf8)
        #expect(cryptoHex(hmac.finalize()) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(keyed.finalize() != hmac.finalize())
    }
}
