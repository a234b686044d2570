/// HMAC (RFC 2104) over any ``HashFunction``, incremental or in one call.
///
/// ```swift
/// let tag = HMAC<SHA256>.authenticationCode(for: "message".utf8, key: key)
/// ```
///
/// The key pads are hashed once in ``init(key:)``; copying an `HMAC` value copies those states,
/// so one keyed value can authenticate many messages without rehashing the key.
public struct HMAC<H: HashFunction>: Sendable {
    private var inner: H
    private let outer: H

    /// Keys longer than a block are hashed first; shorter keys are zero-padded (RFC 2104 §2).
    public init(key: some Sequence<UInt8>) {
        var block = Array(key)
        if block.count > H.blockByteCount {
            block = H.hash(block)
        }
        block += repeatElement(0, count: H.blockByteCount - block.count)
        var inner = H()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = H()
        outer.update(block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    /// Absorbs message bytes; calls may split the message anywhere.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        inner.update(bytes)
    }

    /// The authentication code of everything absorbed so far (`H.byteCount` bytes); the value is left unchanged.
    public func finalize() -> [UInt8] {
        var outer = self.outer
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The authentication code of `message` under `key`.
    public static func authenticationCode(for message: some Sequence<UInt8>, key: some Sequence<UInt8>) -> [UInt8] {
        var hmac = HMAC(key: key)
        hmac.update(message)
        return hmac.finalize()
    }
}
