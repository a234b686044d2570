internal import CSQLite
import Foundation

/// The embedded engine behind ``Database``: one SQLite file in WAL mode, one serialized writer connection and
/// a pool of read-only connections, so reads never wait for writes.
public final class SQLiteDatabase: Database {
    /// How the file is opened.
    public struct Configuration: Sendable {
        /// `synchronous=NORMAL` (the default) loses no committed transaction on an application crash, only
        /// possibly the last ones on a power loss; `FULL` also survives power loss at some write cost.
        public enum Durability: String, Sendable { case normal = "NORMAL", full = "FULL" }

        public var durability: Durability = .normal
        /// Maximum number of read-only connections.
        public var maximumReaders = 4
        /// How long a connection waits for a lock held by another process.
        public var busyTimeoutMilliseconds: Int32 = 5_000
        /// Runs `PRAGMA quick_check` when the file is opened, so a damaged file is refused at start.
        public var checkIntegrityOnOpen = true

        public init() {}
    }

    /// Marks files created by Svoyi (`SVOY`), so a foreign SQLite file is refused rather than written to.
    public static let applicationID: Int32 = 0x5356_4F59

    /// The database file.
    public let path: String
    private let writer: ConnectionPool
    private let readers: ConnectionPool

    /// Opens (or creates) the database file.
    ///
    /// A file that is not an SQLite database, belongs to another application, or fails the quick integrity
    /// check is refused with ``StorageError`` and left untouched.
    public init(path: String, configuration: Configuration = Configuration()) throws {
        self.path = path
        let timeout = configuration.busyTimeoutMilliseconds
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > 0 {
            // Look at an existing file read-only first: a read-write connection could roll back a hot journal or
            // checkpoint a write-ahead log of a file that turns out not to be ours.
            let sidecars = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
            do {
                let probe = try SQLiteConnection(
                    path: path, flags: SQLITE_OPEN_READONLY, busyTimeoutMilliseconds: timeout)
                try Self.validate(
                    probe, path: path, checkIntegrity: configuration.checkIntegrityOnOpen, claimNew: false)
            } catch {
                // A read-only look at a WAL-mode file creates empty -wal/-shm files; leave no litter behind.
                for sidecar in sidecars where Self.isEmptyOrIndex(sidecar) {
                    try? FileManager.default.removeItem(atPath: sidecar)
                }
                throw error
            }
        }
        let connection = try SQLiteConnection(
            path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: timeout)
        try Self.validate(connection, path: path, checkIntegrity: false, claimNew: true)
        try connection.execute("PRAGMA journal_mode=WAL")
        try connection.execute("PRAGMA synchronous=\(configuration.durability.rawValue)")
        try connection.execute("PRAGMA foreign_keys=ON")
        self.writer = ConnectionPool(maximum: 1) {
            preconditionFailure("the writer connection is opened once, at start")
        }
        writer.adopt(connection)
        self.readers = ConnectionPool(maximum: max(1, configuration.maximumReaders)) {
            let reader = try SQLiteConnection(
                path: path, flags: SQLITE_OPEN_READONLY, busyTimeoutMilliseconds: timeout)
            try reader.execute("PRAGMA query_only=1")
            return reader
        }
    }

