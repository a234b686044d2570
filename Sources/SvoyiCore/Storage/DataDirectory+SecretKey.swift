import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension DataDirectory {
    /// The file holding the installation's 32-byte secret key: `<dir>/secret.key`, readable by its owner only.
    public var secretKeyPath: String { (path as NSString).appendingPathComponent("secret.key") }

    /// The installation's secret key (it seals TOTP seeds in the database), created on first use.
    ///
    /// The key is not in the database, so a stolen database or backup alone does not reveal the seeds. Back it up
    /// once, apart from the database backups: without it, staff sign in with recovery codes or have their 2FA reset.
    public func secretKey() throws -> [UInt8] {
        if let existing = FileManager.default.contents(atPath: secretKeyPath) {
            guard existing.count == 32 else { throw DataDirectoryError.badSecretKey(secretKeyPath) }
            return Array(existing)
        }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let key = SecureRandom.bytes(32)
        // Written to a private temporary file and linked into place, so two callers racing keep one key. The file
        // is created 0600 (FileManager.createFile would write it 0644 and chmod it only after renaming it into
        // place), its name is unique per call, and it is synced before the link: seeds sealed with a key that a
        // power loss then takes away could never be opened again.
        let temporary =
            "\(secretKeyPath).\(ProcessInfo.processInfo.processIdentifier).\(SecureRandom.token(bytes: 9)).tmp"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DataDirectoryError.cannotCreate(temporary, reason: "cannot write the secret key")
        }
        defer { unlink(temporary) }
        let written = key.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == key.count, synced else {
            throw DataDirectoryError.cannotCreate(temporary, reason: "cannot write the secret key")
        }
        if link(temporary, secretKeyPath) == 0 {
            let directory = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directory >= 0 {
                _ = fsync(directory)
                close(directory)
            }
        } else {
            guard let winner = FileManager.default.contents(atPath: secretKeyPath), winner.count == 32 else {
                throw DataDirectoryError.badSecretKey(secretKeyPath)
            }
            return Array(winner)
        }
        return key
    }
}
