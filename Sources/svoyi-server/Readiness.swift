import SvoyiCore
import Synchronization

/// Keeps the answer to `/readyz` current: the database answers and every migration is applied.
final class Readiness: Sendable {
    private let database: any Database
    private let migrator: Migrator
    private let state = Mutex<(status: Int, body: String)>((503, "starting\n"))

    init(database: any Database, migrator: Migrator) {
        self.database = database
        self.migrator = migrator
    }

    func report() -> (status: Int, body: String) {
        state.withLock { $0 }
    }

    /// Re-checks every two seconds until cancelled.
    func watch() async {
        while !Task.isCancelled {
            let result: (Int, String)
            do {
                let pending = try await migrator.pending(database)
                result =
                    pending.isEmpty
                    ? (200, "ready\n") : (503, "pending migrations: \(pending.joined(separator: ", "))\n")
            } catch {
                result = (503, "database unavailable\n")
            }
            state.withLock { $0 = result }
            try? await Task.sleep(for: .seconds(2))
        }
    }
}
