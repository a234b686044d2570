public import Foundation
public import SvoyiCore

/// Where conversations are kept between messages: one row per hromada and resident key, the state as JSON.
///
/// The resident key names the resident on a channel: `telegram:123`, `viber:…`, `web:<session>`, or `resident:42`
/// for a signed-in resident. Like ``CommunityStore``, each async method is one transaction and has a synchronous
/// twin taking `in db:`.
public struct ConversationStore: Sendable {
    /// The `chatbot_conversations` table: migration 2 of module `chatbot` (1 is the dialogues' table).
    public static let migration = Migration(
        module: "chatbot", version: 2, name: "conversations",
        sql: """
            CREATE TABLE chatbot_conversations (
                hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
                resident_key TEXT NOT NULL,
                state TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (hromada_id, resident_key)
            );
            CREATE INDEX chatbot_conversations_updated ON chatbot_conversations (updated_at);
            """)

    /// Where the rows live.
    public let database: any Database

    /// A store over `database`, migrated with ``migration``.
    public init(database: any Database) {
        self.database = database
    }

    /// The stored state, or `nil` when there is none or it cannot be read any more (a format from an older
    /// release): the conversation then starts afresh.
    public static func state(
        key: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> ConversationState? {
        let json = try db.scalar(
            "SELECT state FROM chatbot_conversations WHERE hromada_id = ? AND resident_key = ?",
            [.integer(hromadaID), .text(key)], as: String.self)
        return json.flatMap { try? ConversationState.decode($0) }
    }

    /// Stores (inserts or replaces) the state.
    public static func save(
        _ state: ConversationState, key: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            """
            INSERT INTO chatbot_conversations (hromada_id, resident_key, state, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (hromada_id, resident_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """, hromadaID, key, try state.encoded(), state.updatedAt)
    }

    /// Forgets a conversation (the resident asked, or a channel unsubscribed).
    public static func delete(key: String, hromadaID: Int64, in db: any DatabaseConnection) throws {
        try db.execute("DELETE FROM chatbot_conversations WHERE hromada_id = ? AND resident_key = ?", hromadaID, key)
    }

    /// Forgets conversations idle since before `cutoff`; returns how many.
    @discardableResult
    public static func deleteIdle(before cutoff: Date, in db: any DatabaseConnection) throws -> Int {
        try db.execute("DELETE FROM chatbot_conversations WHERE updated_at < ?", cutoff)
        return db.changes
    }
}

extension ConversationStore {
    /// The stored state of `key`, or `nil`.
    public func state(key: String, hromadaID: Int64) async throws -> ConversationState? {
        try await database.read { db in try Self.state(key: key, hromadaID: hromadaID, in: db) }
    }

    /// Stores the state of `key`.
    public func save(_ state: ConversationState, key: String, hromadaID: Int64) async throws {
        try await database.write { db in try Self.save(state, key: key, hromadaID: hromadaID, in: db) }
    }

    /// Forgets the conversation of `key`.
    public func delete(key: String, hromadaID: Int64) async throws {
        try await database.write { db in try Self.delete(key: key, hromadaID: hromadaID, in: db) }
    }
}
