public import Foundation

/// Executes due jobs in-process: claims them with a lease, runs their handlers, retries failures with
/// backoff, and picks up jobs whose lease expired because the process that held them died.
public actor JobRunner {
    /// Tuning.
    public struct Configuration: Sendable {
        /// How long a claim lasts without a heartbeat; a job held by a dead process is run again after it.
        public var lease: TimeInterval = 60
        /// How many jobs run at once.
        public var concurrency = 4
        /// Retry delays.
        public var backoff = Backoff()
        /// Longest idle sleep between checks (jobs scheduled by another process are seen within it).
        public var idlePoll: TimeInterval = 15

        public init() {}
    }

    /// A claim that another runner took over after this one's lease expired.
    struct LeaseLost: Error {}

    private let database: any Database
    private let handlers: [String: JobHandler]
    private let clock: any WallClock
    private let configuration: Configuration
    private let wakeSignal = WakeSignal()
    private let kindsPlaceholders: String
    private let kindArguments: [SQLValue]

    public init(
        database: any Database, handlers: [JobHandler], clock: any WallClock = SystemClock(),
        configuration: Configuration = Configuration()
    ) {
        self.database = database
        var byKind: [String: JobHandler] = [:]
        for handler in handlers {
            precondition(byKind[handler.kind] == nil, "two handlers for job kind \(handler.kind)")
            byKind[handler.kind] = handler
        }
        self.handlers = byKind
        self.clock = clock
        self.configuration = configuration
        let kinds = byKind.keys.sorted()
        self.kindsPlaceholders = kinds.isEmpty ? "NULL" : kinds.map { _ in "?" }.joined(separator: ", ")
        self.kindArguments = kinds.map { .text($0) }
    }

    /// Tells the runner that a job may be due now (after scheduling one), instead of waiting for its next check.
    public nonisolated func wake() {
        wakeSignal.signal()
    }

    /// Runs until the task is cancelled.
    public func run() async {
        while !Task.isCancelled {
            let ran = (try? await runDueJobs()) ?? 0
            if ran > 0 { continue }
            let deadline = (try? await nextWakeUp()) ?? clock.now.addingTimeInterval(configuration.idlePoll)
            let clock = self.clock
            let wakeSignal = self.wakeSignal
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await clock.sleep(until: deadline) }
                group.addTask { await wakeSignal.wait() }
                await group.next()
                group.cancelAll()
            }
        }
    }

    /// Claims and runs the jobs due now; returns how many it ran. Tests call this directly.
    @discardableResult
    public func runDueJobs() async throws -> Int {
        let claimed = try await claim()
        if claimed.isEmpty { return 0 }
        let handlers = self.handlers
        let database = self.database
        let clock = self.clock
        let configuration = self.configuration
        await withTaskGroup(of: Void.self) { group in
            for (job, token) in claimed {
                guard let handler = handlers[job.kind] else { continue }
                group.addTask {
                    await Self.execute(
                        job, token: token, handler: handler, database: database, clock: clock,
                        configuration: configuration)
                }
            }
        }
        return claimed.count
    }

    private func nextWakeUp() async throws -> Date {
        let now = clock.now
        let cap = now.addingTimeInterval(configuration.idlePoll)
        let next = try await database.read { db -> Date? in
            let due =
                try db.scalar(
                    "SELECT min(run_at) FROM jobs WHERE state = 'queued' AND kind IN (\(kindsPlaceholders))",
                    kindArguments, as: Date?.self) ?? nil
            let lease =
                try db.scalar(
                    "SELECT min(lease_until) FROM jobs WHERE state = 'running' AND kind IN (\(kindsPlaceholders))",
                    kindArguments, as: Date?.self) ?? nil
            return [due, lease].compactMap { $0 }.min()
        }
        return min(next ?? cap, cap)
    }

    private func claim() async throws -> [(Job, String)] {
        guard !handlers.isEmpty else { return [] }
        let now = clock.now
        let leaseUntil = now.addingTimeInterval(configuration.lease)
        let limit = configuration.concurrency
        let placeholders = kindsPlaceholders
        let kinds = kindArguments
        return try await database.write { db in
            let rows = try db.query(
                """
                SELECT id, kind, hromada_id, payload, run_at, attempts, max_attempts, idempotency_key, state
                FROM jobs
                WHERE kind IN (\(placeholders))
                  AND ((state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until <= ?))
                ORDER BY run_at, id LIMIT ?
                """, kinds + [now.sqlValue, now.sqlValue, .integer(Int64(limit))])
            var claimed: [(Job, String)] = []
            for row in rows {
                let id: Int64 = try row.get("id")
                let attempts: Int = try row.get("attempts")
                let maxAttempts: Int = try row.get("max_attempts")
                if attempts >= maxAttempts {
                    // Its last try was cut off by a crash: give up rather than exceed the limit.
                    try db.execute(
                        """
                        UPDATE jobs SET state = 'failed', lease_token = NULL, lease_until = NULL, finished_at = ?,
                            last_error = 'interrupted on its last attempt' WHERE id = ?
                        """, now, id)
                    continue
                }
                let token = UUID().uuidString
                try db.execute(
                    """
                    UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = ?, lease_until = ?
                    WHERE id = ?
                    """, token, leaseUntil, id)
                let job = Job(
                    id: id, kind: try row.get("kind"), hromadaID: try row.get("hromada_id"),
                    payload: try row.get("payload"), runAt: try row.get("run_at"), attempt: attempts + 1,
                    idempotencyKey: try row.get("idempotency_key"))
                claimed.append((job, token))
            }
            return claimed
        }
    }

    private static func execute(
        _ job: Job, token: String, handler: JobHandler, database: any Database, clock: any WallClock,
        configuration: Configuration
    ) async {
        do {
            switch handler.body {
            case .transactional(let body):
                try await database.write { db in
                    try ensureLease(job, token, db)
                    try body(job, db)
                    try finish(job, db, now: clock.now)
                }
            case .async(let body):
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        // Heartbeat: keep the lease while the handler works.
                        while !Task.isCancelled {
                            try await clock.sleep(until: clock.now.addingTimeInterval(configuration.lease / 3))
                            try await database.write { db in
                                try db.execute(
                                    "UPDATE jobs SET lease_until = ? WHERE id = ? AND lease_token = ?",
                                    clock.now.addingTimeInterval(configuration.lease), job.id, token)
                            }
                        }
                    }
                    try await body(job)
                    group.cancelAll()
                }
                try await database.write { db in
                    try ensureLease(job, token, db)
                    try finish(job, db, now: clock.now)
                }
            }
        } catch is LeaseLost {
            return
        } catch {
            try? await database.write { db in
                try ensureLease(job, token, db)
                try fail(job, error: error, db, now: clock.now, backoff: configuration.backoff)
            }
        }
    }

    private static func ensureLease(_ job: Job, _ token: String, _ db: any DatabaseConnection) throws {
        let held = try db.queryFirst(
            "SELECT 1 FROM jobs WHERE id = ? AND lease_token = ? AND state = 'running'", job.id, token)
        if held == nil { throw LeaseLost() }
    }

    private static func finish(_ job: Job, _ db: any DatabaseConnection, now: Date) throws {
        if let repeatSeconds = try db.scalar(
            "SELECT repeat_seconds FROM jobs WHERE id = ?", [.integer(job.id)], as: Int64?.self) ?? nil
        {
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0, lease_token = NULL, lease_until = NULL
                WHERE id = ?
                """, nextOccurrence(after: job.runAt, every: TimeInterval(repeatSeconds), now: now), job.id)
        } else {
            try db.execute(
                """
                UPDATE jobs SET state = 'done', finished_at = ?, lease_token = NULL, lease_until = NULL,
                    last_error = NULL WHERE id = ?
                """, now, job.id)
        }
    }

    private static func fail(
        _ job: Job, error: any Error, _ db: any DatabaseConnection, now: Date, backoff: Backoff
    ) throws {
        let message = String(String(describing: error).prefix(500))
        let row = try db.queryFirst("SELECT max_attempts, repeat_seconds FROM jobs WHERE id = ?", job.id)
        let maxAttempts: Int = try row?.get("max_attempts") ?? 1
        let repeatSeconds: Int64? = try row?.get("repeat_seconds")
        if job.attempt < maxAttempts {
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, last_error = ?, lease_token = NULL, lease_until = NULL
                WHERE id = ?
                """, now.addingTimeInterval(backoff.delay(afterAttempt: job.attempt)), message, job.id)
        } else if let repeatSeconds {
            // A repeating job that keeps failing is not dropped: it waits for its next regular run.
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0, last_error = ?, lease_token = NULL,
                    lease_until = NULL WHERE id = ?
                """, nextOccurrence(after: job.runAt, every: TimeInterval(repeatSeconds), now: now), message, job.id)
        } else {
            try db.execute(
                """
                UPDATE jobs SET state = 'failed', finished_at = ?, last_error = ?, lease_token = NULL,
                    lease_until = NULL WHERE id = ?
                """, now, message, job.id)
        }
    }

    /// The first `start + k·interval` strictly after `now` (missed runs are skipped, not replayed).
    static func nextOccurrence(after start: Date, every interval: TimeInterval, now: Date) -> Date {
        let elapsed = now.timeIntervalSince(start)
        let steps = max(1, (elapsed / interval).rounded(.down) + 1)
        return start.addingTimeInterval(steps * interval)
    }
}
