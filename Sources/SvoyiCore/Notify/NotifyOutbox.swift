import Foundation

/// A delivery handed to a worker for sending: marked `sending` in the claim's transaction.
struct ClaimedDelivery: Sendable, Hashable {
    let id: Int64
    let messageID: Int64
    let residentID: Int64
    let externalID: String
    let language: Language
    /// Attempts including this one.
    let attempts: Int
}

/// The outbox's delivery states, as the dispatcher moves them: claim, record an outcome, finish messages, recover
/// after a crash. Each function runs inside the caller's write transaction.
enum NotifyOutbox {
    /// Claims up to `limit` due deliveries of one bot's queue (emergency first, then oldest) and marks them `sending`.
    ///
    /// A person written to less than `interval` ago (`recentlySent` holds when each of them becomes free again), or
    /// already picked in this claim, is not claimed: the delivery is put off until the person is free, so the queue
    /// behind it moves on.
    static func claim(
        hromadaID: Int64, channel: ResidentChannel, limit: Int, now: Date, recentlySent: [String: Date],
        interval: TimeInterval, in db: any DatabaseConnection
    ) throws -> [ClaimedDelivery] {
        guard limit > 0 else { return [] }
        let rows = try db.query(
            """
            SELECT id, message_id, resident_id, external_id, language, attempts FROM notify_deliveries
            WHERE hromada_id = ? AND channel = ? AND state = 'queued' AND next_attempt_at <= ?
            ORDER BY priority, id LIMIT ?
            """,
            [.integer(hromadaID), .text(channel.rawValue), now.sqlValue, .integer(Int64(limit * 2 + 16))])
        var picked: [ClaimedDelivery] = []
        var pickedRecipients: Set<String> = []
        var putOff: [(Int64, Date)] = []
        for row in rows {
            guard picked.count < limit else { break }
            let id: Int64 = try row.get("id")
            let recipient: String = try row.get("external_id")
            if let free = recentlySent[recipient], free > now {
                putOff.append((id, free))
            } else if pickedRecipients.contains(recipient) {
                putOff.append((id, now.addingTimeInterval(interval)))
            } else {
                pickedRecipients.insert(recipient)
                picked.append(
                    ClaimedDelivery(
                        id: id, messageID: try row.get("message_id"), residentID: try row.get("resident_id"),
                        externalID: recipient, language: Language(rawValue: try row.get("language")) ?? .uk,
                        attempts: try row.get("attempts", as: Int.self) + 1))
            }
        }
        for (id, free) in putOff {
            try db.execute("UPDATE notify_deliveries SET next_attempt_at = ? WHERE id = ?", free, id)
        }
        if !picked.isEmpty {
            try db.execute(
                """
                UPDATE notify_deliveries SET state = 'sending', attempts = attempts + 1
                WHERE id IN (\(picked.map { _ in "?" }.joined(separator: ", "))) AND state = 'queued'
                """, picked.map { .integer($0.id) })
        }
        return picked
    }

    /// What the messages of these ids say.
    static func contents(messageIDs: Set<Int64>, in db: any DatabaseConnection) throws -> [Int64: NotifyContent] {
        guard !messageIDs.isEmpty else { return [:] }
        var contents: [Int64: NotifyContent] = [:]
        let ids = messageIDs.sorted()
        try db.forEachRow(
            """
            SELECT id, text_uk, text_en, link_url, link_title_uk, link_title_en, latitude, longitude, place_uk,
                place_en
            FROM notify_messages WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
            """, ids.map { .integer($0) }
        ) { row in
            var content = NotifyContent(text: LocalizedText(uk: try row.get("text_uk"), en: try row.get("text_en")))
            if let url = try row.get("link_url", as: String?.self) {
                content.link = NotifyLink(
                    url: url, title: LocalizedText(uk: try row.get("link_title_uk"), en: try row.get("link_title_en")))
            }
            if let latitude = try row.get("latitude", as: Double?.self) {
                content.location = NotifyLocation(
                    latitude: latitude, longitude: try row.get("longitude"),
                    name: LocalizedText(uk: try row.get("place_uk"), en: try row.get("place_en")))
            }
            contents[try row.get("id")] = content
        }
        return contents
    }

