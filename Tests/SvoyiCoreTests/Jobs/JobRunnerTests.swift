import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

@Suite struct JobRunnerTests {
    struct Note: Codable, Equatable { var text: String }
    struct Flaky: Error {}

    let start = Date(timeIntervalSince1970: 1_790_000_000)

    func database(_ dir: TemporaryDirectory) async throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: dir.path("jobs.sqlite"))
        try await Migrator(JobQueue.migrations).migrate(db)
        try await db.write { db in try db.execute("CREATE TABLE effects (id INTEGER PRIMARY KEY, text TEXT)") }
        return db
    }

    func state(_ db: SQLiteDatabase, _ id: Int64) async throws -> (String, Int, String?) {
        try await db.read { db in
            let row = try #require(try db.queryFirst("SELECT state, attempts, last_error FROM jobs WHERE id = ?", id))
            return (try row.get("state"), try row.get("attempts"), try row.get("last_error"))
        }
    }

    func effects(_ db: SQLiteDatabase) async throws -> [String] {
        try await db.read { db in try db.query("SELECT text FROM effects ORDER BY id").map { try $0.get("text") } }
    }

    @Test func aJobRunsWhenDueAndNotBefore() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let record = JobHandler.transactional("note") { job, db in
            try db.execute("INSERT INTO effects (text) VALUES (?)", try job.decodePayload(Note.self).text)
        }
        let runner = JobRunner(database: db, handlers: [record], clock: clock)
        let id = try await db.write { db in
            try JobQueue.schedule("note", payload: Note(text: "нагадування"), at: start.addingTimeInterval(60), in: db)
        }
        #expect(try await runner.runDueJobs() == 0)
        clock.advance(by: 59)
        #expect(try await runner.runDueJobs() == 0)
        clock.advance(by: 1)
        #expect(try await runner.runDueJobs() == 1)
        #expect(try await effects(db) == ["нагадування"])
        #expect(try await state(db, id).0 == "done")
        #expect(try await runner.runDueJobs() == 0)
    }

    @Test func failuresRetryWithBackoffThenFail() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let calls = Mutex(0)
        let flaky = JobHandler.async("flaky") { _ in
            calls.withLock { $0 += 1 }
            throw Flaky()
        }
        var configuration = JobRunner.Configuration()
        configuration.backoff = Backoff(base: 10, maximum: 25)
        let runner = JobRunner(database: db, handlers: [flaky], clock: clock, configuration: configuration)
        let id = try await db.write { db in try JobQueue.schedule("flaky", at: start, maxAttempts: 3, in: db) }

        #expect(try await runner.runDueJobs() == 1)
        #expect(try await state(db, id).0 == "queued")
        clock.advance(by: 9)
        #expect(try await runner.runDueJobs() == 0)  // first retry waits 10 s
        clock.advance(by: 1)
        #expect(try await runner.runDueJobs() == 1)
        clock.advance(by: 19)
        #expect(try await runner.runDueJobs() == 0)  // second retry waits 20 s
        clock.advance(by: 1)
        #expect(try await runner.runDueJobs() == 1)
        let (finalState, attempts, error) = try await state(db, id)
        #expect(finalState == "failed")
        #expect(attempts == 3)
        #expect(error?.contains("Flaky") == true)
        #expect(calls.withLock { $0 } == 3)
        clock.advance(by: 3600)
        #expect(try await runner.runDueJobs() == 0)
    }

    @Test func backoffDoublesAndIsCapped() {
        let backoff = Backoff(base: 5, maximum: 60)
        #expect((1...6).map { backoff.delay(afterAttempt: $0) } == [5, 10, 20, 40, 60, 60])
    }

    @Test func aTransactionalHandlersEffectsRollBackWithItsFailure() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let handler = JobHandler.transactional("half") { _, db in
            try db.execute("INSERT INTO effects (text) VALUES ('half-done')")
            throw Flaky()
        }
        let runner = JobRunner(database: db, handlers: [handler], clock: clock)
        try await db.write { db in try JobQueue.schedule("half", at: start, in: db) }
        #expect(try await runner.runDueJobs() == 1)
        #expect(try await effects(db) == [])
    }

    @Test func repeatingJobsRescheduleAndSkipMissedRuns() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let tick = JobHandler.transactional("tick") { _, db in
            try db.execute("INSERT INTO effects (text) VALUES ('tick')")
        }
        let runner = JobRunner(database: db, handlers: [tick], clock: clock)
        let id = try await db.write { db in try JobQueue.schedule("tick", at: start, repeatEvery: 3600, in: db) }
        #expect(try await runner.runDueJobs() == 1)
        clock.advance(by: 3 * 3600 + 5)  // three periods passed while the server was down
        #expect(try await runner.runDueJobs() == 1)
        #expect(try await runner.runDueJobs() == 0)
        let next = try await db.read {
            try $0.scalar("SELECT run_at FROM jobs WHERE id = ?", [.integer(id)], as: Date.self)
        }
        #expect(next == start.addingTimeInterval(4 * 3600))
        #expect(try await effects(db).count == 2)
    }

    @Test func anIdempotencyKeyStoresOneJob() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let (a, b) = try await db.write { db in
            (
                try JobQueue.schedule("note", at: start, idempotencyKey: "reminder:ticket-42", in: db),
                try JobQueue.schedule(
                    "note", at: start.addingTimeInterval(5), idempotencyKey: "reminder:ticket-42", in: db)
            )
        }
        #expect(a == b)
        #expect(try await db.read { try JobQueue.depth(in: $0) } == [.queued: 1])
    }

    @Test func aJobWhoseHolderDiedIsRunAgainAfterItsLease() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let id = try await db.write { db in try JobQueue.schedule("note", at: start, in: db) }
        // Simulate a runner that claimed the job and died: state running, lease until start + 60.
        try await db.write { db in
            try db.execute(
                "UPDATE jobs SET state = 'running', attempts = 1, lease_token = 'dead', lease_until = ? WHERE id = ?",
                start.addingTimeInterval(60), id)
        }
        let record = JobHandler.transactional("note") { job, db in
            try db.execute("INSERT INTO effects (text) VALUES (?)", "attempt \(job.attempt)")
        }
        let runner = JobRunner(database: db, handlers: [record], clock: clock)
        #expect(try await runner.runDueJobs() == 0)
        clock.advance(by: 60)
        #expect(try await runner.runDueJobs() == 1)
        // A transactional handler's interrupted attempt committed nothing, so it is not counted.
        #expect(try await effects(db) == ["attempt 1"])
        #expect(try await state(db, id).0 == "done")
    }

    @Test func theRunLoopWakesForAJobScheduledWhileIdle() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let record = JobHandler.transactional("note") { _, db in
            try db.execute("INSERT INTO effects (text) VALUES ('woke')")
        }
        let runner = JobRunner(database: db, handlers: [record], clock: clock)
        let loop = Task { await runner.run() }
        defer { loop.cancel() }
        try await waitUntil("the runner to go idle") { clock.sleeperCount == 1 }
        try await db.write { db in try JobQueue.schedule("note", at: start, in: db) }
        runner.wake()
        try await waitUntil("the job's effect") { try await effects(db) == ["woke"] }
        // A job due later is run when the clock reaches it.
        try await waitUntil("the runner to go idle again") { clock.sleeperCount == 1 }
        try await db.write { db in try JobQueue.schedule("note", at: start.addingTimeInterval(30), in: db) }
        runner.wake()
        try await waitUntil("the runner to sleep until the next job") { clock.sleeperCount == 1 }
        clock.advance(by: 30)
        try await waitUntil("the later job's effect") { try await effects(db).count == 2 }
    }
}
