import Synchronization

/// Runs work items one at a time per key, in the order they were added, and different keys concurrently: a chat's
/// updates are answered in order while other chats go on. At most ``maximumRunning`` keys run at once; the others
/// wait their turn in the order they arrived. ``waitUntilIdle()`` returns when nothing is queued or running (for
/// tests and a graceful stop).
///
/// The bound keeps a burst of updates from starting thousands of handlers at once: they would all compete for the
/// cores and the database's one writer with the webhook itself, which must store each update and answer Telegram
/// quickly. The updates waiting here are already stored; handling them later loses nothing.
final class ChatWorkQueue: Sendable {
    typealias Work = @Sendable () async -> Void

    private struct State {
        var queues: [String: [Work]] = [:]
        /// Keys with work whose drain has not started (more than `maximumRunning` were busy), oldest first from
        /// `readyHead`.
        var ready: [String] = []
        var readyHead = 0
        var running = 0
        var idleWaiters: [CheckedContinuation<Void, Never>] = []

        mutating func popReady() -> String? {
            guard readyHead < ready.count else { return nil }
            let key = ready[readyHead]
            readyHead += 1
            if readyHead >= 1_024, readyHead * 2 >= ready.count {
                ready.removeFirst(readyHead)
                readyHead = 0
            }
            return key
        }
    }

    /// The most keys whose items run at once.
    let maximumRunning: Int
    private let state = Mutex(State())

    /// A queue running at most `maximumRunning` keys at once (at least 1).
    init(maximumRunning: Int = 64) {
        self.maximumRunning = max(1, maximumRunning)
    }

    /// Adds `work` behind the key's earlier items.
    func enqueue(_ key: String, _ work: @escaping Work) {
        let start = state.withLock { state -> Bool in
            if state.queues[key] != nil {
                state.queues[key]!.append(work)
                return false
            }
            state.queues[key] = [work]
            guard state.running < maximumRunning else {
                state.ready.append(key)
                return false
            }
            state.running += 1
            return true
        }
        if start { Task { await self.drain(key) } }
    }

    /// Runs the key's items until its queue is empty, then goes on with the next key waiting its turn. The drain
    /// removes an empty queue in the same critical section that checks it, so a later `enqueue` starts anew.
    private func drain(_ first: String) async {
        var key = first
        var next = state.withLock { $0.queues[key]!.first! }
        while true {
            await next()
            let (following, waiters) = state.withLock {
                state -> ((key: String, work: Work)?, [CheckedContinuation<Void, Never>]) in
                state.queues[key]!.removeFirst()
                if let following = state.queues[key]!.first { return ((key, following), []) }
                state.queues[key] = nil
                if let waiting = state.popReady() { return ((waiting, state.queues[waiting]!.first!), []) }
                state.running -= 1
                guard state.running == 0 else { return (nil, []) }
                defer { state.idleWaiters = [] }
                return (nil, state.idleWaiters)
            }
            for waiter in waiters { waiter.resume() }
            guard let following else { return }
            (key, next) = following
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
