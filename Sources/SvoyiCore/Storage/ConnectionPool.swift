import Synchronization

/// Lends connections to one task at a time, creating them lazily up to a maximum.
///
/// The fast path (a connection is idle) takes one lock and no suspension, so a `read` or `write` costs no
/// thread hop. When every connection is lent, callers wait in FIFO order.
final class ConnectionPool: Sendable {
    private struct State: ~Copyable {
        var idle: [SQLiteConnection] = []
        var created = 0
        var waiters: [CheckedContinuation<SQLiteConnection, Never>] = []
        var waiterHead = 0
    }

    private enum Step {
        case use(SQLiteConnection)
        case create
        case wait
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
        case .create:
            do {
                return try make()
            } catch {
                state.withLock { $0.created -= 1 }
                throw error
            }
        case .wait:
            return await withCheckedContinuation { continuation in
                let ready: SQLiteConnection? = state.withLock { state in
                    if let connection = state.idle.popLast() { return connection }
                    state.waiters.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    func release(_ connection: SQLiteConnection) {
        let waiter: CheckedContinuation<SQLiteConnection, Never>? = state.withLock { state in
            guard state.waiterHead < state.waiters.count else {
                state.idle.append(connection)
                return nil
            }
            let next = state.waiters[state.waiterHead]
            state.waiterHead += 1
            if state.waiterHead == state.waiters.count {
                state.waiters.removeAll(keepingCapacity: true)
                state.waiterHead = 0
            }
            return next
        }
        waiter?.resume(returning: connection)
    }

    /// Closes idle connections (at shutdown); lent ones close when their lease ends and they are released.
    func drain() {
        state.withLock { state in
            state.created -= state.idle.count
            state.idle.removeAll()
        }
    }
}
