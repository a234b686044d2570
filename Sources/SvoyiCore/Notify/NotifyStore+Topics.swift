public import Foundation

extension NotifyStore {
    /// The resident's choice for every standard topic, in ``NotifyTopic/standard`` order (subscribed unless they
    /// turned it off). Throws ``NotifyError/residentNotFound``.
    public static func topicChoices(
        residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> [NotifyTopicChoice] {
        try requireResident(residentID, hromadaID: hromadaID, in: db)
        var stored: [String: (Bool, Date)] = [:]
        try db.forEachRow(
            "SELECT topic, subscribed, changed_at FROM notify_topic_choices WHERE hromada_id = ? AND resident_id = ?",
            [.integer(hromadaID), .integer(residentID)]
        ) { row in
            stored[try row.get("topic")] = (try row.get("subscribed"), try row.get("changed_at"))
        }
        return NotifyTopic.standard.map { topic in
            let choice = stored[topic.key]
            return NotifyTopicChoice(topic: topic, isSubscribed: choice?.0 ?? true, changedAt: choice?.1)
        }
    }

    /// Records the resident's choice for a topic, with its time. Throws ``NotifyError/unknownTopic(_:)`` and
    /// ``NotifyError/residentNotFound``.
    public static func setTopic(
        _ topic: String, subscribed: Bool, residentID: Int64, hromadaID: Int64, now: Date,
        in db: any DatabaseConnection
    ) throws {
        guard NotifyTopic.standard(key: topic) != nil else { throw NotifyError.unknownTopic(topic) }
        try requireResident(residentID, hromadaID: hromadaID, in: db)
        try db.execute(
            """
            INSERT INTO notify_topic_choices (hromada_id, resident_id, topic, subscribed, changed_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (hromada_id, resident_id, topic)
            DO UPDATE SET subscribed = excluded.subscribed, changed_at = excluded.changed_at
            """, hromadaID, residentID, topic, subscribed, now)
    }

    private static func requireResident(_ id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws {
        guard try db.queryFirst("SELECT 1 FROM residents WHERE hromada_id = ? AND id = ?", hromadaID, id) != nil else {
            throw NotifyError.residentNotFound
        }
    }
}
