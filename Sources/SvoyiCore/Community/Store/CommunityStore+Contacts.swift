extension CommunityStore {
    /// Replaces the contacts of institution `code` of `hromadaID`; returns the contacts before, or `nil` when the
    /// hromada has no such institution (nothing is changed then).
    public static func updateContacts(
        _ contacts: Institution.Contacts, code: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Institution.Contacts? {
        guard let before = try institution(code: code, hromadaID: hromadaID, in: db)?.contacts else { return nil }
        try db.execute(
            "UPDATE institutions SET contacts = ? WHERE hromada_id = ? AND code = ?",
            [try .json(contacts), .integer(hromadaID), .text(code)])
        return before
    }

    public func updateContacts(
        _ contacts: Institution.Contacts, code: String, hromadaID: Int64
    ) async throws -> Institution.Contacts? {
        try await database.write { db in try Self.updateContacts(contacts, code: code, hromadaID: hromadaID, in: db) }
    }
}
