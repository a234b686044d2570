extension CommunityStore {
    /// Creates or updates (by `code`) a life situation of the hromada.
    public static func saveLifeSituation(
        _ situation: LifeSituation, position: Int, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            upsertSQL(
                "life_situations", key: ["hromada_id", "code"],
                columns: ["hromada_id", "code", "name_uk", "name_en", "position"]),
            [
                .integer(hromadaID), .text(situation.code), .text(situation.name.uk), situation.name.en.sqlValue,
                position.sqlValue,
            ])
    }

    /// The hromada's life situations, in their stored order.
    public static func lifeSituations(hromadaID: Int64, in db: any DatabaseConnection) throws -> [LifeSituation] {
        try db.query("SELECT * FROM life_situations WHERE hromada_id = ? ORDER BY position, id", hromadaID).map {
            LifeSituation(code: try $0.get("code"), name: try $0.localized("name"))
        }
    }
}

extension CommunityStore {
    /// The hromada's life situations, in their stored order.
    public func lifeSituations(hromadaID: Int64) async throws -> [LifeSituation] {
        try await database.read { db in try Self.lifeSituations(hromadaID: hromadaID, in: db) }
    }
}
