public import Foundation

extension ResidentStore {
    /// The resident this channel id belongs to in the hromada, or `nil`.
    public static func resident(
        channel: ResidentChannel, externalID: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Resident? {
        guard let id = try residentID(channel: channel, externalID: externalID, hromadaID: hromadaID, in: db) else {
            return nil
        }
        return try loadResident(id: id, hromadaID: hromadaID, in: db)
    }

    /// The resident for a channel id on contact: the one it belongs to, or a new resident at
    /// ``VerificationLevel/messenger`` with this one link when it is the first contact.
    ///
    /// Sets ``Resident/lastSeenAt`` to `now`, and the display name to `displayName` when one is given (people
    /// rename themselves in messengers). `language` is used only for a new resident: a resident's choice is kept.
    ///
    /// Throws ``ResidentError/invalidExternalID`` for an empty or over-long id and
    /// ``ResidentError/hromadaNotFound`` when there is no such hromada.
    public static func findOrCreate(
        channel: ResidentChannel, externalID: String, displayName: String?, language: Language, hromadaID: Int64,
        now: Date, in db: any DatabaseConnection
    ) throws -> Resident {
        let externalID = try checkedExternalID(externalID)
        let name = cleanedName(displayName)
        return try db.savepoint {
            if let id = try residentID(channel: channel, externalID: externalID, hromadaID: hromadaID, in: db) {
                try db.execute(
                    """
                    UPDATE residents SET last_seen_at = ?, display_name = COALESCE(?, display_name),
                        search_name = COALESCE(?, search_name)
                    WHERE hromada_id = ? AND id = ?
                    """, now, name, name?.lowercased(), hromadaID, id)
                try setChannelStatus(
                    .active, channel: channel, externalID: externalID, hromadaID: hromadaID, now: now, in: db)
                return try requireResident(id: id, hromadaID: hromadaID, in: db)
            }
            guard try db.queryFirst("SELECT 1 FROM hromadas WHERE id = ?", hromadaID) != nil else {
                throw ResidentError.hromadaNotFound
            }
            try db.execute(
                """
                INSERT INTO residents (hromada_id, display_name, search_name, language, verification_level,
                    created_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, hromadaID, name, name?.lowercased(), language.rawValue, VerificationLevel.messenger.rawValue,
                now, now)
            let id = db.lastInsertRowID
            try link(channel: channel, externalID: externalID, to: id, hromadaID: hromadaID, now: now, in: db)
            return try requireResident(id: id, hromadaID: hromadaID, in: db)
        }
    }

    /// Moves the last-seen time of the resident this channel id belongs to forward to `now` (never back), to within
    /// a minute: a time less than a minute old is left as it is, so a burst of messages writes it once. Nothing when
    /// the id belongs to no one. For channels that do not call
    /// ``findOrCreate(channel:externalID:displayName:language:hromadaID:now:in:)`` on every message (the web chat),
    /// so that an active resident is never taken for an abandoned one.
    public static func markSeen(
        channel: ResidentChannel, externalID: String, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            """
            UPDATE residents SET last_seen_at = ?
            WHERE hromada_id = ? AND last_seen_at < ? AND id = (
                SELECT resident_id FROM resident_channels WHERE hromada_id = ? AND channel = ? AND external_id = ?)
            """, now, hromadaID, now.addingTimeInterval(-60), hromadaID, channel.rawValue, externalID)
    }

    static func residentID(
        channel: ResidentChannel, externalID: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Int64? {
        try db.scalar(
            "SELECT resident_id FROM resident_channels WHERE hromada_id = ? AND channel = ? AND external_id = ?",
            [.integer(hromadaID), .text(channel.rawValue), .text(externalID)], as: Int64.self)
    }

    static func link(
        channel: ResidentChannel, externalID: String, to residentID: Int64, hromadaID: Int64, now: Date,
        in db: any DatabaseConnection
    ) throws {
        try db.execute(
            """
            INSERT INTO resident_channels (hromada_id, channel, external_id, resident_id, linked_at)
            VALUES (?, ?, ?, ?, ?)
            """, hromadaID, channel.rawValue, externalID, residentID, now)
    }
}

extension ResidentStore {
    /// The resident this channel id belongs to in the hromada, or `nil`.
    public func resident(channel: ResidentChannel, externalID: String, hromadaID: Int64) async throws -> Resident? {
        try await database.read { db in
            try Self.resident(channel: channel, externalID: externalID, hromadaID: hromadaID, in: db)
        }
    }

    /// The resident for a channel id on contact, created on first contact;
    /// see ``findOrCreate(channel:externalID:displayName:language:hromadaID:now:in:)``.
    public func findOrCreate(
        channel: ResidentChannel, externalID: String, displayName: String?, language: Language, hromadaID: Int64
    ) async throws -> Resident {
        let now = clock.now
        return try await database.write { db in
            try Self.findOrCreate(
                channel: channel, externalID: externalID, displayName: displayName, language: language,
                hromadaID: hromadaID, now: now, in: db)
        }
    }
}
