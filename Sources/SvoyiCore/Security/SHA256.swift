/// SHA-256 (FIPS 180-4 §6.2), incremental or in one call.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("ab".utf8)
/// hasher.update("c".utf8)
/// let digest = hasher.finalize()  // ba7816bf…
/// ```
public struct SHA256: HashFunction {
    /// 32 bytes.
    public static var byteCount: Int { 32 }
    /// 64 bytes.
    public static var blockByteCount: Int { 64 }

    private var engine = MerkleDamgard<State>()

    /// Creates a hasher in its initial state.
    public init() {}

    /// Absorbs `bytes`; calls may split the message anywhere.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        engine.update(bytes)
    }

    /// The 32-byte digest of everything absorbed so far; the hasher is left unchanged.
    public func finalize() -> [UInt8] {
        engine.finalize().digest
    }
}

extension SHA256 {
    /// The eight 32-bit chaining words H0…H7.
    struct State: CompressionState {
        static var digestByteCount: Int { 32 }

        var h0: UInt32 = 0x6a09_e667
        var h1: UInt32 = 0xbb67_ae85
        var h2: UInt32 = 0x3c6e_f372
        var h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f
        var h5: UInt32 = 0x9b05_688c
        var h6: UInt32 = 0x1f83_d9ab
        var h7: UInt32 = 0x5be0_cd19

        init() {}

        func writeDigest(to destination: UnsafeMutableRawPointer) {
            destination.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
            destination.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
            destination.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
            destination.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
            destination.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
            destination.storeBytes(of: h5.bigEndian, toByteOffset: 20, as: UInt32.self)
            destination.storeBytes(of: h6.bigEndian, toByteOffset: 24, as: UInt32.self)
            destination.storeBytes(of: h7.bigEndian, toByteOffset: 28, as: UInt32.self)
        }
    }
}
