import Foundation
import SvoyiCore

enum DatabaseCommands {
    static let spec = CommandSpec(
        "db", abstract: "Create, migrate, back up, restore and check the database.",
        subcommands: [migrate, status, backup, restore, check])

    static let migrate = CommandSpec(
        "migrate", abstract: "Create the database if needed and apply pending migrations."
    ) { arguments, env in
        let directory = arguments.dataDirectory(env)
        guard !directory.isServerRunning else {
            throw CLIFailure(
                message: "a svoyi-server is running on \(directory.path); it applies migrations when it starts")
        }
        let database = try await directory.open(modules: SvoyiCLI.modules, create: true, migrate: false)
        let report = try await Migrator(SvoyiCLI.modules.flatMap(\.migrations)).migrate(database)
        if report.applied.isEmpty {
            env.print("Database \(directory.databasePath) is up to date.")
        } else {
            env.print("Applied \(report.applied.count) migration(s) to \(directory.databasePath):")
            for id in report.applied { env.print("  \(id)") }
        }
    }

    static let status = CommandSpec(
        "status", abstract: "Show the database file, its size and pending migrations."
    ) { arguments, env in
        let directory = arguments.dataDirectory(env)
        let database = try await directory.open(modules: SvoyiCLI.modules, create: false, migrate: false)
        let pending = try await Migrator(SvoyiCLI.modules.flatMap(\.migrations)).pending(database)
        // In WAL mode recent commits live in the -wal file until a checkpoint folds them in.
        let size = [directory.databasePath, directory.databasePath + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        env.print("Database: \(directory.databasePath) (\(size / 1024) KiB with its write-ahead log)")
        env.print(pending.isEmpty ? "Migrations: up to date" : "Pending migrations: \(pending.joined(separator: ", "))")
    }

    static let backup = CommandSpec(
        "backup", abstract: "Copy a consistent snapshot of the database to a file, while the server runs.",
        options: [.flag("force", "Replace the file if it exists.")],
        arguments: [
            ArgumentSpec(
                name: "file", help: "Where to write (default: <data-dir>/backups/svoyi-<time>.sqlite).", optional: true)
        ]
    ) { arguments, env in
        let directory = arguments.dataDirectory(env)
        let database = try await directory.open(modules: SvoyiCLI.modules, create: false, migrate: false)
        let target = try arguments.argument("file") ?? defaultBackupPath(directory, prefix: "svoyi")
        do {
            try await database.backup(to: target, overwrite: arguments.flag("force"))
        } catch StorageError.destinationExists(let path) {
            throw CLIFailure(message: "\(path) already exists; choose another name or add --force to replace it")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
        env.print("Backed up to \(target) (\(size / 1024) KiB).")
    }

    static let restore = CommandSpec(
        "restore", abstract: "Replace the whole database with a backup (the current content is backed up first).",
        options: [.flag("yes", "Confirm that all current data is to be replaced.")],
        arguments: [ArgumentSpec(name: "file", help: "A backup made by 'svoyi-cli db backup'.")]
    ) { arguments, env in
        guard arguments.flag("yes") else {
            throw UsageError(
                message: "restore replaces every record in the database; add --yes to confirm", path: arguments.path)
        }
        let source = arguments.required("file")
        guard FileManager.default.fileExists(atPath: source) else {
            throw CLIFailure(message: "no backup file at \(source)", status: 66)
        }
        let directory = arguments.dataDirectory(env)
        guard !directory.isServerRunning else {
            throw CLIFailure(message: "a svoyi-server is running on \(directory.path); stop it before restoring")
        }
        let database = try await directory.open(modules: SvoyiCLI.modules, create: true, migrate: false)
        let migrator = Migrator(SvoyiCLI.modules.flatMap(\.migrations))
        let safety = try defaultBackupPath(directory, prefix: "before-restore")
        try await database.backup(to: safety)
        try await database.restore(from: source) { backup in try migrator.checkCompatible(backup) }
        let report = try await migrator.migrate(database)
        env.print("Restored \(directory.databasePath) from \(source).")
        env.print("The previous content was saved to \(safety).")
        if !report.applied.isEmpty { env.print("Applied \(report.applied.count) migration(s) to the restored data.") }
    }

    static let check = CommandSpec(
        "check", abstract: "Run SQLite's integrity check and a foreign-key check."
    ) { arguments, env in
        let database = try await arguments.openDatabase(env, migrate: false)
        let problems = try await database.integrityCheck()
        guard problems.isEmpty else {
            for problem in problems { env.printError(problem) }
            throw CLIFailure(message: "the database has \(problems.count) problem(s)")
        }
        env.print("ok")
    }

    /// `<data-dir>/backups/<prefix>-<UTC time with milliseconds>.sqlite`, with a counter added when that name is
    /// taken, so no backup ever replaces another.
    static func defaultBackupPath(_ directory: DataDirectory, prefix: String) throws -> String {
        let folder = (directory.path as NSString).appendingPathComponent("backups")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stamp = ISO8601Milliseconds.format(Date()).replacingOccurrences(of: ":", with: "").dropLast()
        var candidate = (folder as NSString).appendingPathComponent("\(prefix)-\(stamp).sqlite")
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = (folder as NSString).appendingPathComponent("\(prefix)-\(stamp)-\(counter).sqlite")
        }
        return candidate
    }
}
