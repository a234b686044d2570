/// SHA-1 (FIPS 180-4 §6.1), incremental or in one call.
///
/// SHA-1 is broken for collision resistance; Svoyi uses it only where a standard requires it,
/// such as HMAC-SHA1 in RFC 6238 one-time passwords, where collisions do not matter.
public struct SHA1: HashFunction {
    /// 20 bytes.
    public static var byteCount: Int { 20 }
    /// 64 bytes.
    public static var blockByteCount: Int { 64 }

    private var engine = MerkleDamgard<State>()

    /// Creates a hasher in its initial state.
    public init() {}

    /// Absorbs `bytes`; calls may split the message anywhere.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 20-byte digest of everything absorbed so far; the hasher is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalize().digest
    }
}

extension SHA1 {
    /// The five 32-bit chaining words H0…H4.
    struct State: CompressionState {
        static var digestByteCount: Int { 20 }

        var h0: UInt32 = 0x6745_2301
        var h1: UInt32 = 0xefcd_ab89
        var h2: UInt32 = 0x98ba_dcfe
        var h3: UInt32 = 0x1032_5476
        var h4: UInt32 = 0xc3d2_e1f0

        init() {}

        func writeDigest(to destination: UnsafeMutableRawPointer) {
            destination.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
            destination.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
            destination.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
            destination.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
            destination.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
    }
}
