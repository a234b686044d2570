import Synchronization
import Testing

@testable import ChatbotKit

@Suite struct ChatWorkQueueTests {
    @Test func runsEachKeysItemsOnceInOrderWhileKeysInterleave() async {
        let queue = ChatWorkQueue()
        let seen = Mutex<[String: [Int]]>([:])
        let running = Mutex<Set<String>>([])
        let overlaps = Mutex(0)
        for round in 0..<300 {
            for key in ["a", "b", "c", "d"] {
                queue.enqueue(key) {
                    let alreadyRunning = running.withLock { !$0.insert(key).inserted }
                    if alreadyRunning { overlaps.withLock { $0 += 1 } }
                    await Task.yield()
                    seen.withLock { $0[key, default: []].append(round) }
                    running.withLock { _ = $0.remove(key) }
                }
            }
            if round % 7 == 0 { await Task.yield() }
        }
        await queue.waitUntilIdle()
        #expect(overlaps.withLock { $0 } == 0)
        for key in ["a", "b", "c", "d"] {
            #expect(seen.withLock { $0[key] } == Array(0..<300))
        }
        await queue.waitUntilIdle()  // idle again at once
    }

    @Test func runsAtMostItsBoundOfKeysAtOnceAndEveryItemInTheEnd() async {
        let queue = ChatWorkQueue(maximumRunning: 3)
        let seen = Mutex<[Int: [Int]]>([:])
        let running = Mutex<(now: Set<Int>, most: Int)>(([], 0))
        for round in 0..<5 {
            for key in 0..<40 {
                queue.enqueue("chat-\(key)") {
                    running.withLock { state in
                        state.now.insert(key)
                        state.most = max(state.most, state.now.count)
                    }
                    await Task.yield()
                    seen.withLock { $0[key, default: []].append(round) }
                    running.withLock { _ = $0.now.remove(key) }
                }
            }
        }
        await queue.waitUntilIdle()
        #expect(running.withLock { $0.most } <= 3)
        #expect(running.withLock { $0.most } >= 1)
        #expect(seen.withLock { $0.count } == 40)
        #expect(seen.withLock { $0.values.allSatisfy { $0 == Array(0..<5) } })
    }

    @Test func theGateLetsInAtMostItsPermitsInArrivalOrder() async {
        let gate = HandlingGate(permits: 2)
        let inside = Inside()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<30 {
                group.addTask {
                    await gate.run {
                        inside.state.withLock { state in
                            state.now += 1
                            state.most = max(state.most, state.now)
                        }
                        await Task.yield()
                        inside.state.withLock { state in
                            state.now -= 1
                            state.done += 1
                        }
                    }
                }
            }
        }
        #expect(inside.state.withLock { $0.most } == 2 || inside.state.withLock { $0.most } == 1)
        #expect(inside.state.withLock { $0.done } == 30 && inside.state.withLock { $0.now } == 0)
        // A throwing body gives its permit back.
        struct Refused: Error {}
        await #expect(throws: Refused.self) { try await gate.run { throw Refused() } }
        #expect(await gate.run { 7 } == 7)
    }

    /// Who is inside the gate, shared by the tasks.
    final class Inside: Sendable {
        let state = Mutex<(now: Int, most: Int, done: Int)>((0, 0, 0))
    }
}
