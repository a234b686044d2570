import Synchronization

/// Lends connections to one task at a time, creating them lazily up to a maximum.
///
/// The fast path (a connection is idle) takes one lock and no suspension, so a `read` or `write` costs no
/// thread hop. When every connection is lent, callers wait in FIFO order; a waiting task that is cancelled
/// stops waiting and gets `CancellationError`. After ``close()`` every acquire throws ``StorageError/closed``.
final class ConnectionPool: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<SQLiteConnection, any Error>
    }

    private struct State: ~Copyable {
        var idle: [SQLiteConnection] = []
        var created = 0
        var waiters: [Waiter] = []
        var nextWaiterID: UInt64 = 0
        var closed = false
    }

    private enum Step {
        case use(SQLiteConnection)
        case create
        case wait
        case closed
    }

    private let state = Mutex(State())
    private let maximum: Int
    private let make: @Sendable () throws -> SQLiteConnection

    init(maximum: Int, make: @escaping @Sendable () throws -> SQLiteConnection) {
        precondition(maximum > 0)
        self.maximum = maximum
        self.make = make
    }

    /// Adds an already open connection (the writer opened during start-up).
    func adopt(_ connection: SQLiteConnection) {
        state.withLock { state in
            state.created += 1
            state.idle.append(connection)
        }
    }

    func acquire() async throws -> SQLiteConnection {
        let step: Step = state.withLock { state in
            if state.closed { return .closed }
            if let connection = state.idle.popLast() { return .use(connection) }
            if state.created < maximum {
                state.created += 1
                return .create
            }
            return .wait
        }
        switch step {
        case .use(let connection):
            return connection
        case .closed:
            throw StorageError.closed
        case .create:
            do {
                return try make()
            } catch {
                state.withLock { $0.created -= 1 }
                throw error
            }
        case .wait:
            return try await waitForRelease()
        }
    }

    private func waitForRelease() async throws -> SQLiteConnection {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                enum Outcome {
                    case ready(SQLiteConnection)
                    case fail(any Error)
                    case waiting
                }
                let outcome: Outcome = state.withLock { state in
                    if state.closed { return .fail(StorageError.closed) }
                    if Task.isCancelled { return .fail(CancellationError()) }
                    if let connection = state.idle.popLast() { return .ready(connection) }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return .waiting
                }
                switch outcome {
                case .ready(let connection): continuation.resume(returning: connection)
                case .fail(let error): continuation.resume(throwing: error)
                case .waiting: break
                }
            }
        } onCancel: {
            let waiter: Waiter? = state.withLock { state in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    func release(_ connection: SQLiteConnection) {
        // Never hand on a connection left inside a transaction.
        if connection.isInTransaction { try? connection.execute("ROLLBACK") }
        let waiter: Waiter? = state.withLock { state in
            if state.closed {
                state.created -= 1
                return nil  // dropped: the connection closes when released by its last reference
            }
            guard !state.waiters.isEmpty else {
                state.idle.append(connection)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.continuation.resume(returning: connection)
    }

    /// Closes the pool: idle connections close now, lent ones when they come back, and every later or waiting
    /// acquire throws ``StorageError/closed``.
    func close() {
        let waiters: [Waiter] = state.withLock { state in
            state.closed = true
            state.created -= state.idle.count
            state.idle.removeAll()
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.continuation.resume(throwing: StorageError.closed) }
    }
}
