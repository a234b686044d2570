extension ResidentStore {
    /// Sets the resident's settlement to one of the hromada's settlements (by КАТОТТГ code), or clears it with
    /// `nil`. Throws ``ResidentError/unknownSettlement`` and ``ResidentError/notFound``.
    @discardableResult
    public static func setSettlement(
        _ katottg: String?, residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Resident {
        if let katottg {
            let known = try db.queryFirst(
                "SELECT 1 FROM settlements WHERE hromada_id = ? AND katottg = ?", hromadaID, katottg)
            guard known != nil else { throw ResidentError.unknownSettlement }
        }
        try db.execute(
            "UPDATE residents SET settlement = ? WHERE hromada_id = ? AND id = ?", katottg, hromadaID, residentID)
        guard db.changes == 1 else { throw ResidentError.notFound }
        return try requireResident(id: residentID, hromadaID: hromadaID, in: db)
    }

    /// Sets the language the resident reads. Throws ``ResidentError/notFound``.
    @discardableResult
    public static func setLanguage(
        _ language: Language, residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> Resident {
        try db.execute(
            "UPDATE residents SET language = ? WHERE hromada_id = ? AND id = ?", language.rawValue, hromadaID,
            residentID)
        guard db.changes == 1 else { throw ResidentError.notFound }
        return try requireResident(id: residentID, hromadaID: hromadaID, in: db)
    }
}

extension ResidentStore {
    /// Sets or clears the resident's settlement; see ``setSettlement(_:residentID:hromadaID:in:)``.
    @discardableResult
    public func setSettlement(_ katottg: String?, residentID: Int64, hromadaID: Int64) async throws -> Resident {
        try await database.write { db in
            try Self.setSettlement(katottg, residentID: residentID, hromadaID: hromadaID, in: db)
        }
    }

    /// Sets the language the resident reads; see ``setLanguage(_:residentID:hromadaID:in:)``.
    @discardableResult
    public func setLanguage(_ language: Language, residentID: Int64, hromadaID: Int64) async throws -> Resident {
        try await database.write { db in
            try Self.setLanguage(language, residentID: residentID, hromadaID: hromadaID, in: db)
        }
    }
}
