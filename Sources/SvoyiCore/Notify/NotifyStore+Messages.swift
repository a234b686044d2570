public import Foundation

extension NotifyStore {
    static let messageColumns = """
        id, hromada_id, topic, text_uk, text_en, link_url, link_title_uk, link_title_en, latitude, longitude,
        place_uk, place_en, priority, audience, resident_id, scheduled_at, state, created_by, created_at,
        idempotency_key, finished_at
        """

    /// The message with its delivery counts, or `nil` when the hromada has no such message.
    public static func message(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws -> NotifyMessage? {
        guard
            let row = try db.queryFirst(
                "SELECT \(messageColumns) FROM notify_messages WHERE hromada_id = ? AND id = ?", hromadaID, id)
        else { return nil }
        return try decodeMessage(row, in: db)
    }

    /// The hromada's messages, newest first; see ``messages(hromadaID:states:before:limit:)``.
    public static func messages(
        hromadaID: Int64, states: Set<NotifyMessageState>? = nil, before: Int64? = nil, limit: Int = 50,
        in db: any DatabaseConnection
    ) throws -> [NotifyMessage] {
        var sql = "SELECT \(messageColumns) FROM notify_messages WHERE hromada_id = ?"
        var arguments: [SQLValue] = [.integer(hromadaID)]
        if let states {
            guard !states.isEmpty else { return [] }
            let sorted = states.map(\.rawValue).sorted()
            sql += " AND state IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))"
            arguments += sorted.map { .text($0) }
        }
        if let before {
            sql += " AND id < ?"
            arguments.append(.integer(before))
        }
        sql += " ORDER BY id DESC LIMIT ?"
        arguments.append(.integer(Int64(max(0, min(limit, 500)))))
        return try db.query(sql, arguments).map { try decodeMessage($0, in: db) }
    }

    /// How many deliveries of the message are in each state, and how many the messenger reported delivered and
    /// seen.
    public static func stats(messageID: Int64, in db: any DatabaseConnection) throws -> NotifyDeliveryStats {
        var counts: [NotifyDeliveryState: Int] = [:]
        var delivered = 0
        var seen = 0
        try db.forEachRow(
            """
            SELECT state, COUNT(*) AS n, COUNT(delivered_at) AS delivered, COUNT(seen_at) AS seen
            FROM notify_deliveries WHERE message_id = ? GROUP BY state
            """,
            [.integer(messageID)]
        ) { row in
            if let state = NotifyDeliveryState(rawValue: try row.get("state")) { counts[state] = try row.get("n") }
            delivered += try row.get("delivered", as: Int.self)
            seen += try row.get("seen", as: Int.self)
        }
        return NotifyDeliveryStats(counts: counts, delivered: delivered, seen: seen)
    }

    /// Records a receipt; see ``recordReceipt(_:hromadaID:providerMessageID:externalID:at:)``.
    public static func recordReceipt(
        _ kind: NotifyReceiptKind, hromadaID: Int64, providerMessageID: String, externalID: String, at: Date,
        in db: any DatabaseConnection
    ) throws -> Bool {
        try db.execute(receiptSQL(kind), at, hromadaID, providerMessageID, externalID)
        return db.changes > 0
    }

    /// The statement that records a receipt: `?1` the time, `?2` the hromada, `?3` the token, `?4` the person.
    /// `channel = 'viber'` is written out so that SQLite uses the partial index of Viber's tokens.
    static func receiptSQL(_ kind: NotifyReceiptKind) -> String {
        let set =
            switch kind {
            case .delivered: "delivered_at = COALESCE(delivered_at, ?1)"
            case .seen: "delivered_at = COALESCE(delivered_at, ?1), seen_at = COALESCE(seen_at, ?1)"
            }
        return """
            UPDATE notify_deliveries SET \(set)
            WHERE hromada_id = ?2 AND channel = 'viber' AND provider_message_id IS NOT NULL
                AND provider_message_id = ?3 AND external_id = ?4
            """
    }

    private static func decodeMessage(_ row: Row, in db: any DatabaseConnection) throws -> NotifyMessage {
        let id: Int64 = try row.get("id")
        let topicKey: String = try row.get("topic")
        var link: NotifyLink?
        if let url = try row.get("link_url", as: String?.self) {
            link = NotifyLink(
                url: url,
                title: LocalizedText(uk: try row.get("link_title_uk"), en: try row.get("link_title_en")))
        }
        var location: NotifyLocation?
        if let latitude = try row.get("latitude", as: Double?.self) {
            location = NotifyLocation(
                latitude: latitude, longitude: try row.get("longitude"),
                name: LocalizedText(uk: try row.get("place_uk"), en: try row.get("place_en")))
        }
        let audience: NotifyAudience
        switch try row.get("audience", as: String.self) {
        case "settlements", "districts":
            let codes = try db.query(
                "SELECT code FROM notify_message_places WHERE message_id = ? ORDER BY code", id
            ).map { try $0.get("code", as: String.self) }
            audience =
                try row.get("audience", as: String.self) == "settlements" ? .settlements(codes) : .districts(codes)
        case "resident":
            audience = .resident(try row.get("resident_id"))
        default:
            audience = .everyone
        }
        let author: String = try row.get("created_by")
        return NotifyMessage(
            id: id, hromadaID: try row.get("hromada_id"),
            topic: NotifyTopic.standard(key: topicKey)
                ?? NotifyTopic(key: topicKey, label: LocalizedText(uk: topicKey)),
            text: LocalizedText(uk: try row.get("text_uk"), en: try row.get("text_en")), link: link,
            location: location, priority: NotifyPriority(rawValue: try row.get("priority")) ?? .normal,
            audience: audience, scheduledAt: try row.get("scheduled_at"),
            state: NotifyMessageState(rawValue: try row.get("state")) ?? .done,
            createdBy: NotifyAuthor(author) ?? .operator(author), createdAt: try row.get("created_at"),
            idempotencyKey: try row.get("idempotency_key"), finishedAt: try row.get("finished_at"),
            stats: try stats(messageID: id, in: db))
    }

    /// Cancels the message; see ``cancel(messageID:hromadaID:)``.
    @discardableResult
    public static func cancel(
        messageID: Int64, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> NotifyMessage {
        guard let message = try message(id: messageID, hromadaID: hromadaID, in: db) else {
            throw NotifyError.messageNotFound
        }
        guard message.state.isCancellable else { throw NotifyError.notCancellable(message.state) }
        try db.execute(
            "UPDATE notify_messages SET state = 'cancelled', finished_at = ? WHERE hromada_id = ? AND id = ?", now,
            hromadaID, messageID)
        try db.execute(
            """
            UPDATE notify_deliveries SET state = 'cancelled', last_error = NULL
            WHERE message_id = ? AND state = 'queued'
            """, messageID)
        guard let cancelled = try self.message(id: messageID, hromadaID: hromadaID, in: db) else {
            throw NotifyError.messageNotFound
        }
        return cancelled
    }

    /// Queues the message's uncertain deliveries again; see ``resendUncertain(messageID:hromadaID:)``. A message
    /// that was done is sending again; a cancelled one stays cancelled and nothing is queued.
    @discardableResult
    public static func resendUncertain(
        messageID: Int64, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> Int {
        guard
            let state = try db.scalar(
                "SELECT state FROM notify_messages WHERE hromada_id = ? AND id = ?",
                [.integer(hromadaID), .integer(messageID)], as: String.self)
        else { throw NotifyError.messageNotFound }
        guard state != NotifyMessageState.cancelled.rawValue else { return 0 }
        try db.execute(
            """
            UPDATE notify_deliveries SET state = 'queued', next_attempt_at = ?, last_error = NULL
            WHERE message_id = ? AND state = 'uncertain'
            """, now, messageID)
        let count = db.changes
        if count > 0 {
            try db.execute(
                """
                UPDATE notify_messages SET state = 'sending', finished_at = NULL
                WHERE hromada_id = ? AND id = ? AND state = 'done'
                """, hromadaID, messageID)
        }
        return count
    }
}
