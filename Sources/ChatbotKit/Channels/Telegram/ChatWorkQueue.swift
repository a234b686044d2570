import Synchronization

/// Runs work items one at a time per key, in the order they were added, and different keys concurrently: a chat's
/// updates are answered in order while other chats go on. ``waitUntilIdle()`` returns when nothing is queued or
/// running (for tests and a graceful stop).
final class ChatWorkQueue: Sendable {
    typealias Work = @Sendable () async -> Void

    private struct State {
        var queues: [String: [Work]] = [:]
        var running = 0
        var idleWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Adds `work` behind the key's earlier items.
    func enqueue(_ key: String, _ work: @escaping Work) {
        let start = state.withLock { state -> Bool in
            if state.queues[key] != nil {
                state.queues[key]!.append(work)
                return false
            }
            state.queues[key] = [work]
            state.running += 1
            return true
        }
        if start { Task { await self.drain(key) } }
    }

    /// Runs the key's items until its queue is empty. Only the drain that created the queue runs it, and it stops
    /// in the same critical section that removes the empty queue, so a later `enqueue` starts a new drain.
    private func drain(_ key: String) async {
        var next = state.withLock { $0.queues[key]!.first! }
        while true {
            await next()
            let (following, waiters) = state.withLock {
                state -> (Work?, [CheckedContinuation<Void, Never>]) in
                state.queues[key]!.removeFirst()
                if let following = state.queues[key]!.first { return (following, []) }
                state.queues[key] = nil
                state.running -= 1
                guard state.running == 0 else { return (nil, []) }
                defer { state.idleWaiters = [] }
                return (nil, state.idleWaiters)
            }
            for waiter in waiters { waiter.resume() }
            guard let following else { return }
            next = following
        }
    }

    /// Returns once no work is queued or running.
    func waitUntilIdle() async {
        await withCheckedContinuation { continuation in
            let idle = state.withLock { state -> Bool in
                if state.running == 0 { return true }
                state.idleWaiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }
}
