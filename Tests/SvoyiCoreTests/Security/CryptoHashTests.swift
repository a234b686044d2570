import SvoyiCore
import Testing

/// FIPS 180-4 examples (NIST CSRC "Examples with intermediate values").
@Suite("Crypto: SHA-1 and SHA-256")
struct CryptoHashTests {
    static let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"

    @Test func sha256OfAbc() {
        #expect(
            cryptoHex(SHA256.hash("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha256OfTheTwoBlockMessage() {
        #expect(
            cryptoHex(SHA256.hash(Self.twoBlocks.utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sha256OfTheEmptyMessage() {
        #expect(cryptoHex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func sha256OfOneMillionAInOddChunks() {
        #expect(
            cryptoHex(millionA(SHA256())) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sha1OfAbc() {
        #expect(cryptoHex(SHA1.hash("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func sha1OfTheTwoBlockMessage() {
        #expect(cryptoHex(SHA1.hash(Self.twoBlocks.utf8)) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func sha1OfTheEmptyMessage() {
        #expect(cryptoHex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    }

    @Test func sha1OfOneMillionAInOddChunks() {
        #expect(cryptoHex(millionA(SHA1())) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    /// Every split of a 200-byte message into two parts gives the one-shot digest (padding at every offset).
    @Test func everySplitGivesTheOneShotDigest() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200] {
            let prefix = Array(message[0..<length])
            let whole256 = SHA256.hash(prefix)
            let whole1 = SHA1.hash(prefix)
            for split in 0...length {
                var sha256 = SHA256()
                var sha1 = SHA1()
                sha256.update(prefix[0..<split])
                sha256.update(prefix[split...])
                sha1.update(prefix[0..<split])
                sha1.update(prefix[split...])
                #expect(sha256.finalize() == whole256, "length \(length) split \(split)")
                #expect(sha1.finalize() == whole1, "length \(length) split \(split)")
            }
        }
    }

    @Test func finalizeLeavesTheHasherUsable() {
        var hasher = SHA256()
        hasher.update("ab".utf8)
        _ = hasher.finalize()
        hasher.update("c".utf8)
        #expect(hasher.finalize() == SHA256.hash("abc".utf8))
    }

    /// One million "a" fed in chunks of 1, 7, 61, 64, 65, 997 … bytes, cycling, so chunks straddle every block offset.
    private func millionA<H: HashFunction>(_ start: H) -> [UInt8] {
        var hasher = start
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 4096)
        let sizes = [1, 7, 61, 64, 65, 997, 3, 4096, 127]
        var remaining = 1_000_000
        var index = 0
        while remaining > 0 {
            let size = min(sizes[index % sizes.count], remaining)
            hasher.update(chunk[0..<size])
            remaining -= size
            index += 1
        }
        return hasher.finalize()
    }
}
