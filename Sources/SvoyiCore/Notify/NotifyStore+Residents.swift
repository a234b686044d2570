public import Foundation

extension NotifyStore {
    /// One notification in a resident's data export: what was sent to them, on which channel, and what became of it.
    public struct ExportedDelivery: Sendable, Hashable, Encodable {
        public var messageID: Int64
        public var topic: String
        public var text: String
        public var channel: String
        public var state: String
        public var sentAt: Date?
    }

    /// A topic a resident chose to receive or not.
    public struct ExportedTopicChoice: Sendable, Hashable, Encodable {
        public var topic: String
        public var subscribed: Bool
        public var changedAt: Date
    }

    /// A resident's share of the outbox, for their data export.
    public struct ExportedNotifications: Sendable, Hashable, Encodable {
        /// The topics they chose to receive or not (a topic never touched follows the default: subscribed).
        public var topicChoices: [ExportedTopicChoice]
        /// The notifications addressed to them, oldest first.
        public var deliveries: [ExportedDelivery]
    }

    /// The outbox's share of a resident's data (section `notify.outbox`): their topic choices and the notifications
    /// sent to them. The rows refer to the resident with `ON DELETE CASCADE` and go with them; the erase hook also
    /// deletes the messages addressed to this resident alone (a petition's outcome to its author), whose text is
    /// about them.
    public static let residentData = ResidentDataProvider(
        section: "notify.outbox", title: LocalizedText(uk: "Сповіщення", en: "Notifications"),
        export: { subject, db in
            let deliveries = try db.query(
                """
                SELECT d.message_id, m.topic, m.text_uk, m.text_en, d.language, d.channel, d.state, d.sent_at
                FROM notify_deliveries d JOIN notify_messages m ON m.hromada_id = d.hromada_id AND m.id = d.message_id
                WHERE d.hromada_id = ? AND d.resident_id = ?
                ORDER BY d.message_id
                """, subject.hromadaID, subject.residentID
            ).map { row in
                let english: String? = try row.get("text_en")
                let language: String = try row.get("language")
                let ukrainian: String = try row.get("text_uk")
                return ExportedDelivery(
                    messageID: try row.get("message_id"), topic: try row.get("topic"),
                    text: language == Language.en.rawValue ? english ?? ukrainian : ukrainian,
                    channel: try row.get("channel"), state: try row.get("state"), sentAt: try row.get("sent_at"))
            }
            return ExportedNotifications(
                topicChoices: try db.query(
                    """
                    SELECT topic, subscribed, changed_at FROM notify_topic_choices
                    WHERE hromada_id = ? AND resident_id = ? ORDER BY topic
                    """, subject.hromadaID, subject.residentID
                ).map { row in
                    ExportedTopicChoice(
                        topic: try row.get("topic"), subscribed: try row.get("subscribed") as Int64 != 0,
                        changedAt: try row.get("changed_at"))
                },
                deliveries: deliveries)
        },
        erase: { subject, db in
            try db.execute(
                "DELETE FROM notify_messages WHERE hromada_id = ? AND audience = 'resident' AND resident_id = ?",
                subject.hromadaID, subject.residentID)
        })
}
