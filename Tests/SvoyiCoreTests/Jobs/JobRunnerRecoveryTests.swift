import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// How the runner behaves around shutdowns, crashes, retries of repeating jobs and slow jobs.
@Suite struct JobRunnerRecoveryTests {
    struct Flaky: Error {}
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    func database(_ dir: TemporaryDirectory) async throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: dir.path("jobs.sqlite"))
        try await Migrator(JobQueue.migrations).migrate(db)
        try await db.write { db in try db.execute("CREATE TABLE effects (id INTEGER PRIMARY KEY, text TEXT)") }
        return db
    }

    func row(_ db: SQLiteDatabase, _ id: Int64) async throws -> (state: String, attempts: Int, runAt: Date) {
        try await db.read { db in
            let row = try #require(try db.queryFirst("SELECT state, attempts, run_at FROM jobs WHERE id = ?", id))
            return (try row.get("state"), try row.get("attempts"), try row.get("run_at"))
        }
    }

    @Test func aGracefulStopHandsARunningJobBackWithItsAttempt() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let started = Mutex(false)
        let slow = JobHandler.async("broadcast") { _ in
            started.withLock { $0 = true }
            try await Task.sleep(for: .seconds(3600))
        }
        let runner = JobRunner(database: db, handlers: [slow])
        let id = try await db.write { db in try JobQueue.schedule("broadcast", at: Date(), maxAttempts: 1, in: db) }
        let loop = Task { await runner.run() }
        try await waitUntil("the job to start") { started.withLock { $0 } }
        loop.cancel()
        await loop.value
        let after = try await row(db, id)
        #expect(after.state == "queued")
        #expect(after.attempts == 0)
    }

    @Test func aRepeatingJobKeepsItsScheduleAfterARetry() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let calls = Mutex(0)
        let once = JobHandler.async("daily") { _ in
            let call = calls.withLock { count in
                count += 1
                return count
            }
            if call == 1 { throw Flaky() }
        }
        var configuration = JobRunner.Configuration()
        configuration.backoff = Backoff(base: 10, maximum: 10)
        let runner = JobRunner(database: db, handlers: [once], clock: clock, configuration: configuration)
        let id = try await db.write { db in try JobQueue.schedule("daily", at: start, repeatEvery: 86_400, in: db) }
        #expect(try await runner.runDueJobs() == 1)
        clock.advance(by: 10)
        #expect(try await runner.runDueJobs() == 1)
        let after = try await row(db, id)
        #expect(after.state == "queued")
        #expect(after.runAt == start.addingTimeInterval(86_400))
    }

    @Test func aRepeatingJobInterruptedOnItsLastAttemptWaitsForItsNextRun() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let id = try await db.write { db in
            try JobQueue.schedule("daily", at: start, repeatEvery: 86_400, maxAttempts: 1, in: db)
        }
        try await db.write { db in
            try db.execute(
                "UPDATE jobs SET state = 'running', attempts = 1, lease_token = 'dead', lease_until = ? WHERE id = ?",
                start.addingTimeInterval(60), id)
        }
        let handler = JobHandler.async("daily") { _ in }
        let runner = JobRunner(database: db, handlers: [handler], clock: clock)
        clock.advance(by: 61)
        #expect(try await runner.runDueJobs() == 0)
        let after = try await row(db, id)
        #expect(after.state == "queued")
        #expect(after.attempts == 0)
        #expect(after.runAt == start.addingTimeInterval(86_400))
    }

    @Test func anInterruptedTransactionalAttemptDoesNotCount() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let clock = ManualClock(start)
        let id = try await db.write { db in try JobQueue.schedule("note", at: start, maxAttempts: 1, in: db) }
        try await db.write { db in
            try db.execute(
                "UPDATE jobs SET state = 'running', attempts = 1, lease_token = 'dead', lease_until = ? WHERE id = ?",
                start.addingTimeInterval(60), id)
        }
        let record = JobHandler.transactional("note") { _, db in
            try db.execute("INSERT INTO effects (text) VALUES ('x')")
        }
        let runner = JobRunner(database: db, handlers: [record], clock: clock)
        clock.advance(by: 61)
        #expect(try await runner.runDueJobs() == 1)
        #expect(try await row(db, id).state == "done")
    }

    @Test func aSlowJobDoesNotHoldUpOthers() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let release = Mutex(false)
        let slow = JobHandler.async("slow") { _ in
            try await waitUntil(timeout: 60, "the test to release the slow job") { release.withLock { $0 } }
        }
        let quick = JobHandler.transactional("quick") { _, db in
            try db.execute("INSERT INTO effects (text) VALUES ('quick')")
        }
        var configuration = JobRunner.Configuration()
        configuration.concurrency = 2
        configuration.idlePoll = 0.2
        let runner = JobRunner(database: db, handlers: [slow, quick], configuration: configuration)
        let slowID = try await db.write { db in try JobQueue.schedule("slow", at: Date(), in: db) }
        let loop = Task { await runner.run() }
        try await waitUntil("the slow job to start") { try await row(db, slowID).state == "running" }
        for _ in 0..<3 {
            try await db.write { db in try JobQueue.schedule("quick", at: Date(), in: db) }
            runner.wake()
        }
        try await waitUntil("three quick jobs while the slow one runs") {
            try await db.read { try $0.scalar("SELECT count(*) FROM effects", as: Int.self) } == 3
        }
        #expect(try await row(db, slowID).state == "running")
        release.withLock { $0 = true }
        try await waitUntil("the slow job to finish") { try await row(db, slowID).state == "done" }
        loop.cancel()
        await loop.value
    }

    @Test func badSchedulingRequestsAreErrorsNotCrashes() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        await #expect(throws: JobError.self) {
            try await db.write { db in try JobQueue.schedule("x", at: Date(), maxAttempts: 0, in: db) }
        }
        await #expect(throws: JobError.self) {
            try await db.write { db in try JobQueue.schedule("x", at: Date(), repeatEvery: 0.5, in: db) }
        }
        #expect(try await db.read { try $0.scalar("SELECT count(*) FROM jobs", as: Int.self) } == 0)
    }
}
