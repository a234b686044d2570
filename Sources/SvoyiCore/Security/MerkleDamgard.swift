/// The chaining state of a Merkle–Damgård hash with 64-byte blocks (SHA-1, SHA-256).
protocol CompressionState: Sendable {
    /// The digest size in bytes; a multiple of four.
    static var digestByteCount: Int { get }
    /// The standard initial chaining value.
    init()
    /// Compresses whole 64-byte blocks; `blocks.count` is a multiple of 64.
    mutating func compress(_ blocks: UnsafeRawBufferPointer)
    /// Writes the chaining value big-endian to `destination` (``digestByteCount`` bytes).
    func writeDigest(to destination: UnsafeMutableRawPointer)
}

extension CompressionState {
    /// The chaining value as digest bytes.
    var digest: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: Self.digestByteCount) { buffer, count in
            writeDigest(to: UnsafeMutableRawPointer(buffer.baseAddress!))
            count = Self.digestByteCount
        }
    }
}

/// Buffers a partial block, feeds whole blocks straight from the caller's memory, and pads per FIPS 180-4 §5.1.1.
struct MerkleDamgard<State: CompressionState>: Sendable {
    private(set) var state: State
    /// The partial block: 64 bytes held inline so that copying a hasher never allocates.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    /// Message bytes absorbed so far, including any prefix already folded into `state`.
    private var length: UInt64

    /// Starts from `state`, which has already absorbed `length` bytes (a multiple of 64).
    init(state: State = State(), length: UInt64 = 0) {
        self.state = state
        self.length = length
    }

    mutating func update(_ input: UnsafeRawBufferPointer) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        length &+= UInt64(input.count)
        var offset = 0
        var state = self.state
        if pendingCount > 0 {
            offset = min(64 - pendingCount, input.count)
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) {
                $0.baseAddress!.advanced(by: start).copyMemory(from: base, byteCount: offset)
            }
            pendingCount += offset
            guard pendingCount == 64 else { return }
            let block = pending
            withUnsafeBytes(of: block) { state.compress($0) }
            pendingCount = 0
        }
        let whole = (input.count - offset) & ~63
        if whole > 0 {
            state.compress(UnsafeRawBufferPointer(start: base + offset, count: whole))
            offset += whole
        }
        self.state = state
        let rest = input.count - offset
        if rest > 0 {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: rest) }
            pendingCount = rest
        }
    }

    /// The final chaining value after padding: `0x80`, zeros, then the bit length as a big-endian `UInt64`.
    func finalize() -> State {
        var copy = self
        let bitLength = length &* 8
        let padCount = pendingCount < 56 ? 56 - pendingCount : 120 - pendingCount
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { padding in
            padding.initializeMemory(as: UInt8.self, repeating: 0)
            padding[0] = 0x80
            padding.storeBytes(of: bitLength.bigEndian, toByteOffset: padCount, as: UInt64.self)
            copy.update(UnsafeRawBufferPointer(rebasing: padding[0..<(padCount + 8)]))
        }
        return copy.state
    }
}
