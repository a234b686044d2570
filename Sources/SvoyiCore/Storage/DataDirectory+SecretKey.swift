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
        // Written to a private temporary file and linked into place, so two processes racing keep one key.
        let temporary = secretKeyPath + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(key), attributes: [.posixPermissions: 0o600])
        else { throw DataDirectoryError.cannotCreate(temporary, reason: "cannot write the secret key") }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        if link(temporary, secretKeyPath) != 0 {
            guard let winner = FileManager.default.contents(atPath: secretKeyPath), winner.count == 32 else {
                throw DataDirectoryError.badSecretKey(secretKeyPath)
            }
            return Array(winner)
        }
        return key
    }
}
