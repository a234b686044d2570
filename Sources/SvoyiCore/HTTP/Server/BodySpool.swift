import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A request body too large to keep in memory, written to a private temporary file as it arrives.
final class BodySpool {
    let path: String
    private var descriptor: Int32
    private(set) var failed = false

    /// Creates the file (mode 0600, a new name) in `directory`; nil when it cannot be created.
    init?(directory: String) {
        let path = (directory as NSString).appendingPathComponent("svoyi-body-\(UUID().uuidString)")
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    func write(_ bytes: [UInt8]) {
        guard !failed, descriptor >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = true  // disk full: the request is answered with an error, not a truncated body
                return
            }
            offset += count
        }
    }

    /// Closes the file, keeping it for the handler.
    func finish() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// Closes and deletes the file.
    func discard() {
        finish()
        unlink(path)
    }

    deinit { finish() }
}
