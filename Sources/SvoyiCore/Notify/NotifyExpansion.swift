public import Foundation

/// Writes a message's deliveries, one per resident in its audience, in batches of residents: the durable job
/// `notify.expand`, scheduled at the message's time by ``NotifyStore/enqueue(_:now:in:)``.
///
/// Each batch is one statement (`INSERT … SELECT` over a range of resident ids) committed together with the job's
/// step and the message's cursor, and it skips residents who already have a delivery of the message: a step
/// interrupted by a crash is rolled back and run again, and running a step twice writes nothing twice. The first
/// batch moves the message from `scheduled` to `expanding`; after the last it is `sending` (or `done` when nobody
/// was left to send to). The dispatcher starts sending the first batch while the next ones are written.
public enum NotifyExpansion {
    /// The job kind.
    public static let jobKind = "notify.expand"
    /// Residents per batch: large enough that a hundred thousand take a few seconds, small enough that a batch
    /// holds the writer for a fraction of a second.
    public static let defaultBatchSize = 5_000

    /// What one step did.
    public enum Step: Sendable, Equatable {
        /// A batch was written; more residents follow after `cursor` (a resident id).
        case more(cursor: Int64)
        /// The last batch is written: the message is sending (or done).
        case finished
        /// The message is cancelled, already expanded, or gone: nothing was written.
        case stopped
    }

    struct Payload: Codable {
        var message: Int64
    }

    /// The job handler ``CoreModule`` registers. `clock` gives the time a message with nobody to send to is done.
    public static func jobHandler(
        batchSize: Int = defaultBatchSize, clock: any WallClock = SystemClock()
    ) -> JobHandler {
        var handler = JobHandler.transactional(jobKind) { job, db in
            let payload = try job.decodePayload(Payload.self)
            let step = try expandBatch(messageID: payload.message, limit: batchSize, now: clock.now, in: db)
            if case .more(let cursor) = step {
                // The next step is due at once: the runner picks it up as soon as this one commits.
                try schedule(
                    messageID: payload.message, hromadaID: job.hromadaID, at: job.runAt, cursor: cursor, in: db)
            }
        }
        // After the batch commits (not before, when the new deliveries would not be visible yet), wake the workers.
        handler.afterCommit = { _ in NotifyBell.shared.ring() }
        return handler
    }

    /// Schedules the step that writes the batch after `cursor`; the key makes scheduling it twice harmless.
    static func schedule(
        messageID: Int64, hromadaID: Int64?, at date: Date, cursor: Int64 = 0, in db: any DatabaseConnection
    ) throws {
        try JobQueue.schedule(
            jobKind, payload: Payload(message: messageID), at: date, maxAttempts: 10,
            idempotencyKey: "\(jobKind):\(messageID):\(cursor)", hromadaID: hromadaID, in: db)
    }

    /// Writes the deliveries of the next batch of at most `limit` residents (by id) after the message's cursor.
    @discardableResult
    public static func expandBatch(
        messageID: Int64, limit: Int, now: Date, in db: any DatabaseConnection
    ) throws -> Step {
        guard
            let message = try db.queryFirst(
                """
                SELECT hromada_id, topic, priority, audience, resident_id, scheduled_at, state, expansion_cursor
                FROM notify_messages WHERE id = ?
                """, messageID)
        else { return .stopped }
        let state: String = try message.get("state")
        guard state == NotifyMessageState.scheduled.rawValue || state == NotifyMessageState.expanding.rawValue else {
            return .stopped
        }
        if state == NotifyMessageState.scheduled.rawValue {
            try db.execute("UPDATE notify_messages SET state = 'expanding' WHERE id = ?", messageID)
        }
        let hromadaID: Int64 = try message.get("hromada_id")
        let kind: String = try message.get("audience")
        let residentID: Int64? = try message.get("resident_id")
        let filter = AudienceFilter(messageID: messageID, kind: kind, residentID: residentID, hromadaID: hromadaID)
        let reach = NotifyStore.reachable(hromadaID: hromadaID, topic: try message.get("topic"), filter: filter)
        let priority = NotifyPriority(rawValue: try message.get("priority")) ?? .normal
        let insert = """
            INSERT INTO notify_deliveries (hromada_id, message_id, resident_id, channel, external_id, language,
                priority, state, attempts, next_attempt_at)
            SELECT r.hromada_id, ?, r.id, c.channel, c.external_id, r.language, ?, 'queued', 0, ?
            \(reach.sql)
              AND NOT EXISTS (SELECT 1 FROM notify_deliveries d WHERE d.message_id = ? AND d.resident_id = r.id)
            """
        let head: [SQLValue] = [.integer(messageID), .integer(Int64(priority.rank)), message["scheduled_at"] ?? .null]
        if kind == "resident" {
            try db.execute(insert, head + reach.arguments + [.integer(messageID)])
            try finish(messageID: messageID, now: now, in: db)
            return .finished
        }
        let cursor: Int64 = try message.get("expansion_cursor")
        let upper =
            try db.scalar(
                """
                SELECT max(id) FROM (SELECT id FROM residents WHERE hromada_id = ? AND id > ? ORDER BY id LIMIT ?)
                    AS batch
                """, [.integer(hromadaID), .integer(cursor), .integer(Int64(max(1, limit)))], as: Int64?.self) ?? nil
        guard let upper else {
            try finish(messageID: messageID, now: now, in: db)
            return .finished
        }
        try db.execute(
            insert + " AND r.id > ? AND r.id <= ?",
            head + reach.arguments + [.integer(messageID), .integer(cursor), .integer(upper)])
        try db.execute("UPDATE notify_messages SET expansion_cursor = ? WHERE id = ?", upper, messageID)
        return .more(cursor: upper)
    }

    private static func finish(messageID: Int64, now: Date, in db: any DatabaseConnection) throws {
        try db.execute("UPDATE notify_messages SET state = 'sending' WHERE id = ?", messageID)
        try NotifyOutbox.completeIfDone(messageIDs: [messageID], now: now, in: db)
    }
}
