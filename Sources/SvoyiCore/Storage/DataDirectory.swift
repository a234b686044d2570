import Foundation

/// Where a Svoyi installation keeps its files: the SQLite database, backups and uploads.
///
/// Chosen by `--data-dir`, else the `SVOYI_DATA_DIR` environment variable, else `./svoyi-data`. The server
/// and the CLI resolve it the same way, so they always open the same database.
public struct DataDirectory: Sendable, Equatable {
    /// The directory.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Resolves the directory from an explicit option, the environment, or the default.
    public static func resolve(option: String?, environment: [String: String]) -> DataDirectory {
        if let option, !option.isEmpty { return DataDirectory(path: option) }
        if let fromEnvironment = environment["SVOYI_DATA_DIR"], !fromEnvironment.isEmpty {
            return DataDirectory(path: fromEnvironment)
        }
        return DataDirectory(path: "./svoyi-data")
    }

    /// The database file, `<dir>/svoyi.sqlite`.
    public var databasePath: String { (path as NSString).appendingPathComponent("svoyi.sqlite") }

    /// True when the database file exists.
    public var hasDatabase: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// Opens the database, creating the directory when `create` is true, and applies pending migrations of
    /// `modules` when `migrate` is true.
    public func open(
        modules: [any Module], create: Bool = true, migrate: Bool = true,
        configuration: SQLiteDatabase.Configuration = SQLiteDatabase.Configuration()
    ) async throws -> SQLiteDatabase {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: databasePath, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DataDirectoryError.notAFile(databasePath)
        }
        if !hasDatabase {
            guard create else { throw DataDirectoryError.noDatabase(databasePath) }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw DataDirectoryError.cannotCreate(path, reason: error.localizedDescription)
            }
        }
        let database = try SQLiteDatabase(path: databasePath, configuration: configuration)
        if migrate { try await Migrator(modules.flatMap(\.migrations)).migrate(database) }
        return database
    }
}

/// Problems with the data directory itself.
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
    case noDatabase(String)
    case cannotCreate(String, reason: String)
    case notAFile(String)
    case serverRunning(String)
    case badSecretKey(String)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no database at \(path); start svoyi-server once or run `svoyi-cli db migrate` to create it"
        case .cannotCreate(let path, let reason):
            "cannot create the data directory \(path): \(reason)"
        case .serverRunning(let path):
            "a svoyi-server is running on \(path); stop it first"
        case .badSecretKey(let path):
            "\(path) is not a 32-byte secret key; restore it from your backup, or move it away to create a new one"
                + " (staff then sign in with recovery codes or have their 2FA reset)"
        case .notAFile(let path):
            "\(path) is a directory, not a database file; check --data-dir"
        }
    }
}
