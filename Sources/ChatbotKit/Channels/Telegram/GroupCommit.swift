import SvoyiCore
import Synchronization

/// Writes with group commit: writes that arrive while a transaction is in progress wait and run together in the
/// next one, each in its own savepoint (a failing write rolls back only itself). A burst of webhook deliveries then
/// costs a few commits rather than one each. A caller returns only after the transaction holding its write has
/// committed, so a 200 is never sent for an update that is not stored.
final class GroupCommit: Sendable {
    private struct Item: Sendable {
        /// Runs the write inside the shared transaction and keeps its result for `finish`.
        let run: @Sendable (any DatabaseConnection) -> Void
        /// Resumes the caller: with the kept result after the commit, or with the commit's error.
        let finish: @Sendable ((any Error)?) -> Void
    }

    private struct State {
        var pending: [Item] = []
        var writing = false
    }

    let database: any Database
    private let state = Mutex(State())

    init(database: any Database) {
        self.database = database
    }

    /// Runs `body` in a shared write transaction and returns its result once that transaction has committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (any DatabaseConnection) throws -> T) async throws -> T {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        return try await withCheckedThrowingContinuation { continuation in
            let item = Item(
                run: { db in
                    let result = Result { try db.savepoint { try body(db) } }
                    outcome.withLock { $0 = result }
                },
                finish: { commitError in
                    if let commitError { return continuation.resume(throwing: commitError) }
                    continuation.resume(with: outcome.withLock { $0 }!)
                })
            let leads = state.withLock { state -> Bool in
                state.pending.append(item)
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if leads { Task { await self.writeBatches() } }
        }
    }

    /// Writes what is pending, batch after batch, until nothing is left.
    private func writeBatches() async {
        while true {
            let batch = state.withLock { state -> [Item] in
                defer { state.pending = [] }
                if state.pending.isEmpty { state.writing = false }
                return state.pending
            }
            if batch.isEmpty { return }
            do {
                try await database.write { db in
                    for item in batch { item.run(db) }
                }
                for item in batch { item.finish(nil) }
            } catch {
                for item in batch { item.finish(error) }
            }
        }
    }
}
