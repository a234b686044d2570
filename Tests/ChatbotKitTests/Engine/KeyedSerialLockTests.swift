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
            await lock.release("a")
        }
        #expect(order.values == Array(0..<20))
        #expect(await lock.heldKeys == 0)
    }

    @Test func aThrowingHolderStillGivesTheKeyBack() async {
        struct Failure: Error {}
        let lock = KeyedSerialLock()
        await #expect(throws: Failure.self) {
            try await lock.withLock("b") { throw Failure() }
        }
        #expect(await lock.heldKeys == 0)
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
