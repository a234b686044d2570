public import Foundation

/// A job that cannot be scheduled as asked.
public enum JobError: Error, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let reason): "invalid job: \(reason)"
        }
    }
}

/// Schedules jobs inside the caller's write transaction, so the job exists if and only if the change that
/// asked for it committed.
public enum JobQueue {
    /// Schedules a job; returns its id. With an `idempotencyKey` that was already used, nothing new is stored
    /// and the existing job's id is returned.
    @discardableResult
    public static func schedule(
        _ kind: String,
        payload: some Encodable = [String: String](),
        at runAt: Date,
        repeatEvery: TimeInterval? = nil,
        maxAttempts: Int = 5,
        idempotencyKey: String? = nil,
        hromadaID: Int64? = nil,
        in db: any DatabaseConnection
    ) throws -> Int64 {
        guard maxAttempts >= 1 else { throw JobError.invalid("a job needs at least one attempt, not \(maxAttempts)") }
        if let repeatEvery, !(repeatEvery >= 1) {
            throw JobError.invalid("a repeating job repeats at most once a second, not every \(repeatEvery) s")
        }
        guard !kind.isEmpty else { throw JobError.invalid("a job needs a kind") }
        if let idempotencyKey,
            let existing = try db.scalar(
                "SELECT id FROM jobs WHERE idempotency_key = ?", [.text(idempotencyKey)], as: Int64.self)
        {
            return existing
        }
        try db.execute(
            """
            INSERT INTO jobs (kind, hromada_id, payload, state, run_at, anchor_at, repeat_seconds, attempts,
                              max_attempts, idempotency_key, created_at)
            VALUES (?, ?, ?, 'queued', ?, ?, ?, 0, ?, ?, ?)
            """,
            [
                .text(kind), hromadaID.sqlValue, try .json(payload), runAt.sqlValue, runAt.sqlValue,
                repeatEvery.map { Int64($0.rounded()) }.sqlValue, .integer(Int64(maxAttempts)),
                idempotencyKey.sqlValue, Date().sqlValue,
            ])
        return db.lastInsertRowID
    }

    /// Cancels a queued job. Returns false when it is not queued (already running, done, or unknown).
    @discardableResult
    public static func cancel(_ id: Int64, in db: any DatabaseConnection) throws -> Bool {
        try db.execute("UPDATE jobs SET state = 'cancelled' WHERE id = ? AND state = 'queued'", id)
        return db.changes == 1
    }

    /// Cancels every queued job of a hromada (when the hromada is deleted); returns how many.
    @discardableResult
    public static func cancelAll(hromadaID: Int64, in db: any DatabaseConnection) throws -> Int {
        try db.execute("UPDATE jobs SET state = 'cancelled' WHERE hromada_id = ? AND state = 'queued'", hromadaID)
        return db.changes
    }

    /// Counts jobs by state (for `/metrics` and the CLI).
    public static func depth(in db: any DatabaseConnection) throws -> [JobState: Int] {
        var result: [JobState: Int] = [:]
        try db.forEachRow("SELECT state, count(*) AS n FROM jobs GROUP BY state", []) { row in
            if let state = JobState(rawValue: try row.get("state")) { result[state] = try row.get("n") }
        }
        return result
    }

    /// The migration that creates the `jobs` table.
    public static let migrations: [Migration] = [
        Migration(
            module: "jobs", version: 1, name: "jobs table",
            sql: """
                CREATE TABLE jobs (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    hromada_id INTEGER,
                    payload TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
                    run_at TEXT NOT NULL,
                    repeat_seconds INTEGER CHECK (repeat_seconds IS NULL OR repeat_seconds > 0),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    max_attempts INTEGER NOT NULL CHECK (max_attempts >= 1),
                    lease_token TEXT,
                    lease_until TEXT,
                    last_error TEXT,
                    idempotency_key TEXT UNIQUE,
                    created_at TEXT NOT NULL,
                    finished_at TEXT
                );
                CREATE INDEX jobs_due ON jobs (state, run_at);
                """),
        // Repeating jobs are rescheduled from the time they were first due, so a retry does not shift them.
        Migration(
            module: "jobs", version: 2, name: "schedule anchor",
            sql: """
                ALTER TABLE jobs ADD COLUMN anchor_at TEXT;
                UPDATE jobs SET anchor_at = run_at;
                """),
    ]
}
