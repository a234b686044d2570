extension CommunityStore {
    static let districtColumns = ["hromada_id", "code", "name_uk", "name_en", "starosta", "position"]
    static let settlementColumns = [
        "hromada_id", "katottg", "name_uk", "name_en", "kind", "district", "population", "latitude", "longitude",
        "position",
    ]

    /// Creates or updates (by `code`) a starosta district of the hromada.
    public static func saveDistrict(
        _ district: StarostaDistrict, position: Int, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            upsertSQL("starosta_districts", key: ["hromada_id", "code"], columns: districtColumns),
            [
                .integer(hromadaID), .text(district.code), .text(district.name.uk), district.name.en.sqlValue,
                district.starosta.sqlValue, position.sqlValue,
            ])
    }

    /// Creates or updates (by КАТОТТГ code) a settlement of the hromada; its district must exist.
    public static func saveSettlement(
        _ settlement: Settlement, position: Int, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            upsertSQL("settlements", key: ["hromada_id", "katottg"], columns: settlementColumns),
            [
                .integer(hromadaID), .text(settlement.katottg), .text(settlement.name.uk), settlement.name.en.sqlValue,
                .text(settlement.kind.rawValue), settlement.district.sqlValue, settlement.population.sqlValue,
                settlement.coordinates?.latitude.sqlValue ?? .null, settlement.coordinates?.longitude.sqlValue ?? .null,
                position.sqlValue,
            ])
    }

    /// The hromada's starosta districts, in their stored order.
    public static func districts(hromadaID: Int64, in db: any DatabaseConnection) throws -> [StarostaDistrict] {
        try db.query("SELECT * FROM starosta_districts WHERE hromada_id = ? ORDER BY position, id", hromadaID).map {
            StarostaDistrict(
                id: try $0.get("id"), code: try $0.get("code"), name: try $0.localized("name"),
                starosta: try $0.get("starosta"))
        }
    }

    /// The hromada's settlements, in their stored order; only those of one district when `district` is given.
    public static func settlements(
        hromadaID: Int64, district: String? = nil, in db: any DatabaseConnection
    ) throws -> [Settlement] {
        let rows =
            if let district {
                try db.query(
                    "SELECT * FROM settlements WHERE hromada_id = ? AND district = ? ORDER BY position, id",
                    hromadaID, district)
            } else {
                try db.query("SELECT * FROM settlements WHERE hromada_id = ? ORDER BY position, id", hromadaID)
            }
        return try rows.map(decodeSettlement)
    }

    /// The settlement with this КАТОТТГ code in the hromada, or `nil`.
    public static func settlement(
        katottg: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Settlement? {
        try db.queryFirst("SELECT * FROM settlements WHERE hromada_id = ? AND katottg = ?", hromadaID, katottg)
            .map(decodeSettlement)
    }

    private static func decodeSettlement(_ row: Row) throws -> Settlement {
        let kind = try row.get("kind", as: String.self)
        guard let kind = Settlement.Kind(rawValue: kind) else {
            throw DecodingFailure(expected: "Settlement.Kind", found: .text(""), column: "kind")
        }
        return Settlement(
            id: try row.get("id"), katottg: try row.get("katottg"), name: try row.localized("name"), kind: kind,
            district: try row.get("district"), population: try row.get("population"),
            coordinates: try row.coordinates())
    }
}

extension CommunityStore {
    /// The hromada's starosta districts, in their stored order.
    public func districts(hromadaID: Int64) async throws -> [StarostaDistrict] {
        try await database.read { db in try Self.districts(hromadaID: hromadaID, in: db) }
    }

    /// The hromada's settlements, in their stored order; only those of one district when `district` is given.
    public func settlements(hromadaID: Int64, district: String? = nil) async throws -> [Settlement] {
        try await database.read { db in try Self.settlements(hromadaID: hromadaID, district: district, in: db) }
    }
}
