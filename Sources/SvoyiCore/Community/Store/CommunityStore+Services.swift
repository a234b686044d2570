extension CommunityStore {
    static let serviceColumns = [
        "hromada_id", "code", "registry_id", "name_uk", "name_en", "description_uk", "description_en", "cost_kind",
        "cost_kopecks", "cost_multiple", "cost_note", "cost_legal_basis", "term_amount", "term_unit", "term_note",
        "legal_basis", "documents", "eligibility", "e_service_url", "last_reviewed", "position",
    ]

    /// Creates or updates (by `code`) a service of the hromada and replaces its places and life situations,
    /// which must exist in the hromada.
    public static func saveService(
        _ service: Service, position: Int, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        var kopecks = SQLValue.null
        var multiple = SQLValue.null
        var note = SQLValue.null
        switch service.cost {
        case .free: break
        case .fixed(let amount): kopecks = .integer(amount)
        case .subsistenceMinimum(let value): multiple = .text(value)
        case .varies(let text): note = try .json(text)
        }
        try db.execute(
            upsertSQL("services", key: ["hromada_id", "code"], columns: serviceColumns),
            [
                .integer(hromadaID), .text(service.code), service.registryID.sqlValue, .text(service.name.uk),
                service.name.en.sqlValue, .text(service.description.uk), service.description.en.sqlValue,
                .text(service.cost.kind), kopecks, multiple, note, service.costLegalBasis.sqlValue,
                service.term.amount.sqlValue, .text(service.term.unit.rawValue), try service.term.note.jsonOrNull,
                service.legalBasis.sqlValue, try .json(service.documents), try service.eligibility.jsonOrNull,
                service.eServiceURL.sqlValue, service.lastReviewed?.description.sqlValue ?? .null, position.sqlValue,
            ])
        try db.execute("DELETE FROM service_places WHERE hromada_id = ? AND service = ?", hromadaID, service.code)
        for (index, institution) in service.providedAt.enumerated() {
            try db.execute(
                "INSERT INTO service_places (hromada_id, service, institution, position) VALUES (?, ?, ?, ?)",
                hromadaID, service.code, institution, index)
        }
        try db.execute(
            "DELETE FROM service_life_situations WHERE hromada_id = ? AND service = ?", hromadaID, service.code)
        for (index, situation) in service.lifeSituations.enumerated() {
            try db.execute(
                """
                INSERT INTO service_life_situations (hromada_id, service, life_situation, position)
                VALUES (?, ?, ?, ?)
                """,
                hromadaID, service.code, situation, index)
        }
    }

    /// The hromada's service catalogue in its stored order; only the services of one life situation when
    /// `lifeSituation` is given.
    public static func services(
        hromadaID: Int64, lifeSituation: String? = nil, in db: any DatabaseConnection
    ) throws -> [Service] {
        let rows =
            if let lifeSituation {
                try db.query(
                    """
                    SELECT s.* FROM services s
                    JOIN service_life_situations l ON l.hromada_id = s.hromada_id AND l.service = s.code
                    WHERE s.hromada_id = ? AND l.life_situation = ? ORDER BY s.position, s.id
                    """, hromadaID, lifeSituation)
            } else {
                try db.query("SELECT * FROM services WHERE hromada_id = ? ORDER BY position, id", hromadaID)
            }
        let places = try links("service_places", column: "institution", hromadaID: hromadaID, in: db)
        let situations = try links("service_life_situations", column: "life_situation", hromadaID: hromadaID, in: db)
        return try rows.map { row in
            var service = try decodeService(row)
            service.providedAt = places[service.code] ?? []
            service.lifeSituations = situations[service.code] ?? []
            return service
        }
    }

    /// The service with this code in the hromada, or `nil`.
    public static func service(code: String, hromadaID: Int64, in db: any DatabaseConnection) throws -> Service? {
        guard let row = try db.queryFirst("SELECT * FROM services WHERE hromada_id = ? AND code = ?", hromadaID, code)
        else { return nil }
        var service = try decodeService(row)
        service.providedAt = try db.query(
            "SELECT institution FROM service_places WHERE hromada_id = ? AND service = ? ORDER BY position",
            hromadaID, code
        ).map { try $0.get(0) }
        service.lifeSituations = try db.query(
            "SELECT life_situation FROM service_life_situations WHERE hromada_id = ? AND service = ? ORDER BY position",
            hromadaID, code
        ).map { try $0.get(0) }
        return service
    }

    private static func links(
        _ table: String, column: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        try db.forEachRow(
            "SELECT service, \(column) FROM \(table) WHERE hromada_id = ? ORDER BY service, position",
            [.integer(hromadaID)]
        ) { row in
            result[try row.get(0), default: []].append(try row.get(1))
        }
        return result
    }

    private static func decodeService(_ row: Row) throws -> Service {
        let cost: ServiceCost
        switch try row.get("cost_kind", as: String.self) {
        case "fixed": cost = .fixed(kopecks: try row.get("cost_kopecks"))
        case "subsistenceMinimum": cost = .subsistenceMinimum(multiple: try row.get("cost_multiple"))
        case "varies": cost = .varies(try row.memoizedJSON("cost_note"))
        default: cost = .free
        }
        guard let unit = ServiceTerm.Unit(rawValue: try row.get("term_unit")) else {
            throw DecodingFailure(expected: "ServiceTerm.Unit", found: .text(""), column: "term_unit")
        }
        return Service(
            id: try row.get("id"), code: try row.get("code"), registryID: try row.get("registry_id"),
            name: try row.localized("name"), description: try row.localized("description"), cost: cost,
            costLegalBasis: try row.get("cost_legal_basis"),
            term: ServiceTerm(
                amount: try row.get("term_amount"), unit: unit, note: try row.optionalMemoizedJSON("term_note")),
            legalBasis: try row.get("legal_basis"), documents: try row.memoizedJSON("documents"),
            eligibility: try row.optionalMemoizedJSON("eligibility"), eServiceURL: try row.get("e_service_url"),
            lastReviewed: try row.get("last_reviewed", as: String?.self).flatMap(CivilDate.init))
    }
}

extension ServiceCost {
    /// The `cost_kind` of the table and of the catalogue CSV: `free`, `fixed`,
    /// `subsistenceMinimum`, `varies`.
    public var kind: String {
        switch self {
        case .free: "free"
        case .fixed: "fixed"
        case .subsistenceMinimum: "subsistenceMinimum"
        case .varies: "varies"
        }
    }
}

extension CommunityStore {
    /// The hromada's service catalogue in its stored order, optionally of one life situation.
    public func services(hromadaID: Int64, lifeSituation: String? = nil) async throws -> [Service] {
        try await database.read { db in
            try Self.services(hromadaID: hromadaID, lifeSituation: lifeSituation, in: db)
        }
    }

    /// The service with this code in the hromada, or `nil`.
    public func service(code: String, hromadaID: Int64) async throws -> Service? {
        try await database.read { db in try Self.service(code: code, hromadaID: hromadaID, in: db) }
    }
}
