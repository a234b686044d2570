/// PBKDF2 key derivation (RFC 8018 §5.2) with HMAC-SHA256 or HMAC-SHA1 as the pseudorandom function.
///
/// ```swift
/// let key = PBKDF2.sha256(password: "correct horse".utf8, salt: salt, iterations: 600_000, keyLength: 32)
/// ```
///
/// The HMAC pads are compressed once; each iteration then costs exactly two compressions of one block,
/// done in place in a stack buffer without allocating.
public enum PBKDF2 {
    /// PBKDF2-HMAC-SHA256. `iterations` and `keyLength` must be at least 1.
    public static func sha256(
        password: some Sequence<UInt8>, salt: some Sequence<UInt8>, iterations: Int, keyLength: Int
    ) -> [UInt8] {
        derive(
            SHA256.State.self, password: Array(password), salt: Array(salt), iterations: iterations,
            keyLength: keyLength)
    }

    /// PBKDF2-HMAC-SHA1, for interoperating with older systems. `iterations` and `keyLength` must be at least 1.
    public static func sha1(
        password: some Sequence<UInt8>, salt: some Sequence<UInt8>, iterations: Int, keyLength: Int
    ) -> [UInt8] {
        derive(
            SHA1.State.self, password: Array(password), salt: Array(salt), iterations: iterations, keyLength: keyLength)
    }

    private static func derive<State: CompressionState>(
        _: State.Type, password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int
    ) -> [UInt8] {
        precondition(iterations >= 1, "PBKDF2 needs at least one iteration")
        precondition(keyLength >= 1, "PBKDF2 needs a positive key length")
        var key = password
        if key.count > 64 {
            var hasher = MerkleDamgard<State>()
            key.withUnsafeBytes { hasher.update($0) }
            key = hasher.finalize().digest
        }
        key += repeatElement(0, count: 64 - key.count)
        var innerStart = State()
        key.map { $0 ^ 0x36 }.withUnsafeBytes { innerStart.compress($0) }
        var outerStart = State()
        key.map { $0 ^ 0x5c }.withUnsafeBytes { outerStart.compress($0) }

        let d = State.digestByteCount
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength)
        var blockIndex: UInt32 = 1
        withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { block in
            withUnsafeTemporaryAllocation(byteCount: d, alignment: 8) { accumulator in
                while derived.count < keyLength {
                    // U1 = HMAC(P, S || INT(i)), through the general path.
                    var inner = MerkleDamgard(state: innerStart, length: 64)
                    salt.withUnsafeBytes { inner.update($0) }
                    withUnsafeBytes(of: blockIndex.bigEndian) { inner.update($0) }
                    inner.finalize().writeDigest(to: block.baseAddress!)
                    var outer = MerkleDamgard(state: outerStart, length: 64)
                    outer.update(UnsafeRawBufferPointer(rebasing: block[0..<d]))
                    outer.finalize().writeDigest(to: block.baseAddress!)
                    accumulator.copyMemory(from: UnsafeRawBufferPointer(rebasing: block[0..<d]))

                    // Every later message is one digest after a 64-byte pad: the padding of its single
                    // block never changes, so each digest is written straight into the block it feeds.
                    for index in d..<64 { block[index] = 0 }
                    block[d] = 0x80
                    block.storeBytes(of: (UInt64(64 + d) * 8).bigEndian, toByteOffset: 56, as: UInt64.self)
                    let message = UnsafeRawBufferPointer(block)
                    for _ in 1..<iterations {
                        var state = innerStart
                        state.compress(message)
                        state.writeDigest(to: block.baseAddress!)
                        state = outerStart
                        state.compress(message)
                        state.writeDigest(to: block.baseAddress!)
                        for offset in stride(from: 0, to: d, by: 4) {
                            let word = block.load(fromByteOffset: offset, as: UInt32.self)
                            let sum = accumulator.load(fromByteOffset: offset, as: UInt32.self) ^ word
                            accumulator.storeBytes(of: sum, toByteOffset: offset, as: UInt32.self)
                        }
                    }
                    derived += accumulator.prefix(min(d, keyLength - derived.count))
                    blockIndex += 1
                }
            }
        }
        return derived
    }
}
