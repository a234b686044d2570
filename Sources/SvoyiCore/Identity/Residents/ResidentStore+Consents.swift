public import Foundation

extension ResidentStore {
    /// Records that the resident consents to `purpose` in the wording `textVersion`, given through `channel`.
    ///
    /// When the same version already stands, that record is returned unchanged. When another version stands,
    /// it is closed now (``ResidentConsent/withdrawnAt``) and a new record made, as after a withdrawal: the
    /// history of what was agreed to is kept. Throws ``ResidentError/invalidConsent`` unless `purpose` is
    /// `[a-z0-9-]{1,63}` and `textVersion` is 1 to 63 characters, and ``ResidentError/notFound``.
    @discardableResult
    public static func grantConsent(
        purpose: String, textVersion: String, channel: ResidentChannel, residentID: Int64, hromadaID: Int64,
        now: Date, in db: any DatabaseConnection
    ) throws -> ResidentConsent {
        let validPurpose = purpose.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
        guard validPurpose, (1...63).contains(purpose.utf8.count), (1...63).contains(textVersion.count) else {
            throw ResidentError.invalidConsent
        }
        let history = try consents(residentID: residentID, hromadaID: hromadaID, in: db)
        if let standing = history.last(where: { $0.purpose == purpose && $0.isActive }) {
            if standing.textVersion == textVersion { return standing }
        }
        return try db.savepoint {
            _ = try withdraw(purpose: purpose, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
            try db.execute(
                """
                INSERT INTO resident_consents (hromada_id, resident_id, purpose, text_version, channel, granted_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, hromadaID, residentID, purpose, textVersion, channel.rawValue, now)
            return ResidentConsent(
                id: db.lastInsertRowID, purpose: purpose, textVersion: textVersion, channel: channel, grantedAt: now)
        }
    }

    /// Withdraws the resident's standing consent to `purpose`. Returns `false` when none stood.
    /// Throws ``ResidentError/notFound``.
    @discardableResult
    public static func withdrawConsent(
        purpose: String, residentID: Int64, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> Bool {
        try checkExists(id: residentID, hromadaID: hromadaID, in: db)
        return try withdraw(purpose: purpose, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
    }

    /// The resident's consent records, oldest first, withdrawn ones included. Throws ``ResidentError/notFound``.
    public static func consents(
        residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> [ResidentConsent] {
        try checkExists(id: residentID, hromadaID: hromadaID, in: db)
        return try consentRecords(residentID: residentID, hromadaID: hromadaID, in: db)
    }

    static func consentRecords(
        residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> [ResidentConsent] {
        try db.query(
            """
            SELECT id, purpose, text_version, channel, granted_at, withdrawn_at FROM resident_consents
            WHERE hromada_id = ? AND resident_id = ? ORDER BY granted_at, id
            """, hromadaID, residentID
        ).map { row in
            ResidentConsent(
                id: try row.get("id"), purpose: try row.get("purpose"), textVersion: try row.get("text_version"),
                channel: try channel(row, "channel"), grantedAt: try row.get("granted_at"),
                withdrawnAt: try row.get("withdrawn_at"))
        }
    }

    private static func withdraw(
        purpose: String, residentID: Int64, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE resident_consents SET withdrawn_at = ?
            WHERE hromada_id = ? AND resident_id = ? AND purpose = ? AND withdrawn_at IS NULL
            """, now, hromadaID, residentID, purpose)
        return db.changes > 0
    }
}

extension ResidentStore {
    /// Records a consent; see ``grantConsent(purpose:textVersion:channel:residentID:hromadaID:now:in:)``.
    @discardableResult
    public func grantConsent(
        purpose: String, textVersion: String, channel: ResidentChannel, residentID: Int64, hromadaID: Int64
    ) async throws -> ResidentConsent {
        let now = clock.now
        return try await database.write { db in
            try Self.grantConsent(
                purpose: purpose, textVersion: textVersion, channel: channel, residentID: residentID,
                hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// Withdraws a standing consent; see ``withdrawConsent(purpose:residentID:hromadaID:now:in:)``.
    @discardableResult
    public func withdrawConsent(purpose: String, residentID: Int64, hromadaID: Int64) async throws -> Bool {
        let now = clock.now
        return try await database.write { db in
            try Self.withdrawConsent(purpose: purpose, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// The resident's consent records, oldest first; see ``consents(residentID:hromadaID:in:)``.
    public func consents(residentID: Int64, hromadaID: Int64) async throws -> [ResidentConsent] {
        try await database.read { db in try Self.consents(residentID: residentID, hromadaID: hromadaID, in: db) }
    }
}
