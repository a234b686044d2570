import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The server's claim on a data directory: an exclusive `flock` on `<data-dir>/server.lock`, held for the
/// life of the process and released by the kernel when the process ends, however it ends.
public final class ServerLock: Sendable {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}

extension DataDirectory {
    var lockPath: String { (path as NSString).appendingPathComponent("server.lock") }

    /// Takes the server's lock; throws ``DataDirectoryError/serverRunning(_:)`` when another server holds it.
    public func lockForServer() throws -> ServerLock {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DataDirectoryError.cannotCreate(lockPath, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw DataDirectoryError.serverRunning(path)
        }
        return ServerLock(descriptor: descriptor)
    }

    /// True while a server holds this directory's lock.
    public var isServerRunning: Bool {
        let descriptor = Glibc.open(lockPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }
}
