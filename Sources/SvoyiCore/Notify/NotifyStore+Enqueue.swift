public import Foundation

extension NotifyStore {
    /// How far back a scheduled time may lie (a form filled in slowly, clocks a little apart).
    static let scheduleTolerance: TimeInterval = 60
    /// How far ahead a message may be scheduled.
    static let scheduleHorizon: TimeInterval = 366 * 86_400

    /// Validates `draft`, stores it as a ``NotifyMessageState/scheduled`` message and schedules the job that expands
    /// it at its time, in the caller's transaction.
    ///
    /// With an idempotency key the hromada already used, nothing is stored and the message that has the key is
    /// returned with ``NotifyEnqueueResult/isNew`` `false`. Throws ``NotifyError`` when the draft is not valid:
    /// an empty or over-long text, a link that is not http(s), coordinates out of range, an unknown topic,
    /// settlement, district or resident, a time more than a minute past.
    public static func enqueue(
        _ draft: NotifyDraft, now: Date, in db: any DatabaseConnection
    ) throws -> NotifyEnqueueResult {
        if let key = draft.idempotencyKey {
            guard !key.isEmpty, key.count <= 200 else { throw NotifyError.invalidIdempotencyKey }
            if let id = try db.scalar(
                "SELECT id FROM notify_messages WHERE hromada_id = ? AND idempotency_key = ?",
                [.integer(draft.hromadaID), .text(key)], as: Int64.self),
                let existing = try message(id: id, hromadaID: draft.hromadaID, in: db)
            {
                return NotifyEnqueueResult(message: existing, isNew: false)
            }
        }
        let valid = try validated(draft, now: now, in: db)
        let scheduledAt = valid.scheduledAt ?? now
        var residentID: Int64?
        if case .resident(let id) = valid.audience { residentID = id }
        try db.execute(
            """
            INSERT INTO notify_messages (hromada_id, topic, text_uk, text_en, link_url, link_title_uk, link_title_en,
                latitude, longitude, place_uk, place_en, priority, audience, resident_id, scheduled_at, state,
                created_by, created_at, idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?)
            """,
            [
                .integer(valid.hromadaID), .text(valid.topic), .text(valid.text.uk), valid.text.en.sqlValue,
                valid.link?.url.sqlValue ?? .null, valid.link?.title.uk.sqlValue ?? .null,
                valid.link?.title.en.sqlValue ?? .null, valid.location?.latitude.sqlValue ?? .null,
                valid.location?.longitude.sqlValue ?? .null, valid.location?.name.uk.sqlValue ?? .null,
                valid.location?.name.en.sqlValue ?? .null, .text(valid.priority.rawValue),
                .text(valid.audience.kind), residentID.sqlValue, scheduledAt.sqlValue,
                .text(valid.createdBy.description), now.sqlValue, valid.idempotencyKey.sqlValue,
            ])
        let id = db.lastInsertRowID
        for code in valid.audience.codes {
            try db.execute(
                "INSERT INTO notify_message_places (hromada_id, message_id, code) VALUES (?, ?, ?)",
                valid.hromadaID, id, code)
        }
        try NotifyExpansion.schedule(messageID: id, hromadaID: valid.hromadaID, at: scheduledAt, in: db)
        guard let stored = try message(id: id, hromadaID: valid.hromadaID, in: db) else {
            throw NotifyError.messageNotFound
        }
        return NotifyEnqueueResult(message: stored, isNew: true)
    }

