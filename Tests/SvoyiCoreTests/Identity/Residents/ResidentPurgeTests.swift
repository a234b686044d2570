import Foundation
import SvoyiCore
import Testing

/// The daily purge of anonymous web-chat residents: only those with nothing but a web chat session, nothing
/// verified, shared or agreed to, and no visit for 90 days; with what the modules keep about them.
@Suite struct ResidentPurgeTests {
    func web(_ id: String, _ context: ResidentTestContext, hromadaID: Int64? = nil) async throws -> Resident {
        try await context.store.findOrCreate(
            channel: .web, externalID: id, displayName: nil, language: .uk,
            hromadaID: hromadaID ?? context.hromadaA)
    }

    @Test func theDailyJobRemovesOnlyAbandonedAnonymousWebResidents() async throws {
        try await withResidentStore { context in
            try await Migrator(JobQueue.migrations).migrate(context.database)
            try await context.database.write { db in try db.execute(ResidentDataProviderTests.notesTable) }
            let store = context.store
            let a = context.hromadaA
            let abandoned = try await web("abandoned", context)
            let abandonedInB = try await web("abandoned", context, hromadaID: context.hromadaB)
            let returning = try await web("returning", context)
            let linked = try await web("linked", context)
            let code = try await store.createLinkCode(residentID: linked.id, hromadaID: a)
            _ = try await store.redeemLinkCode(code.code, channel: .telegram, externalID: "5005", hromadaID: a)
            let messenger = try await context.telegramResident("4004")
            let consenting = try await web("consenting", context)
            try await store.grantConsent(
                purpose: "personal-data", textVersion: "1", channel: .web, residentID: consenting.id, hromadaID: a)
            try await store.withdrawConsent(purpose: "personal-data", residentID: consenting.id, hromadaID: a)
            let phoned = try await web("phoned", context)
            try await store.recordPhone("0671234567", channel: .web, residentID: phoned.id, hromadaID: a)
            let verified = try await web("verified", context)
            try await store.verifyInPerson(residentID: verified.id, staffID: 12, note: nil, hromadaID: a)
            for key in ["web:abandoned", "web:returning", "telegram:4004"] {
                try await context.database.write { db in
                    try db.execute(
                        "INSERT INTO test_notes (hromada_id, channel_key, note) VALUES (?, ?, 'розмова')", a, key)
                }
            }

            // 80 days later the returning visitor chats again; 91 days after the start the job runs.
            context.clock.advance(by: 80 * 86_400)
            try await context.database.write { db in
                try ResidentStore.markSeen(
                    channel: .web, externalID: "returning", hromadaID: a, now: context.clock.now, in: db)
                // Never backwards, and nothing for an id nobody has.
                try ResidentStore.markSeen(
                    channel: .web, externalID: "returning", hromadaID: a, now: residentTestStart, in: db)
                try ResidentStore.markSeen(
                    channel: .web, externalID: "nobody", hromadaID: a, now: context.clock.now, in: db)
            }
            #expect(
                try await store.resident(id: returning.id, hromadaID: a)?.lastSeenAt
                    == residentTestStart.addingTimeInterval(80 * 86_400))
            // A burst of messages writes the time once a minute at most.
            try await context.database.write { db in
                try ResidentStore.markSeen(
                    channel: .web, externalID: "returning", hromadaID: a, now: context.clock.now.addingTimeInterval(30),
                    in: db)
            }
            #expect(
                try await store.resident(id: returning.id, hromadaID: a)?.lastSeenAt
                    == residentTestStart.addingTimeInterval(80 * 86_400))
            context.clock.advance(by: 11 * 86_400)
            try await context.database.write { db in try ResidentStore.schedulePurge(at: context.clock.now, in: db) }
            let runner = JobRunner(
                database: context.database,
                handlers: [ResidentStore.anonymousPurgeJob(providers: [ResidentDataProviderTests.notes])],
                clock: context.clock)
            #expect(try await runner.runDueJobs() == 1)

            #expect(try await store.resident(id: abandoned.id, hromadaID: a) == nil)
            #expect(try await store.resident(id: abandonedInB.id, hromadaID: context.hromadaB) == nil)
            for kept in [returning, linked, messenger, consenting, phoned, verified] {
                #expect(try await store.resident(id: kept.id, hromadaID: a) != nil, "resident \(kept.id) is kept")
            }
            // The providers erased the purged resident's data, and only theirs.
            let keys = try await context.database.read { db in
                try db.query("SELECT channel_key FROM test_notes ORDER BY channel_key").map {
                    try $0.get("channel_key", as: String.self)
                }
            }
            #expect(keys == ["telegram:4004", "web:returning"])
            // Scheduling again (every server start) does not add a second job.
            try await context.database.write { db in try ResidentStore.schedulePurge(at: context.clock.now, in: db) }
            let jobs = try await context.database.read { db in
                try db.scalar(
                    "SELECT COUNT(*) FROM jobs WHERE kind = ?", [.text(ResidentStore.anonymousPurgeJobKind)],
                    as: Int.self)
            }
            #expect(jobs == 1)
        }
    }

    @Test func aVisitorSeenWithinTheRetentionStays() async throws {
        try await withResidentStore { context in
            let resident = try await web("fresh", context)
            context.clock.advance(by: ResidentStore.anonymousRetention - 60)
            let purged = try await context.database.write { db in
                try ResidentStore.purgeAnonymousWebResidents(now: context.clock.now, providers: [], in: db)
            }
            #expect(purged == 0)
            context.clock.advance(by: 120)
            let later = try await context.database.write { db in
                try ResidentStore.purgeAnonymousWebResidents(now: context.clock.now, providers: [], in: db)
            }
            #expect(later == 1)
            #expect(try await context.store.resident(id: resident.id, hromadaID: context.hromadaA) == nil)
        }
    }
}
