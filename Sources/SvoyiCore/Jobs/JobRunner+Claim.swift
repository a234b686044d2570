import Foundation

extension JobRunner {
    /// Marks up to `limit` due jobs as running under a fresh lease token and returns them.
    ///
    /// A job found `running` with an expired lease was held by a process that died. A transactional handler's
    /// interrupted attempt committed nothing, so it does not count; an async handler's does. A repeating job
    /// is never given up: when its attempts are spent it waits for its next regular run.
    func claim(limit: Int) async throws -> [(Job, String)] {
        guard !handlers.isEmpty, limit > 0 else { return [] }
        let now = clock.now
        let leaseUntil = now.addingTimeInterval(configuration.lease)
        let placeholders = kindsPlaceholders
        let kinds = kindArguments
        let transactional = Set(handlers.values.filter(\.isTransactional).map(\.kind))
        return try await database.write { db in
            let rows = try db.query(
                """
                SELECT id, kind, hromada_id, payload, run_at, anchor_at, attempts, max_attempts, repeat_seconds,
                       idempotency_key, state
                FROM jobs
                WHERE kind IN (\(placeholders))
                  AND ((state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until <= ?))
                ORDER BY run_at, id LIMIT ?
                """, kinds + [now.sqlValue, now.sqlValue, .integer(Int64(limit))])
            var claimed: [(Job, String)] = []
            for row in rows {
                let id: Int64 = try row.get("id")
                let kind: String = try row.get("kind")
                var attempts: Int = try row.get("attempts")
                let maxAttempts: Int = try row.get("max_attempts")
                let interrupted = try row.get("state", as: String.self) == "running"
                if interrupted && transactional.contains(kind) { attempts -= 1 }
                if attempts >= maxAttempts {
                    if let every = try row.get("repeat_seconds", as: Int64?.self) {
                        let anchor: Date = try row.get("anchor_at", as: Date?.self) ?? row.get("run_at")
                        try db.execute(
                            """
                            UPDATE jobs SET state = 'queued', attempts = 0, run_at = ?, lease_token = NULL,
                                lease_until = NULL, last_error = 'interrupted on its last attempt' WHERE id = ?
                            """, Self.nextOccurrence(after: anchor, every: TimeInterval(every), now: now), id)
                    } else {
                        try db.execute(
                            """
                            UPDATE jobs SET state = 'failed', lease_token = NULL, lease_until = NULL, finished_at = ?,
                                last_error = 'interrupted on its last attempt' WHERE id = ?
                            """, now, id)
                    }
                    continue
                }
                let token = UUID().uuidString
                try db.execute(
                    "UPDATE jobs SET state = 'running', attempts = ?, lease_token = ?, lease_until = ? WHERE id = ?",
                    attempts + 1, token, leaseUntil, id)
                let job = Job(
                    id: id, kind: kind, hromadaID: try row.get("hromada_id"), payload: try row.get("payload"),
                    runAt: try row.get("run_at"), attempt: attempts + 1,
                    idempotencyKey: try row.get("idempotency_key"))
                claimed.append((job, token))
            }
            return claimed
        }
    }

    /// The first `anchor + k·interval` strictly after `now` (missed runs are skipped, not replayed).
    static func nextOccurrence(after anchor: Date, every interval: TimeInterval, now: Date) -> Date {
        let elapsed = now.timeIntervalSince(anchor)
        let steps = max(1, (elapsed / interval).rounded(.down) + 1)
        return anchor.addingTimeInterval(steps * interval)
    }
}

extension JobHandler {
    var isTransactional: Bool {
        if case .transactional = body { return true }
        return false
    }
}