    /// The draft with its texts trimmed and its codes de-duplicated, or the first reason it cannot be sent.
    static func validated(_ draft: NotifyDraft, now: Date, in db: any DatabaseConnection) throws -> NotifyDraft {
        var draft = draft
        guard try db.queryFirst("SELECT 1 FROM hromadas WHERE id = ?", draft.hromadaID) != nil else {
            throw NotifyError.hromadaNotFound
        }
        guard NotifyTopic.standard(key: draft.topic) != nil else { throw NotifyError.unknownTopic(draft.topic) }
        draft.text = try validatedText(draft.text)
        if let link = draft.link { draft.link = try validated(link) }
        if let location = draft.location { draft.location = try validated(location) }
        draft.audience = try validated(draft.audience, hromadaID: draft.hromadaID, in: db)
        if let scheduledAt = draft.scheduledAt {
            if scheduledAt < now.addingTimeInterval(-scheduleTolerance) { throw NotifyError.scheduledInPast }
            if scheduledAt > now.addingTimeInterval(scheduleHorizon) { throw NotifyError.scheduledTooFar }
        }
        switch draft.createdBy {
        case .staff(let id):
            guard id > 0 else { throw NotifyError.invalidAuthor }
        case .module(let name):
            guard name.wholeMatch(of: /[a-z0-9._-]{1,40}/) != nil else { throw NotifyError.invalidAuthor }
        case .operator(let name):
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 80 else { throw NotifyError.invalidAuthor }
            draft.createdBy = .operator(trimmed)
        }
        return draft
    }

    static func validatedText(_ text: LocalizedText) throws -> LocalizedText {
        let uk = text.uk.trimmingCharacters(in: .whitespacesAndNewlines)
        let en = text.en?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !uk.isEmpty else { throw NotifyError.emptyText }
        for candidate in [uk, en ?? ""] where candidate.utf16.count > maximumTextLength {
            throw NotifyError.textTooLong(length: candidate.utf16.count)
        }
        return LocalizedText(uk: uk, en: en?.isEmpty == false ? en : nil)
    }

    static func validated(_ link: NotifyLink) throws -> NotifyLink {
        let url = link.url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard url.count <= 2_000, !url.contains(where: \.isWhitespace),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { throw NotifyError.invalidLink }
        let title = try validatedLabel(link.title, maximum: 100, error: .invalidLink)
        return NotifyLink(url: url, title: title)
    }

    static func validated(_ location: NotifyLocation) throws -> NotifyLocation {
        guard location.latitude.isFinite, location.longitude.isFinite, (-90...90).contains(location.latitude),
            (-180...180).contains(location.longitude)
        else { throw NotifyError.invalidLocation }
        let name = try validatedLabel(location.name, maximum: 200, error: .invalidLocation)
        return NotifyLocation(latitude: location.latitude, longitude: location.longitude, name: name)
    }

    private static func validatedLabel(_ label: LocalizedText, maximum: Int, error: NotifyError) throws -> LocalizedText
    {
        let uk = label.uk.trimmingCharacters(in: .whitespacesAndNewlines)
        let en = label.en?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !uk.isEmpty, uk.count <= maximum, (en ?? "").count <= maximum else { throw error }
        return LocalizedText(uk: uk, en: en?.isEmpty == false ? en : nil)
    }

    /// The audience with its codes trimmed and de-duplicated (in the order given), each checked against the
    /// hromada's settlements or districts.
    static func validated(
        _ audience: NotifyAudience, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> NotifyAudience {
        func cleaned(_ codes: [String]) throws -> [String] {
            var seen: Set<String> = []
            let result = codes.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
            guard !result.isEmpty else { throw NotifyError.emptyAudience }
            return result
        }
        func unknown(_ codes: [String], table: String, column: String) throws -> [String] {
            try codes.filter { code in
                try db.queryFirst("SELECT 1 FROM \(table) WHERE hromada_id = ? AND \(column) = ?", hromadaID, code)
                    == nil
            }
        }
        switch audience {
        case .everyone:
            return .everyone
        case .settlements(let codes):
            let codes = try cleaned(codes)
            let missing = try unknown(codes, table: "settlements", column: "katottg")
            guard missing.isEmpty else { throw NotifyError.unknownSettlements(missing) }
            return .settlements(codes)
        case .districts(let codes):
            let codes = try cleaned(codes)
            let missing = try unknown(codes, table: "starosta_districts", column: "code")
            guard missing.isEmpty else { throw NotifyError.unknownDistricts(missing) }
            return .districts(codes)
        case .resident(let id):
            guard try db.queryFirst("SELECT 1 FROM residents WHERE hromada_id = ? AND id = ?", hromadaID, id) != nil
            else { throw NotifyError.residentNotFound }
            return .resident(id)
        }
    }
}
