import Synchronization

/// Lets at most `permits` callers run their work at once; the others wait in the order they came. The Telegram
/// channel passes each update's dialogue step (the engine and its database writes) through one, so a burst of updates
/// uses about a core's worth of handlers per core and leaves the rest of the machine, and the database's one writer,
/// to the webhook that stores the next updates. Waiting for Telegram's answer to a reply happens outside the gate.
final class HandlingGate: Sendable {
    private struct State {
        var available: Int
        var waiters: [CheckedContinuation<Void, Never>] = []
        var head = 0
    }

    private let state: Mutex<State>

    init(permits: Int) {
        state = Mutex(State(available: max(1, permits)))
    }

    /// Runs `body` once a permit is free, and frees it when `body` returns or throws.
    @discardableResult
    func run<T>(_ body: () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        await withCheckedContinuation { continuation in
            let granted = state.withLock { state -> Bool in
                if state.available > 0 {
                    state.available -= 1
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    /// Hands the permit to the longest waiter, or puts it back.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.head < state.waiters.count else {
                state.available += 1
                return nil
            }
            let waiter = state.waiters[state.head]
            state.head += 1
            if state.head >= 1_024, state.head * 2 >= state.waiters.count {
                state.waiters.removeFirst(state.head)
                state.head = 0
            }
            return waiter
        }
        next?.resume()
    }
}
