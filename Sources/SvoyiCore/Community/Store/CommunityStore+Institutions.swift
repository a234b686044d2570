extension CommunityStore {
    static let institutionColumns = [
        "hromada_id", "code", "kind", "name_uk", "name_en", "parent", "settlement", "address_uk", "address_en",
        "latitude", "longitude", "contacts", "accessibility", "opening_hours", "shelter", "description_uk",
        "description_en", "position",
    ]

    /// Creates or updates (by `code`) an institution of the hromada. Its settlement must exist; its parent must
    /// exist by the end of the transaction (the check is deferred, so units may be saved before their parent).
    public static func saveInstitution(
        _ institution: Institution, position: Int, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            upsertSQL("institutions", key: ["hromada_id", "code"], columns: institutionColumns),
            [
                .integer(hromadaID), .text(institution.code), .text(institution.kind.rawValue),
                .text(institution.name.uk), institution.name.en.sqlValue, institution.parent.sqlValue,
                institution.settlement.sqlValue, .text(institution.address.uk), institution.address.en.sqlValue,
                institution.coordinates?.latitude.sqlValue ?? .null,
                institution.coordinates?.longitude.sqlValue ?? .null, try .json(institution.contacts),
                try .json(institution.accessibility), try .json(institution.openingHours),
                try institution.shelter.jsonOrNull, institution.description?.uk.sqlValue ?? .null,
                institution.description?.en.sqlValue ?? .null, position.sqlValue,
            ])
    }

    /// The hromada's institutions in their stored order; only those of one kind when `kind` is given.
    public static func institutions(
        hromadaID: Int64, kind: Institution.Kind? = nil, in db: any DatabaseConnection
    ) throws -> [Institution] {
        let rows =
            if let kind {
                try db.query(
                    "SELECT * FROM institutions WHERE hromada_id = ? AND kind = ? ORDER BY position, id",
                    hromadaID, kind.rawValue)
            } else {
                try db.query("SELECT * FROM institutions WHERE hromada_id = ? ORDER BY position, id", hromadaID)
            }
        return try rows.map(decodeInstitution)
    }

    /// The institution with this code in the hromada, or `nil`.
    public static func institution(
        code: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Institution? {
        try db.queryFirst("SELECT * FROM institutions WHERE hromada_id = ? AND code = ?", hromadaID, code)
            .map(decodeInstitution)
    }

    static func decodeInstitution(_ row: Row) throws -> Institution {
        let kind = try row.get("kind", as: String.self)
        guard let kind = Institution.Kind(rawValue: kind) else {
            throw DecodingFailure(expected: "Institution.Kind", found: .text(""), column: "kind")
        }
        return Institution(
            id: try row.get("id"), code: try row.get("code"), kind: kind, name: try row.localized("name"),
            parent: try row.get("parent"), settlement: try row.get("settlement"),
            address: try row.localized("address"), coordinates: try row.coordinates(),
            contacts: try row.memoizedJSON("contacts"), accessibility: try row.memoizedJSON("accessibility"),
            openingHours: try row.memoizedJSON("opening_hours"), shelter: try row.optionalMemoizedJSON("shelter"),
            description: try row.optionalLocalized("description"))
    }
}

extension CommunityStore {
    /// The hromada's institutions in their stored order; only those of one kind when `kind` is given.
    public func institutions(hromadaID: Int64, kind: Institution.Kind? = nil) async throws -> [Institution] {
        try await database.read { db in try Self.institutions(hromadaID: hromadaID, kind: kind, in: db) }
    }

    /// The institution with this code in the hromada, or `nil`.
    public func institution(code: String, hromadaID: Int64) async throws -> Institution? {
        try await database.read { db in try Self.institution(code: code, hromadaID: hromadaID, in: db) }
    }
}
