import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// Conversations untouched for 90 days are forgotten by a daily job; recent ones stay.
@Suite struct ConversationPurgeTests {
    @Test func theDailyJobForgetsOnlyIdleConversations() async throws {
        let directory = try TemporaryDirectory("svoyi-purge")
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let store = ConversationStore(database: database)
        var old = ConversationState(
            position: .init(dialogueID: "main", version: 1, nodeID: "start"), language: .uk, startedAt: start)
        old.updatedAt = start
        var recent = old
        recent.updatedAt = start.addingTimeInterval(89 * 86_400)
        try await store.save(old, key: "telegram:1", hromadaID: hromadaID)
        try await store.save(recent, key: "telegram:2", hromadaID: hromadaID)
        let clock = ManualClock(start.addingTimeInterval(91 * 86_400))
        try await database.write { db in try ConversationStore.schedulePurge(at: clock.now, in: db) }
        let runner = JobRunner(database: database, handlers: ChatbotModule().jobHandlers, clock: clock)
        #expect(try await runner.runDueJobs() == 1)
        #expect(try await store.state(key: "telegram:1", hromadaID: hromadaID) == nil)
        #expect(try await store.state(key: "telegram:2", hromadaID: hromadaID) != nil)
        // Scheduling again (every server start) does not add a second job.
        try await database.write { db in try ConversationStore.schedulePurge(at: clock.now, in: db) }
        let jobs = try await database.read { db in
            try db.scalar(
                "SELECT COUNT(*) FROM jobs WHERE kind = ?", [.text(ConversationStore.purgeJobKind)], as: Int.self)
        }
        #expect(jobs == 1)
    }
}
