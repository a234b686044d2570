import Synchronization

/// A first-in, first-out lock per key, for async code: holders of one key run one at a time in the order they
/// asked, different keys run at once. Waiting suspends the task (no thread is blocked), and a key with no holder
/// and no waiter takes no memory.
///
/// The queues sit behind a `Mutex`, not in an actor: taking a free key and giving it back are then plain calls
/// without an executor hop (two for every message ``ConversationService`` handles); only a task that has to wait
/// suspends. A continuation is always resumed outside the mutex.
///
/// Waiting cannot be cancelled: a cancelled task still gets its turn and should give it back at once.
public final class KeyedSerialLock: Sendable {
    private typealias Waiter = CheckedContinuation<Void, Never>

    private struct State {
        /// For each held key, the tasks waiting for it in arrival order.
        var waiters: [String: [Waiter]] = [:]
        /// Tasks waiting in ``waitUntilWaiting(_:for:)`` for a queue to reach a length.
        var watchers: [String: [(count: Int, continuation: Waiter)]] = [:]

        /// Takes the watchers of `key` whose length is reached out of the list.
        mutating func readyWatchers(_ key: String) -> [Waiter] {
            guard let all = watchers[key] else { return [] }
            let depth = waiters[key]?.count ?? 0
            let still = all.filter { $0.count > depth }
            watchers[key] = still.isEmpty ? nil : still
            return all.filter { $0.count <= depth }.map(\.continuation)
        }
    }

    private let state = Mutex(State())

    /// An empty lock.
    public init() {}

    /// Waits for `key`'s turn. Pair every call with ``release(_:)``.
    public func acquire(_ key: String) async {
        let taken = state.withLock { state in
            guard state.waiters[key] == nil else { return false }
            state.waiters[key] = []
            return true
        }
        if taken { return }
        await withCheckedContinuation { (continuation: Waiter) in
            // Looked at again under the mutex: the holder may have given the key back since.
            let (freed, ready) = state.withLock { state -> (Bool, [Waiter]) in
                guard state.waiters[key] != nil else {
                    state.waiters[key] = []
                    return (true, [])
                }
                state.waiters[key]!.append(continuation)
                return (false, state.readyWatchers(key))
            }
            for watcher in ready { watcher.resume() }
            if freed { continuation.resume() }
        }
    }

    /// Gives `key` to the next waiter, or frees it.
    public func release(_ key: String) {
        let next: Waiter? = state.withLock { state in
            guard var queue = state.waiters[key] else { return nil }
            guard !queue.isEmpty else {
                state.waiters[key] = nil
                return nil
            }
            let next = queue.removeFirst()
            state.waiters[key] = queue
            return next
        }
        next?.resume()
    }

    /// Runs `body` holding `key`.
    public func withLock<T: Sendable>(_ key: String, _ body: () async throws -> T) async rethrows -> T {
        await acquire(key)
        do {
            let result = try await body()
            release(key)
            return result
        } catch {
            release(key)
            throw error
        }
    }

    /// How many tasks wait for `key` (not counting the holder).
    public func waiting(for key: String) -> Int { state.withLock { $0.waiters[key]?.count ?? 0 } }

    /// How many keys are held.
    public var heldKeys: Int { state.withLock { $0.waiters.count } }

    /// Returns once at least `count` tasks wait for `key` (diagnostics, and tests that need a known order).
    public func waitUntilWaiting(_ count: Int, for key: String) async {
        await withCheckedContinuation { (continuation: Waiter) in
            let reached = state.withLock { state in
                if (state.waiters[key]?.count ?? 0) >= count { return true }
                state.watchers[key, default: []].append((count, continuation))
                return false
            }
            if reached { continuation.resume() }
        }
    }
}
