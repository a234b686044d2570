public import Foundation
public import SvoyiCore

/// The Telegram updates a bot has accepted, by `update_id`: the de-duplication of repeated webhook deliveries and
/// overlapping polls, and the durable hand-over between accepting an update (the webhook's 200) and handling it.
///
/// An accepted update keeps its JSON until it has been handled; then only its id and time stay, for 24 hours
/// (Telegram keeps undelivered updates no longer), until the daily ``pruneJob`` removes them. A server that stops
/// between accepting and handling finds the update again with ``pending(limit:in:)`` on its next start, so nothing
/// acknowledged is lost, and nothing is handled twice.
public enum TelegramUpdateLog {
    /// The `chatbot_telegram_updates` table: migration 4 of module `chatbot`.
    public static let migration = Migration(
        module: "chatbot", version: 4, name: "telegram update log",
        sql: """
            CREATE TABLE chatbot_telegram_updates (
                bot_id TEXT NOT NULL REFERENCES chatbot_bots (id) ON DELETE CASCADE,
                update_id INTEGER NOT NULL,
                received_at TEXT NOT NULL,
                payload TEXT,
                PRIMARY KEY (bot_id, update_id)
            );
            CREATE INDEX chatbot_telegram_updates_received ON chatbot_telegram_updates (received_at);
            CREATE INDEX chatbot_telegram_updates_pending ON chatbot_telegram_updates (bot_id)
                WHERE payload IS NOT NULL;
            """)

    /// How long a handled update's id is remembered: 24 hours.
    public static let retention: TimeInterval = 86_400

    /// Records update `updateID` of `botID` with its JSON, unless it was seen before. Returns whether it is new.
    public static func accept(
        botID: String, updateID: Int64, payload: String, now: Date, in db: any DatabaseConnection
    ) throws -> Bool {
        try db.execute(
            """
            INSERT INTO chatbot_telegram_updates (bot_id, update_id, received_at, payload) VALUES (?, ?, ?, ?)
            ON CONFLICT (bot_id, update_id) DO NOTHING
            """, botID, updateID, now, payload)
        return db.changes > 0
    }

    /// Marks an update handled: its JSON (which may hold personal data) is dropped, its id kept.
    public static func markHandled(botID: String, updateID: Int64, in db: any DatabaseConnection) throws {
        try db.execute(
            "UPDATE chatbot_telegram_updates SET payload = NULL WHERE bot_id = ? AND update_id = ?", botID, updateID)
    }

    /// Accepted updates not yet handled, oldest first per bot.
    public static func pending(
        limit: Int, in db: any DatabaseConnection
    ) throws -> [(
        botID: String, updateID: Int64, payload: String
    )] {
        try db.query(
            """
            SELECT bot_id, update_id, payload FROM chatbot_telegram_updates WHERE payload IS NOT NULL
            ORDER BY bot_id, update_id LIMIT ?
            """, limit
        ).map { (try $0.get("bot_id"), try $0.get("update_id"), try $0.get("payload")) }
    }

    /// Forgets updates received before `cutoff`; returns how many.
    @discardableResult
    public static func prune(before cutoff: Date, in db: any DatabaseConnection) throws -> Int {
        try db.execute("DELETE FROM chatbot_telegram_updates WHERE received_at < ?", cutoff)
        return db.changes
    }

    /// The job kind that prunes the log.
    public static let pruneJobKind = "chatbot.prune-telegram-updates"

    /// The daily job that forgets updates older than ``retention``.
    public static let pruneJob = JobHandler.transactional(pruneJobKind) { job, db in
        try prune(before: job.runAt.addingTimeInterval(-retention), in: db)
    }

    /// Schedules the daily prune once (idempotent), starting now.
    public static func schedulePrune(at now: Date, in db: any DatabaseConnection) throws {
        try JobQueue.schedule(pruneJobKind, at: now, repeatEvery: 86_400, idempotencyKey: pruneJobKind, in: db)
    }
}
