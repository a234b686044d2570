import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// Jobs survive a SIGKILL of the process that runs them and still run exactly once.
@Suite struct JobCrashTests {
    var helper: URL { buildProductsDirectory.appendingPathComponent("SvoyiTestHelper") }

    func effects(_ path: String) async throws -> [Int64] {
        let db = try SQLiteDatabase(path: path)
        return try await db.read { db in
            try db.query("SELECT job_id FROM effects ORDER BY id").map { try $0.get("job_id") }
        }
    }

    func jobState(_ path: String) async throws -> String? {
        let db = try SQLiteDatabase(path: path)
        return try await db.read { try $0.scalar("SELECT state FROM jobs", as: String.self) }
    }

    @Test func aJobScheduledBeforeAKillRunsExactlyOnceAfterRestart() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("jobs.sqlite")
        // Due long after the first runner is killed, however slow the machine; made due by hand afterwards.
        let schedule = try ChildProcess(helper, ["schedule", path, "3600"])
        let line = try await schedule.waitForLine(startingWith: "scheduled ")
        let id = try #require(Int64(line.dropFirst("scheduled ".count)))
        try await schedule.waitForExit()

        // A runner starts and is killed before the job is due.
        let first = try ChildProcess(helper, ["jobs", path])
        try await first.waitForLine(startingWith: "ready")
        try await first.killHard()
        #expect(try await effects(path) == [])
        try await SQLiteDatabase(path: path).write { db in
            try db.execute("UPDATE jobs SET run_at = ?", Date())  // the hour has passed
        }

        // After a restart the job runs, once.
        let second = try ChildProcess(helper, ["jobs", path])
        try await waitUntil("the job to be done") { try await jobState(path) == "done" }
        // Give the restarted runner further polls (idle poll is 0.2 s) to prove it does not run it again.
        let done = Date()
        try await waitUntil("two more idle polls") { Date().timeIntervalSince(done) > 0.6 }
        #expect(try await effects(path) == [id])
        try await second.killHard()
    }

    @Test func aJobKilledMidRunIsRunAgainAndItsHalfDoneEffectIsGone() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("jobs.sqlite")
        let schedule = try ChildProcess(helper, ["schedule", path, "0"])
        let line = try await schedule.waitForLine(startingWith: "scheduled ")
        let id = try #require(Int64(line.dropFirst("scheduled ".count)))
        try await schedule.waitForExit()

        // The handler writes its effect and hangs inside the transaction; the process is killed there.
        let first = try ChildProcess(helper, ["jobs", path, "hang"])
        try await first.waitForLine(startingWith: "running \(id)")
        try await first.killHard()
        #expect(try await effects(path) == [])
        #expect(try await jobState(path) == "running")

        // The claim's lease (1 s in the helper) expires; the restarted runner completes the job once.
        let second = try ChildProcess(helper, ["jobs", path])
        try await waitUntil("the job to be done") { try await jobState(path) == "done" }
        #expect(try await effects(path) == [id])
        let attempts = try await SQLiteDatabase(path: path).read { db in
            try db.scalar("SELECT attempt FROM effects", as: Int.self)
        }
        #expect(attempts == 1)  // the killed attempt committed nothing, so it does not count
        try await second.killHard()
    }
}
