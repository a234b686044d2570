/// A cryptographic hash function that absorbs bytes in any split and produces a fixed-size digest.
///
/// Conforming types are small value types: copying one copies the hashing state, which is how
/// ``HMAC`` and ``PBKDF2`` reuse a prefix that was hashed once.
public protocol HashFunction: Sendable {
    /// The size of the digest in bytes.
    static var byteCount: Int { get }
    /// The size of the block the compression function consumes, in bytes.
    static var blockByteCount: Int { get }
    /// Creates a hasher in its initial state.
    init()
    /// Absorbs `bytes`; calls may split the message anywhere.
    mutating func update(_ bytes: UnsafeRawBufferPointer)
    /// The digest of everything absorbed so far. The hasher itself is left unchanged.
    func finalize() -> [UInt8]
}

extension HashFunction {
    /// Absorbs a sequence of bytes, such as `[UInt8]`, an `ArraySlice<UInt8>` or `String.UTF8View`.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// The digest of `bytes` in one call.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes)
        return hasher.finalize()
    }
}