    /// Records what became of claimed deliveries, and finishes the messages with nothing left to send.
    ///
    /// `unreachable` also marks the channel in the subscriber ledger and blocks the person's other queued deliveries
    /// on that channel; `retryAfter` queues again without counting the attempt; `transient` queues again after
    /// `policy`'s backoff until its attempts are spent; `uncertain` is never queued again here.
    static func record(
        _ results: [(ClaimedDelivery, DeliveryOutcome)], hromadaID: Int64, channel: ResidentChannel, now: Date,
        policy: NotifyRetryPolicy, jitter: () -> Double, in db: any DatabaseConnection
    ) throws {
        for (delivery, outcome) in results {
            switch outcome {
            case .sent(let providerMessageID):
                try db.execute(
                    """
                    UPDATE notify_deliveries SET state = 'sent', provider_message_id = ?, sent_at = ?, last_error = NULL
                    WHERE id = ? AND state = 'sending'
                    """, providerMessageID, now, delivery.id)
            case .unreachable(let status, let detail):
                let error = errorText(detail)
                try db.execute(
                    "UPDATE notify_deliveries SET state = 'blocked', last_error = ? WHERE id = ? AND state = 'sending'",
                    error, delivery.id)
                try ResidentStore.setChannelStatus(
                    status.isActive ? .blocked : status, channel: channel, externalID: delivery.externalID,
                    hromadaID: hromadaID, now: now, in: db)
                try db.execute(
                    """
                    UPDATE notify_deliveries SET state = 'blocked', last_error = ?
                    WHERE hromada_id = ? AND resident_id = ? AND channel = ? AND external_id = ? AND state = 'queued'
                    """, error, hromadaID, delivery.residentID, channel.rawValue, delivery.externalID)
            case .retryAfter(let delay, let detail):
                try db.execute(
                    """
                    UPDATE notify_deliveries SET state = 'queued', next_attempt_at = ?, last_error = ?,
                        attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END
                    WHERE id = ? AND state = 'sending'
                    """, now.addingTimeInterval(max(0, delay.timeInterval)), errorText(detail), delivery.id)
            case .transient(let detail):
                if delivery.attempts >= policy.maximumAttempts {
                    try db.execute(
                        "UPDATE notify_deliveries SET state = 'failed', last_error = ? WHERE id = ? AND state = 'sending'",
                        errorText("\(detail) (after \(delivery.attempts) attempts)"), delivery.id)
                } else {
                    let wait = policy.delay(afterAttempt: delivery.attempts, jitter: jitter())
                    try db.execute(
                        """
                        UPDATE notify_deliveries SET state = 'queued', next_attempt_at = ?, last_error = ?
                        WHERE id = ? AND state = 'sending'
                        """, now.addingTimeInterval(wait), errorText(detail), delivery.id)
                }
            case .uncertain(let detail):
                try db.execute(
                    "UPDATE notify_deliveries SET state = 'uncertain', last_error = ? WHERE id = ? AND state = 'sending'",
                    errorText(detail), delivery.id)
            case .failed(let detail):
                try db.execute(
                    "UPDATE notify_deliveries SET state = 'failed', last_error = ? WHERE id = ? AND state = 'sending'",
                    errorText(detail), delivery.id)
            }
        }
        try completeIfDone(messageIDs: Set(results.map(\.0.messageID)), now: now, in: db)
    }

    /// Marks each of these messages done when its expansion has finished and nothing of it is queued or sending.
    static func completeIfDone(messageIDs: Set<Int64>, now: Date, in db: any DatabaseConnection) throws {
        for id in messageIDs.sorted() {
            try db.execute(
                """
                UPDATE notify_messages SET state = 'done', finished_at = ?
                WHERE id = ? AND state = 'sending'
                  AND NOT EXISTS (SELECT 1 FROM notify_deliveries
                                  WHERE message_id = ? AND state IN ('queued', 'sending'))
                """, now, id, id)
        }
    }

    /// Deliveries left `sending` by a process that stopped before recording their outcome may have reached the
    /// person: they become `uncertain` and are never sent again by themselves. Returns how many.
    @discardableResult
    static func recoverInterrupted(now: Date, in db: any DatabaseConnection) throws -> Int {
        let messages = try db.query("SELECT DISTINCT message_id FROM notify_deliveries WHERE state = 'sending'")
            .map { try $0.get("message_id", as: Int64.self) }
        guard !messages.isEmpty else { return 0 }
        try db.execute(
            """
            UPDATE notify_deliveries SET state = 'uncertain',
                last_error = 'the server stopped while sending; not sent again unless staff resend it'
            WHERE state = 'sending'
            """)
        let count = db.changes
        try completeIfDone(messageIDs: Set(messages), now: now, in: db)
        return count
    }

    /// When the earliest queued delivery of one bot's queue is due, or `nil` when none is queued.
    static func nextDue(hromadaID: Int64, channel: ResidentChannel, in db: any DatabaseConnection) throws -> Date? {
        try db.scalar(
            "SELECT min(next_attempt_at) FROM notify_deliveries WHERE hromada_id = ? AND channel = ? AND state = 'queued'",
            [.integer(hromadaID), .text(channel.rawValue)], as: Date?.self) ?? nil
    }

    private static func errorText(_ detail: String) -> String {
        String(detail.prefix(500))
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
