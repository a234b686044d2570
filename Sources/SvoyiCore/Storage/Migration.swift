import Foundation

/// One schema change of one module. Migrations are append-only: once released, a migration's version and
/// name never change, and new changes get the next version.
public struct Migration: Sendable {
    /// The module that owns the tables, e.g. `core`, `queue`.
    public let module: String
    /// 1, 2, 3… within the module.
    public let version: Int
    /// A short description, recorded with the version.
    public let name: String
    /// The change.
    public let apply: @Sendable (any DatabaseConnection) throws -> Void

    public init(
        module: String, version: Int, name: String, apply: @escaping @Sendable (any DatabaseConnection) throws -> Void
    ) {
        self.module = module
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration given as SQL text (several statements allowed). Keep it portable to PostgreSQL.
    public init(module: String, version: Int, name: String, sql: String) {
        self.init(module: module, version: version, name: name) { db in try db.executeScript(sql) }
    }
}

/// What ``Migrator/migrate(_:)`` did.
public struct MigrationReport: Sendable, Equatable {
    /// `module#version` of each migration applied now, in order.
    public var applied: [String] = []
}

/// Applies modules' migrations, each in its own transaction, and records them in `svoyi_migrations`.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    /// Checks that each module's versions are 1, 2, 3… with no gap or repeat.
    public init(_ migrations: [Migration]) {
        var byModule: [String: [Int]] = [:]
        for migration in migrations { byModule[migration.module, default: []].append(migration.version) }
        for (module, versions) in byModule {
            precondition(versions == Array(1...versions.count), "migrations of \(module) must be numbered 1, 2, 3…")
        }
        self.migrations = migrations
    }

    static let ledger = """
        CREATE TABLE IF NOT EXISTS svoyi_migrations (
            module TEXT NOT NULL,
            version INTEGER NOT NULL,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            PRIMARY KEY (module, version)
        )
        """

    /// Applies what is pending, in the order given (so a module may refer to tables of one listed before it).
    /// Running it again is a no-op. Refuses a database migrated by a newer binary.
    @discardableResult
    public func migrate(_ database: any Database) async throws -> MigrationReport {
        try await database.write { db in try db.execute(Self.ledger) }
        let applied = try await appliedVersions(database)
        try check(applied)
        var report = MigrationReport()
        for migration in migrations
        where applied[migration.module]?[migration.version] == nil {
            let done = try await database.schemaWrite { db -> Bool in
                // Another process may have applied it meanwhile; the write lock makes this check exact.
                let exists = try db.queryFirst(
                    "SELECT 1 FROM svoyi_migrations WHERE module = ? AND version = ?",
                    migration.module, migration.version)
                if exists != nil { return false }
                try migration.apply(db)
                try db.execute(
                    "INSERT INTO svoyi_migrations (module, version, name, applied_at) VALUES (?, ?, ?, ?)",
                    migration.module, migration.version, migration.name, Date())
                return true
            }
            if done { report.applied.append("\(migration.module)#\(migration.version)") }
        }
        return report
    }

    /// Migrations this binary has that the database lacks (empty when up to date).
    public func pending(_ database: any Database) async throws -> [String] {
        let exists = try await database.read { db in
            try db.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'svoyi_migrations'") != nil
        }
        let applied = exists ? try await appliedVersions(database) : [:]
        return migrations.filter { applied[$0.module]?[$0.version] == nil }.map { "\($0.module)#\($0.version)" }
    }

    /// Refuses a database (for example a backup about to be restored) that this binary cannot run: one with
    /// a newer migration of a module than the binary knows, or an applied migration the binary has changed.
    public func checkCompatible(_ db: any DatabaseConnection) throws {
        let ledger = try db.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'svoyi_migrations'")
        guard ledger != nil else { return }
        var applied: [String: [Int: String]] = [:]
        try db.forEachRow("SELECT module, version, name FROM svoyi_migrations", []) { row in
            applied[try row.get("module"), default: [:]][try row.get("version")] = try row.get("name")
        }
        try check(applied)
    }

    private func appliedVersions(_ database: any Database) async throws -> [String: [Int: String]] {
        try await database.read { db in
            var applied: [String: [Int: String]] = [:]
            try db.forEachRow("SELECT module, version, name FROM svoyi_migrations", []) { row in
                applied[try row.get("module"), default: [:]][try row.get("version")] = try row.get("name")
            }
            return applied
        }
    }

    private func check(_ applied: [String: [Int: String]]) throws {
        let known = Dictionary(grouping: migrations, by: \.module)
        for (module, versions) in applied {
            // A module this binary does not mount (an integrator's subset) is left alone.
            guard let ours = known[module] else { continue }
            let newest = ours.map(\.version).max() ?? 0
            if let databaseNewest = versions.keys.max(), databaseNewest > newest {
                throw StorageError.newerSchema(module: module, databaseVersion: databaseNewest, knownVersion: newest)
            }
            for migration in ours {
                if let name = versions[migration.version], name != migration.name {
                    throw StorageError.migrationMismatch(
                        module: module, version: migration.version, applied: name, known: migration.name)
                }
            }
        }
    }
}
