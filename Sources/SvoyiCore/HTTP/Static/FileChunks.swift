import Glibc
import Synchronization

/// An open file read in chunks for a streamed response; the descriptor closes when the stream is released.
final class FileChunks: Sendable {
    private let descriptor: Int32
    private let offset = Mutex<Int>(0)
    private let chunkSize: Int

    init(descriptor: Int32, chunkSize: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// The next chunk, or `nil` at the end of the file or on a read error.
    func next() -> [UInt8]? {
        offset.withLock { offset -> [UInt8]? in
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            var count = 0
            repeat {
                count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, chunkSize, off_t(offset)) }
            } while count < 0 && errno == EINTR
            guard count > 0 else { return nil }
            offset += count
            return Array(chunk.prefix(count))
        }
    }

    /// The chunks as a response body stream.
    var stream: AsyncStream<[UInt8]> {
        AsyncStream(unfolding: { self.next() })
    }

    deinit {
        _ = Glibc.close(descriptor)
    }
}
