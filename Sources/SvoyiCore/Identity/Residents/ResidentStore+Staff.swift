extension ResidentStore {
    /// The hromada's residents for the staff panel, most recently seen first.
    ///
    /// `search` matches display names (case-insensitively, anywhere in the name) or, when it has three or more
    /// digits, phone numbers containing those digits (`067 123` finds `+380671234567`). `level` keeps only
    /// residents at exactly that level.
    public static func list(
        hromadaID: Int64, search: String? = nil, level: VerificationLevel? = nil, limit: Int = 50, offset: Int = 0,
        in db: any DatabaseConnection
    ) throws -> [Resident] {
        let filter = self.filter(hromadaID: hromadaID, search: search, level: level)
        return try db.query(
            """
            SELECT \(residentColumns) FROM residents WHERE \(filter.sql)
            ORDER BY last_seen_at DESC, id DESC LIMIT ? OFFSET ?
            """, filter.arguments + [.integer(Int64(max(0, limit))), .integer(Int64(max(0, offset)))]
        ).map { try decodeResident($0, in: db) }
    }

    /// How many residents ``list(hromadaID:search:level:limit:offset:in:)`` would find without a limit.
    public static func count(
        hromadaID: Int64, search: String? = nil, level: VerificationLevel? = nil, in db: any DatabaseConnection
    ) throws -> Int {
        let filter = self.filter(hromadaID: hromadaID, search: search, level: level)
        return try db.scalar("SELECT COUNT(*) FROM residents WHERE \(filter.sql)", filter.arguments, as: Int.self) ?? 0
    }

    /// The resident with this id in this hromada, with channels and consents, or `nil`.
    public static func resident(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws -> Resident? {
        try loadResident(id: id, hromadaID: hromadaID, in: db)
    }

    private static func filter(
        hromadaID: Int64, search: String?, level: VerificationLevel?
    ) -> (sql: String, arguments: [SQLValue]) {
        var sql = "hromada_id = ?"
        var arguments: [SQLValue] = [.integer(hromadaID)]
        if let level {
            sql += " AND verification_level = ?"
            arguments.append(.integer(Int64(level.rawValue)))
        }
        let text = search?.trimmingASCIIWhitespace().lowercased() ?? ""
        if !text.isEmpty {
            let digits = text.filter(\.isASCII).filter(\.isNumber)
            sql += " AND (search_name LIKE ? ESCAPE '\\'"
            arguments.append(.text("%" + likeEscaped(text) + "%"))
            if digits.count >= 3 {
                sql += " OR phone LIKE ?"
                arguments.append(.text("%" + digits + "%"))
            }
            sql += ")"
        }
        return (sql, arguments)
    }

    private static func likeEscaped(_ text: String) -> String {
        var output = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { output.append("\\") }
            output.append(character)
        }
        return output
    }
}

extension ResidentStore {
    /// The hromada's residents for the staff panel; see ``list(hromadaID:search:level:limit:offset:in:)``.
    public func list(
        hromadaID: Int64, search: String? = nil, level: VerificationLevel? = nil, limit: Int = 50, offset: Int = 0
    ) async throws -> [Resident] {
        try await database.read { db in
            try Self.list(hromadaID: hromadaID, search: search, level: level, limit: limit, offset: offset, in: db)
        }
    }

    /// How many residents match; see ``count(hromadaID:search:level:in:)``.
    public func count(hromadaID: Int64, search: String? = nil, level: VerificationLevel? = nil) async throws -> Int {
        try await database.read { db in try Self.count(hromadaID: hromadaID, search: search, level: level, in: db) }
    }

    /// The resident with this id in this hromada, or `nil`.
    public func resident(id: Int64, hromadaID: Int64) async throws -> Resident? {
        try await database.read { db in try Self.resident(id: id, hromadaID: hromadaID, in: db) }
    }
}
