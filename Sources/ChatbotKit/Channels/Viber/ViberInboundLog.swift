public import Foundation
public import SvoyiCore

/// The `message_token`s of the messages a Viber bot has taken, so a repeated delivery (Viber retries for up to an
/// hour when an answer is late or lost) is answered 200 and not handled twice. Kept for two days.
///
/// A message is claimed before it is handled and released when handling fails, so Viber's retry gets another
/// chance; a crash in between loses the message rather than answering it twice.
public enum ViberInboundLog {
    /// The `chatbot_viber_inbound` table: migration 5 of module `chatbot`.
    public static let migration = Migration(
        module: "chatbot", version: 5, name: "viber inbound message tokens",
        sql: """
            CREATE TABLE chatbot_viber_inbound (
                hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
                bot_id TEXT NOT NULL,
                message_token TEXT NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (bot_id, message_token)
            );
            CREATE INDEX chatbot_viber_inbound_received ON chatbot_viber_inbound (received_at);
            """)

    /// How long a token is remembered: well past Viber's hour of retries.
    public static let retention: TimeInterval = 2 * 86_400

    /// Records `token` for `bot`; `false` when it was already there (a repeated delivery).
    public static func claim(
        _ token: ViberNumber, bot: ViberBot, now: Date, in db: any DatabaseConnection
    ) throws
        -> Bool
    {
        try db.execute(
            """
            INSERT INTO chatbot_viber_inbound (hromada_id, bot_id, message_token, received_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (bot_id, message_token) DO NOTHING
            """, bot.hromadaID, bot.id, token.digits, now)
        return db.changes == 1
    }

    /// Forgets `token`, so a retry of the message is handled.
    public static func release(_ token: ViberNumber, bot: ViberBot, in db: any DatabaseConnection) throws {
        try db.execute(
            "DELETE FROM chatbot_viber_inbound WHERE bot_id = ? AND message_token = ?", bot.id, token.digits)
    }

    /// Forgets tokens received before `cutoff`; returns how many.
    @discardableResult
    public static func deleteOld(before cutoff: Date, in db: any DatabaseConnection) throws -> Int {
        try db.execute("DELETE FROM chatbot_viber_inbound WHERE received_at < ?", cutoff)
        return db.changes
    }

    /// The job kind that forgets old tokens.
    public static let purgeJobKind = "chatbot.purge-viber-inbound"

    /// The daily job that forgets tokens older than ``retention``.
    public static let purgeJob = JobHandler.transactional(purgeJobKind) { job, db in
        try deleteOld(before: job.runAt.addingTimeInterval(-retention), in: db)
    }

    /// Schedules the daily purge once (idempotent), starting now.
    public static func schedulePurge(at now: Date, in db: any DatabaseConnection) throws {
        try JobQueue.schedule(purgeJobKind, at: now, repeatEvery: 86_400, idempotencyKey: purgeJobKind, in: db)
    }
}
