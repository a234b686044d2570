/// A first-in, first-out lock per key, for async code: holders of one key run one at a time in the order they
/// asked, different keys run at once. Waiting suspends the task (no thread is blocked), and a key with no holder
/// and no waiter takes no memory.
///
/// Waiting cannot be cancelled: a cancelled task still gets its turn and should give it back at once.
public actor KeyedSerialLock {
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var queueWatchers: [String: [(count: Int, continuation: CheckedContinuation<Void, Never>)]] = [:]

    /// An empty lock.
    public init() {}

    /// Waits for `key`'s turn. Pair every call with ``release(_:)``.
    public func acquire(_ key: String) async {
        if waiters[key] == nil {
            waiters[key] = []
            return
        }
        await withCheckedContinuation { continuation in
            waiters[key, default: []].append(continuation)
            notifyWatchers(key)
        }
    }

    /// Gives `key` to the next waiter, or frees it.
    public func release(_ key: String) {
        guard var queue = waiters[key] else { return }
        if queue.isEmpty {
            waiters[key] = nil
            return
        }
        let next = queue.removeFirst()
        waiters[key] = queue
        next.resume()
    }

    /// Runs `body` holding `key`.
    public nonisolated func withLock<T: Sendable>(
        _ key: String, _ body: () async throws -> T
    ) async rethrows -> T {
        await acquire(key)
        do {
            let result = try await body()
            await release(key)
            return result
        } catch {
            await release(key)
            throw error
        }
    }

    /// How many tasks wait for `key` (not counting the holder).
    public func waiting(for key: String) -> Int { waiters[key]?.count ?? 0 }

    /// How many keys are held.
    public var heldKeys: Int { waiters.count }

    /// Returns once at least `count` tasks wait for `key` (diagnostics, and tests that need a known order).
    public func waitUntilWaiting(_ count: Int, for key: String) async {
        if waiting(for: key) >= count { return }
        await withCheckedContinuation { continuation in
            queueWatchers[key, default: []].append((count, continuation))
        }
    }

    private func notifyWatchers(_ key: String) {
        guard let watchers = queueWatchers[key] else { return }
        let depth = waiting(for: key)
        let (ready, still) = (watchers.filter { $0.count <= depth }, watchers.filter { $0.count > depth })
        queueWatchers[key] = still.isEmpty ? nil : still
        for watcher in ready { watcher.continuation.resume() }
    }
}
