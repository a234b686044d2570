import ChatbotKit
import Synchronization
import Testing

@Suite struct KeyedSerialLockTests {
    @Test func holdersOfOneKeyRunInArrivalOrderAndTheKeyIsFreedAfterwards() async {
        let lock = KeyedSerialLock()
        let order = Recorder()
        await lock.acquire("a")
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    await lock.withLock("a") { order.append(index) }
                }
                await lock.waitUntilWaiting(index + 1, for: "a")
            }
            #expect(order.values.isEmpty, "nobody runs while the key is held")
            lock.release("a")
        }
        #expect(order.values == Array(0..<20))
        #expect(lock.heldKeys == 0)
    }

    /// Many tasks on a few keys at once, without a held key to line them up: taking a free key and queueing race
    /// with holders giving keys back, and no two holders of one key may ever overlap.
    @Test func holdersNeverOverlapUnderContention() async {
        /// How many run inside each key now, and what was seen.
        final class Tally: Sendable {
            let inside = Mutex<[String: Int]>([:])
            let overlaps = Mutex(0)
            let finished = Mutex(0)
        }
        let lock = KeyedSerialLock()
        let tally = Tally()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<400 {
                let key = "k\(index % 4)"
                group.addTask {
                    await lock.withLock(key) {
                        let count = tally.inside.withLock { inside in
                            inside[key, default: 0] += 1
                            return inside[key]!
                        }
                        if count > 1 { tally.overlaps.withLock { $0 += 1 } }
                        await Task.yield()
                        tally.inside.withLock { $0[key]! -= 1 }
                    }
                    tally.finished.withLock { $0 += 1 }
                }
            }
        }
        #expect(tally.overlaps.withLock { $0 } == 0)
        #expect(tally.finished.withLock { $0 } == 400)
        #expect(lock.heldKeys == 0)
    }

    @Test func aThrowingHolderStillGivesTheKeyBack() async {
        struct Failure: Error {}
        let lock = KeyedSerialLock()
        await #expect(throws: Failure.self) {
            try await lock.withLock("b") { throw Failure() }
        }
        #expect(lock.heldKeys == 0)
        let value = await lock.withLock("b") { 42 }
        #expect(value == 42)
    }
}

/// Indices in the order they were recorded.
final class Recorder: Sendable {
    private let storage = Mutex<[Int]>([])
    func append(_ value: Int) { storage.withLock { $0.append(value) } }
    var values: [Int] { storage.withLock { $0 } }
}