    /// A -wal file with nothing in it, or a -shm index (which holds no data of its own).
    private static func isEmptyOrIndex(_ path: String) -> Bool {
        path.hasSuffix("-shm") || ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 1) == 0
    }

    /// Refuses a file that is not a Svoyi database. `claimNew` marks an empty database as Svoyi's.
    private static func validate(
        _ connection: SQLiteConnection, path: String, checkIntegrity: Bool, claimNew: Bool
    ) throws {
        let tables: Int
        let applicationID: Int32
        do {
            tables = try connection.scalar("SELECT count(*) FROM sqlite_master", as: Int.self) ?? 0
            applicationID = Int32(
                truncatingIfNeeded: try connection.scalar("PRAGMA application_id", as: Int64.self) ?? 0)
        } catch let error as DatabaseError {
            throw StorageError.notADatabase(path: path, reason: error.message)
        }
        if applicationID == 0 && tables == 0 {
            if claimNew { try connection.execute("PRAGMA application_id=\(Self.applicationID)") }
            return
        }
        guard applicationID == Self.applicationID else {
            throw StorageError.notADatabase(path: path, reason: "an SQLite file of another application")
        }
        if checkIntegrity {
            let result: [String]
            do {
                result = try connection.query("PRAGMA quick_check(5)").map { try $0.get(0, as: String.self) }
            } catch let error as DatabaseError {
                throw StorageError.notADatabase(path: path, reason: "damaged: \(error.message)")
            }
            guard result == ["ok"] else {
                throw StorageError.notADatabase(path: path, reason: "damaged: " + result.joined(separator: "; "))
            }
        }
    }

    public func read<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T {
        let connection = try await readers.acquire()
        defer { readers.release(connection) }
        return try connection.transaction(.deferred, body)
    }

    @discardableResult
    public func write<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T {
        let connection = try await writer.acquire()
        defer { writer.release(connection) }
        return try connection.transaction(.immediate, body)
    }

    @discardableResult
    public func schemaWrite<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T {
        let connection = try await writer.acquire()
        defer { writer.release(connection) }
        // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
        try connection.execute("PRAGMA foreign_keys=OFF")
        defer { try? connection.execute("PRAGMA foreign_keys=ON") }
        return try connection.transaction(.immediate) { db in
            let result = try body(db)
            if let violation = try db.queryFirst("PRAGMA foreign_key_check") {
                let table = (try? violation.get(0, as: String.self)) ?? "?"
                throw DatabaseError(
                    kind: .constraint(.foreignKey), code: SQLITE_CONSTRAINT | (3 << 8),
                    message: "FOREIGN KEY constraint failed after schema change in table \(table)", sql: nil)
            }
            return result
        }
    }

    /// Copies a consistent snapshot of the whole database to `destination` with SQLite's online backup API,
    /// while writes go on. The copy is written beside the destination and renamed into place, so a reader of
    /// the destination never sees half a file.
    ///
    /// Refused, with nothing written: a destination that is a directory, the live database itself (or its
    /// write-ahead log), or an existing file unless `overwrite` is true.
    public func backup(to destination: String, overwrite: Bool = false) async throws {
        try checkBackupDestination(destination, overwrite: overwrite)
        let source = try await readers.acquire()
        defer { readers.release(source) }
        let temporary = destination + ".partial-\(UUID().uuidString.prefix(8))"
        do {
            let target = try SQLiteConnection(
                path: temporary, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: 5_000)
            try Self.copy(from: source.handle, to: target.handle)
            // The copy carries the source's WAL flag; a single-file backup is easier to move around.
            try target.execute("PRAGMA journal_mode=DELETE")
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        // rename(2) replaces a file atomically and refuses to replace a directory.
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw StorageError.backupFailed("cannot write \(destination): \(reason)")
        }
    }

    private func checkBackupDestination(_ destination: String, overwrite: Bool) throws {
        var isDirectory: ObjCBool = false
        let parent = (destination as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw StorageError.backupFailed("the directory \(parent) does not exist")
            }
        }
        guard FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw StorageError.backupFailed("\(destination) is a directory; give the backup a file name")
        }
        for live in [path, path + "-wal", path + "-shm"] where Self.isSameFile(destination, live) {
            throw StorageError.backupFailed("\(destination) is the live database; choose another file")
        }
        guard overwrite else { throw StorageError.destinationExists(destination) }
    }

    /// True when both paths name the same file (same device and inode), whatever links lead to it.
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var x = stat()
        var y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// Replaces the whole content of this database with the backup at `source`, in one write transaction
    /// (readers see either the old or the new content). The backup is verified first: it must be a sound Svoyi
    /// database, and `verify` (for example ``Migrator/checkCompatible(_:)``) must accept it.
    public func restore(
        from source: String, verify: (any DatabaseConnection) throws -> Void = { _ in }
    ) async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw StorageError.backupFailed("no file at \(source)")
        }
        guard !isDirectory.boolValue else {
            throw StorageError.backupFailed("\(source) is a directory, not a backup file")
        }
        guard !Self.isSameFile(source, path) else {
            throw StorageError.backupFailed("\(source) is the live database itself")
        }
        let backup = try SQLiteConnection(path: source, flags: SQLITE_OPEN_READONLY, busyTimeoutMilliseconds: 5_000)
        try Self.validate(backup, path: source, checkIntegrity: true, claimNew: false)
        try verify(backup)
        let connection = try await writer.acquire()
        defer { writer.release(connection) }
        try Self.copy(from: backup.handle, to: connection.handle)
    }

    private static func copy(from source: OpaquePointer, to target: OpaquePointer) throws {
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw StorageError.backupFailed(String(cString: sqlite3_errmsg(target)))
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { usleep(10_000) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw StorageError.backupFailed(String(cString: sqlite3_errmsg(target)))
        }
    }

    /// Runs SQLite's full integrity check and a foreign-key check; returns the problems (empty when sound).
    public func integrityCheck() async throws -> [String] {
        try await read { db in
            var problems = try db.query("PRAGMA integrity_check").compactMap { row -> String? in
                let text = try row.get(0, as: String.self)
                return text == "ok" ? nil : text
            }
            for row in try db.query("PRAGMA foreign_key_check") {
                let table = try row.get(0, as: String.self)
                let parent = try row.get(2, as: String.self)
                problems.append("row in \(table) refers to a missing row in \(parent)")
            }
            return problems
        }
    }

    /// Folds the write-ahead log into the main file (e.g. before copying the file by other means).
    public func checkpoint() async throws {
        let connection = try await writer.acquire()
        defer { writer.release(connection) }
        try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Closes the database: idle connections close now, connections in use when their transaction ends, and
    /// every later `read` or `write` throws ``StorageError/closed``.
    public func close() {
        readers.close()
        writer.close()
    }
}
