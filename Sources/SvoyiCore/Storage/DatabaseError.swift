/// An error reported by the database engine.
///
/// The description carries the engine's message and the SQL text with its placeholders, never the bound
/// values, so it is safe to log.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is, independent of the engine.
    public enum Kind: Sendable, Equatable {
        /// A constraint was violated; the request can be rejected and nothing is lost.
        case constraint(Constraint)
        /// The database is locked by another process longer than the busy timeout.
        case busy
        /// A disk or file-system failure.
        case io
        /// The file is damaged.
        case corrupt
        /// The file is not a database of this engine.
        case notADatabase
        /// The file or the connection is read-only.
        case readOnly
        /// The disk is full.
        case full
        /// The file could not be opened.
        case cannotOpen
        /// The API was used in a wrong way (a bug).
        case misuse
        /// Anything else.
        case other
    }

    /// The constraint that failed.
    public enum Constraint: Sendable, Equatable {
        case unique, primaryKey, foreignKey, check, notNull, other
    }

    /// The kind of failure.
    public let kind: Kind
    /// The engine's own (extended) result code.
    public let code: Int32
    /// The engine's message, e.g. `UNIQUE constraint failed: hromadas.slug`.
    public let message: String
    /// The statement, with placeholders only.
    public let sql: String?

    public init(kind: Kind, code: Int32, message: String, sql: String?) {
        self.kind = kind
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// True for unique, primary key, foreign key, check and not-null violations.
    public var isConstraintViolation: Bool {
        if case .constraint = kind { return true }
        return false
    }

    public var description: String {
        var text = "database error \(code) (\(kind)): \(message)"
        if let sql { text += " — in: \(sql)" }
        return text
    }
}

/// Errors of the storage layer itself (not reported by the engine).
public enum StorageError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file exists but is not a database this engine can read.
    case notADatabase(path: String, reason: String)
    /// The database was migrated by a newer Svoyi than this binary.
    case newerSchema(module: String, databaseVersion: Int, knownVersion: Int)
    /// An applied migration differs from the one this binary carries for the same version.
    case migrationMismatch(module: String, version: Int, applied: String, known: String)
    /// A result has no column of this name.
    case missingColumn(String)
    /// A query that must return a row returned none.
    case noRow
    /// A backup or restore could not complete.
    case backupFailed(String)
    /// The backup's destination exists and overwriting was not allowed.
    case destinationExists(String)
    /// The database was closed (the server is stopping).
    case closed

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path) is not a Svoyi database (\(reason)); the file was left untouched"
        case .newerSchema(let module, let databaseVersion, let knownVersion):
            "the database was written by a newer Svoyi: module \(module) is at migration \(databaseVersion), "
                + "this binary knows up to \(knownVersion); run the newer binary or restore a backup"
        case .migrationMismatch(let module, let version, let applied, let known):
            "migration \(module)#\(version) was applied as \"\(applied)\" but this binary has \"\(known)\"; "
                + "migrations are append-only"
        case .missingColumn(let name):
            "no column \(name) in the result"
        case .noRow:
            "the query returned no row"
        case .backupFailed(let reason):
            "backup failed: \(reason)"
        case .closed:
            "the database is closed"
        case .destinationExists(let path):
            "\(path) already exists; choose another name or allow overwriting it"
        }
    }
}
