import Foundation

extension ResidentStore {
    static let residentColumns = """
        id, hromada_id, display_name, language, settlement, verification_level, phone, verified_by, \
        verification_note, verified_at, created_at, last_seen_at
        """

    /// The resident with this id in this hromada, with channels and consents, or `nil`.
    static func loadResident(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws -> Resident? {
        try db.queryFirst(
            "SELECT \(residentColumns) FROM residents WHERE hromada_id = ? AND id = ?", hromadaID, id
        ).map { try decodeResident($0, in: db) }
    }

    /// Like ``loadResident(id:hromadaID:in:)``; throws ``ResidentError/notFound`` when there is none.
    static func requireResident(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws -> Resident {
        guard let resident = try loadResident(id: id, hromadaID: hromadaID, in: db) else {
            throw ResidentError.notFound
        }
        return resident
    }

    /// Throws ``ResidentError/notFound`` unless the resident exists in the hromada; loads nothing else.
    static func checkExists(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws {
        guard try db.queryFirst("SELECT 1 FROM residents WHERE hromada_id = ? AND id = ?", hromadaID, id) != nil
        else { throw ResidentError.notFound }
    }

    static func decodeResident(_ row: Row, in db: any DatabaseConnection) throws -> Resident {
        let id: Int64 = try row.get("id")
        let hromadaID: Int64 = try row.get("hromada_id")
        let levelValue: Int = try row.get("verification_level")
        guard let level = VerificationLevel(rawValue: levelValue) else {
            throw DecodingFailure(expected: "VerificationLevel", found: .integer(Int64(levelValue)))
        }
        return Resident(
            id: id, hromadaID: hromadaID, displayName: try row.get("display_name"),
            language: Language(rawValue: try row.get("language")) ?? .uk, settlement: try row.get("settlement"),
            verificationLevel: level, phone: try row.get("phone"),
            verifiedBy: try row.get("verified_by", as: String?.self).flatMap(ResidentVerifier.init),
            verificationNote: try row.get("verification_note"), verifiedAt: try row.get("verified_at"),
            createdAt: try row.get("created_at"), lastSeenAt: try row.get("last_seen_at"),
            channels: try channels(residentID: id, hromadaID: hromadaID, in: db),
            consents: try consentRecords(residentID: id, hromadaID: hromadaID, in: db))
    }

    static func channels(
        residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws
        -> [ResidentChannelLink]
    {
        try db.query(
            """
            SELECT channel, external_id, linked_at, status, status_changed_at FROM resident_channels
            WHERE hromada_id = ? AND resident_id = ?
            ORDER BY linked_at, channel, external_id
            """, hromadaID, residentID
        ).map { row in
            ResidentChannelLink(
                channel: try channel(row, "channel"), externalID: try row.get("external_id"),
                linkedAt: try row.get("linked_at"),
                status: ChannelStatus(rawValue: try row.get("status")) ?? .active,
                statusChangedAt: try row.get("status_changed_at"))
        }
    }

    static func channel(_ row: Row, _ column: String) throws -> ResidentChannel {
        let value: String = try row.get(column)
        guard let channel = ResidentChannel(rawValue: value) else {
            throw DecodingFailure(expected: "ResidentChannel", found: .text(""), column: column)
        }
        return channel
    }

    /// The channel's id for the person, checked: 1 to 128 characters.
    static func checkedExternalID(_ externalID: String) throws -> String {
        guard !externalID.isEmpty, externalID.count <= 128 else { throw ResidentError.invalidExternalID }
        return externalID
    }

    /// A display name trimmed of surrounding white space and cut to 128 characters; `nil` when nothing is left.
    static func cleanedName(_ name: String?) -> String? {
        guard let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return String(trimmed.prefix(128))
    }
}
