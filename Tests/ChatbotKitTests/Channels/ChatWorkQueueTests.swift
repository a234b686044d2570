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
}
