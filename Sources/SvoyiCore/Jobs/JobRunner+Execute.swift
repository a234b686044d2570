import Foundation

extension JobRunner {
    /// Runs one claimed job and records the outcome, as long as this runner still holds its lease.
    static func execute(
        _ job: Job, token: String, handler: JobHandler, database: any Database, clock: any WallClock,
        configuration: Configuration
    ) async {
        do {
            switch handler.body {
            case .transactional(let body):
                try Task.checkCancellation()
                try await database.write { db in
                    try ensureLease(job, token, db)
                    try body(job, db)
                    try finish(job, db, now: clock.now)
                }
                handler.afterCommit?(job)
            case .async(let body):
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        try await heartbeat(job, token: token, database: database, clock: clock, configuration)
                    }
                    group.addTask {
                        try await body(job)
                        throw HandlerDone()
                    }
                    // The first to end decides: the handler finishing, or the heartbeat losing the lease.
                    do {
                        try await group.next()
                    } catch is HandlerDone {
                        group.cancelAll()
                        return
                    }
                }
                try await database.write { db in
                    try ensureLease(job, token, db)
                    try finish(job, db, now: clock.now)
                }
                handler.afterCommit?(job)
            }
        } catch is LeaseLost {
            return
        } catch let error where error is CancellationError || Task.isCancelled {
            // Stopped by a graceful shutdown: hand the job back with its attempt, to run on the next start.
            try? await database.write { db in
                try db.execute(
                    """
                    UPDATE jobs SET state = 'queued', attempts = max(attempts - 1, 0), lease_token = NULL,
                        lease_until = NULL WHERE id = ? AND lease_token = ?
                    """, job.id, token)
            }
        } catch {
            try? await database.write { db in
                try ensureLease(job, token, db)
                try fail(job, error: error, db, now: clock.now, backoff: configuration.backoff)
            }
        }
    }

    /// The handler finished; ends the race with the heartbeat.
    private struct HandlerDone: Error {}

    /// Extends the lease every third of its length; throws ``LeaseLost`` when another runner holds the job.
    private static func heartbeat(
        _ job: Job, token: String, database: any Database, clock: any WallClock, _ configuration: Configuration
    ) async throws {
        while true {
            try await clock.sleep(until: clock.now.addingTimeInterval(configuration.lease / 3))
            let held = try await database.write { db -> Bool in
                try db.execute(
                    "UPDATE jobs SET lease_until = ? WHERE id = ? AND lease_token = ? AND state = 'running'",
                    clock.now.addingTimeInterval(configuration.lease), job.id, token)
                return db.changes == 1
            }
            if !held { throw LeaseLost() }
        }
    }

    private static func ensureLease(_ job: Job, _ token: String, _ db: any DatabaseConnection) throws {
        let held = try db.queryFirst(
            "SELECT 1 FROM jobs WHERE id = ? AND lease_token = ? AND state = 'running'", job.id, token)
        if held == nil { throw LeaseLost() }
    }

    /// The next regular run of a repeating job, or nil for a one-off.
    private static func nextRun(of job: Job, _ db: any DatabaseConnection, now: Date) throws -> Date? {
        guard let row = try db.queryFirst("SELECT repeat_seconds, anchor_at FROM jobs WHERE id = ?", job.id),
            let every = try row.get("repeat_seconds", as: Int64?.self)
        else { return nil }
        let anchor = try row.get("anchor_at", as: Date?.self) ?? job.runAt
        return nextOccurrence(after: anchor, every: TimeInterval(every), now: now)
    }

    private static func finish(_ job: Job, _ db: any DatabaseConnection, now: Date) throws {
        if let next = try nextRun(of: job, db, now: now) {
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0, lease_token = NULL, lease_until = NULL,
                    last_error = NULL WHERE id = ?
                """, next, job.id)
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
        let maxAttempts =
            try db.scalar("SELECT max_attempts FROM jobs WHERE id = ?", [.integer(job.id)], as: Int.self) ?? 1
        if job.attempt < maxAttempts {
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, last_error = ?, lease_token = NULL, lease_until = NULL
                WHERE id = ?
                """, now.addingTimeInterval(backoff.delay(afterAttempt: job.attempt)), message, job.id)
        } else if let next = try nextRun(of: job, db, now: now) {
            // A repeating job that keeps failing is not dropped: it waits for its next regular run.
            try db.execute(
                """
                UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0, last_error = ?, lease_token = NULL,
                    lease_until = NULL WHERE id = ?
                """, next, message, job.id)
        } else {
            try db.execute(
                """
                UPDATE jobs SET state = 'failed', finished_at = ?, last_error = ?, lease_token = NULL,
                    lease_until = NULL WHERE id = ?
                """, now, message, job.id)
        }
    }
}
