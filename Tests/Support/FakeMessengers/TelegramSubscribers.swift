public import Foundation
public import SvoyiCore

/// Residents who started a hromada's Telegram bot, written straight into a Svoyi database for broadcast tests and
/// benchmarks: two set-based statements, so a hundred thousand take a second or two.
///
/// Resident `i` (0-based) gets the Telegram chat `firstChatID + i`; hand the same ids to
/// ``FakeTelegramAPI/addChats(_:)``.
public enum TelegramSubscribers {
    /// Adds `count` residents to the hromada `slug`, each linked to one active Telegram chat, and returns the chat
    /// ids in order. The database must be migrated (the server has run on it once).
    @discardableResult
    public static func seed(
        count: Int, hromadaSlug slug: String, firstChatID: Int64, in database: any Database, now: Date = Date()
    ) async throws -> [Int64] {
        try await database.write { db in
            guard let hromadaID = try db.scalar("SELECT id FROM hromadas WHERE slug = ?", [.text(slug)], as: Int64.self)
            else { throw MissingHromada(slug: slug) }
            let before = try db.scalar("SELECT coalesce(max(id), 0) FROM residents", as: Int64.self) ?? 0
            try db.execute(
                """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO residents (hromada_id, language, verification_level, created_at, last_seen_at)
                SELECT ?, 'uk', 1, ?, ? FROM n ORDER BY i
                """, count, hromadaID, now, now)
            // The new ids follow each other: resident before + 1 + i has chat firstChatID + i.
            try db.execute(
                """
                INSERT INTO resident_channels (hromada_id, channel, external_id, resident_id, linked_at)
                SELECT hromada_id, 'telegram', CAST(? + id - ? - 1 AS TEXT), id, ? FROM residents
                WHERE id > ? AND hromada_id = ?
                """, firstChatID, before, now, before, hromadaID)
        }
        return (0..<Int64(count)).map { firstChatID + $0 }
    }

    /// No hromada has the slug given.
    public struct MissingHromada: Error, CustomStringConvertible {
        public let slug: String
        public var description: String { "no hromada «\(slug)»" }
    }
}
