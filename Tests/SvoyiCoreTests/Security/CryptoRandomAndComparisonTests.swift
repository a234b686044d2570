import SvoyiCore
import Testing

@Suite("Crypto: constant-time comparison and secure random")
struct CryptoRandomAndComparisonTests {
    @Test(
        arguments: [
            ([], [], true),
            ([1, 2, 3], [1, 2, 3], true),
            ([1, 2, 3], [1, 2, 4], false),
            ([0, 2, 3], [1, 2, 3], false),
            ([1, 2, 3], [1, 2], false),
            ([1, 2], [1, 2, 3], false),
            ([1, 2, 0], [1, 2], false),
            ([], [0], false),
            ([0x80], [0x00], false),
        ] as [([UInt8], [UInt8], Bool)])
    func cryptoConstantTimeEquals(a: [UInt8], b: [UInt8], equal: Bool) {
        #expect(ConstantTime.equals(a, b) == equal)
        #expect(ConstantTime.equals(b, a) == equal)
    }

    @Test func secureRandomReturnsTheRequestedCount() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(1).count == 1)
        #expect(SecureRandom.bytes(32).count == 32)
        // Larger than one getrandom(2) call is guaranteed to return at once (256 bytes).
        let large = SecureRandom.bytes(100_000)
        #expect(large.count == 100_000)
        #expect(Set(large).count == 256)
    }

    @Test func twoCallsDiffer() {
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
        #expect(SecureRandom.token() != SecureRandom.token())
    }

    @Test func tokensAreUnpaddedBase64URL() throws {
        let token = SecureRandom.token()
        #expect(token.utf8.count == 43)
        #expect(try Base64URL.decode(token).count == 32)
        #expect(SecureRandom.token(bytes: 16).utf8.count == 22)
    }
}
