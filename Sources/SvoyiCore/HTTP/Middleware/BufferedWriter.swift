import Foundation
import Synchronization

/// Gathers log lines and writes them in batches: when 64 KiB are waiting, and otherwise every 100 ms from a
/// background thread. ``flushAll()`` writes everything at shutdown.
final class BufferedWriter: Sendable {
    private let handle: FileHandle
    private let pending = Mutex<[UInt8]>([])
    private static let all = Mutex<[BufferedWriter]>([])

    init(_ handle: FileHandle) {
        self.handle = handle
        Self.all.withLock { $0.append(self) }
        // Writers live as long as the process (they are static sinks), so the thread holds its writer.
        let thread = Thread { [self] in
            while true {
                flush()
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        thread.name = "svoyi-log"
        thread.start()
    }

    func write(_ line: String) {
        let full: [UInt8]? = pending.withLock { pending in
            pending.append(contentsOf: line.utf8)
            pending.append(10)
            guard pending.count >= 64 * 1024 else { return nil }
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if let full { try? handle.write(contentsOf: full) }
    }

    func flush() {
        let bytes: [UInt8] = pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if !bytes.isEmpty { try? handle.write(contentsOf: bytes) }
    }

    static func flushAll() {
        for writer in all.withLock({ $0 }) { writer.flush() }
    }
}
