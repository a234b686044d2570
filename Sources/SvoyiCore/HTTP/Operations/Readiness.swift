import Synchronization

/// Keeps the answer to `/readyz` current: the database answers and every migration is applied.
final class Readiness: Sendable {
    private let database: any Database
    private let migrator: Migrator
    private let state = Mutex<(ready: Bool, reason: String)>((false, "starting"))

    init(database: any Database, migrator: Migrator) {
        self.database = database
        self.migrator = migrator
    }

    var report: (ready: Bool, reason: String) { state.withLock { $0 } }

    /// Checks once.
    func refresh() async {
        let result: (Bool, String)
        do {
            let pending = try await migrator.pending(database)
            result =
                pending.isEmpty ? (true, "ready") : (false, "pending migrations: \(pending.joined(separator: ", "))")
        } catch {
            result = (false, "database unavailable")
        }
        state.withLock { $0 = result }
    }
}
