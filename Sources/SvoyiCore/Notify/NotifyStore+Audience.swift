import Foundation

extension NotifyStore {
    /// How many residents a message would reach now, by channel; see
    /// ``audiencePreview(topic:audience:hromadaID:)``.
    public static func audiencePreview(
        topic: String, audience: NotifyAudience, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> NotifyAudiencePreview {
        guard NotifyTopic.standard(key: topic) != nil else { throw NotifyError.unknownTopic(topic) }
        let audience = try validated(audience, hromadaID: hromadaID, in: db)
        let filter = AudienceFilter(audience, hromadaID: hromadaID)
        let reach = reachable(hromadaID: hromadaID, topic: topic, filter: filter)
        var byChannel: [ResidentChannel: Int] = [:]
        try db.forEachRow("SELECT c.channel AS channel, COUNT(*) AS n \(reach.sql) GROUP BY c.channel", reach.arguments)
        {
            row in
            if let channel = ResidentChannel(rawValue: try row.get("channel")) { byChannel[channel] = try row.get("n") }
        }
        return NotifyAudiencePreview(byChannel: byChannel)
    }

    /// The `FROM … WHERE …` of the residents a message reaches, `r` being the resident and `c` the one channel they
    /// get it on: an active Telegram or Viber link (the most recently linked when they have several), in the
    /// audience, and not unsubscribed from the topic. Set-based, so a hundred thousand residents take one statement.
    static func reachable(
        hromadaID: Int64, topic: String, filter: AudienceFilter
    ) -> (sql: String, arguments: [SQLValue]) {
        let messengers = "('telegram', 'viber')"
        let sql = """
            FROM residents r
            JOIN resident_channels c ON c.hromada_id = r.hromada_id AND c.resident_id = r.id
            WHERE r.hromada_id = ? \(filter.sql)
              AND c.channel IN \(messengers) AND c.status = 'active'
              AND NOT EXISTS (
                SELECT 1 FROM resident_channels o
                WHERE o.hromada_id = c.hromada_id AND o.resident_id = c.resident_id
                  AND o.channel IN \(messengers) AND o.status = 'active'
                  AND (o.linked_at > c.linked_at OR (o.linked_at = c.linked_at AND (o.channel > c.channel
                       OR (o.channel = c.channel AND o.external_id > c.external_id)))))
              AND NOT EXISTS (
                SELECT 1 FROM notify_topic_choices t
                WHERE t.hromada_id = r.hromada_id AND t.resident_id = r.id AND t.topic = ? AND t.subscribed = 0)
            """
        return (sql, [.integer(hromadaID)] + filter.arguments + [.text(topic)])
    }
}

/// The audience part of ``NotifyStore/reachable(hromadaID:topic:filter:)``: a condition on `r`, either from codes
/// given (a preview) or from a stored message's places (the expansion).
struct AudienceFilter {
    var sql: String
    var arguments: [SQLValue]

    init(sql: String, arguments: [SQLValue]) {
        self.sql = sql
        self.arguments = arguments
    }

    /// From an audience as given.
    init(_ audience: NotifyAudience, hromadaID: Int64) {
        switch audience {
        case .everyone:
            self.init(sql: "", arguments: [])
        case .settlements(let codes):
            self.init(
                sql: "AND r.settlement IN (\(Self.placeholders(codes.count)))", arguments: codes.map { .text($0) })
        case .districts(let codes):
            self.init(
                sql: """
                    AND r.settlement IN (SELECT s.katottg FROM settlements s
                                         WHERE s.hromada_id = ? AND s.district IN (\(Self.placeholders(codes.count))))
                    """,
                arguments: [.integer(hromadaID)] + codes.map { .text($0) })
        case .resident(let id):
            self.init(sql: "AND r.id = ?", arguments: [.integer(id)])
        }
    }

    /// From a stored message: its kind, its places and its resident.
    init(messageID: Int64, kind: String, residentID: Int64?, hromadaID: Int64) {
        switch kind {
        case "settlements":
            self.init(
                sql: "AND r.settlement IN (SELECT p.code FROM notify_message_places p WHERE p.message_id = ?)",
                arguments: [.integer(messageID)])
        case "districts":
            self.init(
                sql: """
                    AND r.settlement IN (SELECT s.katottg FROM settlements s
                                         JOIN notify_message_places p ON p.code = s.district
                                         WHERE s.hromada_id = ? AND p.message_id = ?)
                    """,
                arguments: [.integer(hromadaID), .integer(messageID)])
        case "resident":
            self.init(sql: "AND r.id = ?", arguments: [residentID.sqlValue])
        default:
            self.init(sql: "", arguments: [])
        }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
