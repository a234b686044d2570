import Foundation
import SvoyiCore
import Testing

@Suite struct NotifyExpansionTests {
    func step(_ context: NotifyTestContext, _ id: Int64, limit: Int) async throws -> NotifyExpansion.Step {
        try await context.database.write { db in
            try NotifyExpansion.expandBatch(messageID: id, limit: limit, now: context.clock.now, in: db)
        }
    }

    @Test func batchesMoveTheMessageFromScheduledToSending() async throws {
        try await withNotifyStore { context in
            let residents = try await context.addResidents(5)
            try await context.addResidents(3, hromadaID: context.hromadaB, prefix: "b")
            let id = try await context.store.enqueue(context.draft()).message.id
            #expect(try await step(context, id, limit: 2) == .more(cursor: residents[1]))
            #expect(try await context.message(id).state == .expanding)
            #expect(try await context.message(id).stats[.queued] == 2)
            #expect(try await step(context, id, limit: 2) == .more(cursor: residents[3]))
            #expect(try await step(context, id, limit: 2) == .more(cursor: residents[4]))
            #expect(try await step(context, id, limit: 2) == .finished)
            let message = try await context.message(id)
            #expect(message.state == .sending)
            #expect(message.stats == NotifyDeliveryStats(counts: [.queued: 5]))
            #expect(try await step(context, id, limit: 2) == .stopped)
        }
    }

    @Test func runningAgainAfterACrashWritesOnlyWhatIsMissing() async throws {
        try await withNotifyStore { context in
            let residents = try await context.addResidents(7)
            let id = try await context.store.enqueue(context.draft()).message.id
            _ = try await step(context, id, limit: 3)
            // A crash that lost the cursor but not the batch (what a replayed step looks like): start again from 0.
            try await context.database.write { db in
                try db.execute("UPDATE notify_messages SET expansion_cursor = 0 WHERE id = ?", id)
            }
            try await context.expand(id, batch: 2)
            #expect(try await context.deliveries(id).map(\.0) == residents)
            // And once more from the start, as a job run twice would: nothing new.
            try await context.database.write { db in
                try db.execute("UPDATE notify_messages SET expansion_cursor = 0, state = 'expanding' WHERE id = ?", id)
            }
            try await context.expand(id, batch: 4)
            #expect(
                try await context.count("SELECT COUNT(*) FROM notify_deliveries WHERE message_id = ?", [.integer(id)])
                    == 7)
        }
    }

    @Test func nobodyToSendToIsDoneAtOnce() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(2, channel: .web)
            let id = try await context.send(context.draft())
            let message = try await context.message(id)
            #expect(message.state == .done)
            #expect(message.finishedAt == notifyTestStart)
            #expect(message.stats.total == 0)
        }
    }

    @Test func theJobRunsAtTheMessagesTimeInStepsAndWakesTheWorkers() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(12)
            let clock = ManualClock(notifyTestStart)
            let runner = JobRunner(
                database: context.database, handlers: [NotifyExpansion.jobHandler(batchSize: 5, clock: clock)],
                clock: clock)
            var draft = context.draft()
            draft.scheduledAt = notifyTestStart.addingTimeInterval(300)
            let id = try await context.store.enqueue(draft).message.id
            #expect(try await runner.runDueJobs() == 0)
            #expect(try await context.message(id).state == .scheduled)

            clock.advance(by: 300)
            var steps = 0
            while try await runner.runDueJobs() > 0 { steps += 1 }
            #expect(steps == 4, "three batches of 5, 5 and 2 and the one that finds no more")
            let message = try await context.message(id)
            #expect(message.state == .sending)
            #expect(message.stats[.queued] == 12)
            let jobs = try await context.count(
                "SELECT COUNT(*) FROM jobs WHERE kind = 'notify.expand' AND state = 'done'")
            #expect(jobs == 4)
        }
    }

    /// A hundred thousand residents are expanded with set-based statements; the test checks the result, not the time
    /// (see the final report for the figure).
    @Test func aLargeAudienceIsExpandedExactlyOnce() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(20_000, settlement: context.village)
            try await context.addResidents(5_000, settlement: context.centre, channel: .viber, prefix: "vb")
            let id = try await context.send(context.draft(audience: .districts(["zelenyi-hai"])))
            #expect(try await context.message(id).stats[.queued] == 20_000)
            let duplicates = try await context.count(
                "SELECT COUNT(*) FROM (SELECT resident_id FROM notify_deliveries GROUP BY message_id, resident_id HAVING COUNT(*) > 1) AS d"
            )
            #expect(duplicates == 0)
        }
    }
}
