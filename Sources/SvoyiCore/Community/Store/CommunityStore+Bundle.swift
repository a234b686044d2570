extension CommunityStore {
    /// Stores a whole bundle: creates the hromada (matched by slug; the bundle's ids are ignored) or replaces
    /// its community data with the bundle's.
    ///
    /// The bundle is validated first (``CommunityBundle/problems()``); any problem throws
    /// ``CommunityError/invalid(_:)`` before anything is written. Rows are matched by their code and updated in
    /// place, so their ids survive a re-import; rows the bundle no longer has are deleted. The work runs in a
    /// savepoint: when it throws, the caller's transaction is as it was before the call.
    @discardableResult
    public static func importBundle(_ bundle: CommunityBundle, in db: any DatabaseConnection) throws -> Hromada {
        let problems = bundle.problems()
        guard problems.isEmpty else { throw CommunityError.invalid(problems) }
        return try db.savepoint {
            var hromada = bundle.hromada
            if let existing = try self.hromada(slug: hromada.slug, in: db) {
                hromada.id = existing.id
                try updateHromada(hromada, in: db)
            } else {
                hromada.id = nil
                hromada = try createHromada(hromada, in: db)
            }
            let id = hromada.id!
            for (position, district) in bundle.districts.enumerated() {
                try saveDistrict(district, position: position, hromadaID: id, in: db)
            }
            for (position, settlement) in bundle.settlements.enumerated() {
                try saveSettlement(settlement, position: position, hromadaID: id, in: db)
            }
            for (position, institution) in bundle.institutions.enumerated() {
                try saveInstitution(institution, position: position, hromadaID: id, in: db)
            }
            for (position, situation) in bundle.lifeSituations.enumerated() {
                try saveLifeSituation(situation, position: position, hromadaID: id, in: db)
            }
            for (position, service) in bundle.services.enumerated() {
                try saveService(service, position: position, hromadaID: id, in: db)
            }
            // Dependants first, so no stale row is still referred to when it goes.
            try deleteRows("services", column: "code", notIn: Set(bundle.services.map(\.code)), hromadaID: id, in: db)
            try deleteRows(
                "life_situations", column: "code", notIn: Set(bundle.lifeSituations.map(\.code)), hromadaID: id,
                in: db)
            try deleteRows(
                "institutions", column: "code", notIn: Set(bundle.institutions.map(\.code)), hromadaID: id, in: db)
            try deleteRows(
                "settlements", column: "katottg", notIn: Set(bundle.settlements.map(\.katottg)), hromadaID: id,
                in: db)
            try deleteRows(
                "starosta_districts", column: "code", notIn: Set(bundle.districts.map(\.code)), hromadaID: id, in: db)
            return hromada
        }
    }

    /// The hromada's community data as one bundle, with database ids filled in. Importing it elsewhere and
    /// exporting it again gives an equal value except for the ids.
    public static func exportBundle(hromadaID: Int64, in db: any DatabaseConnection) throws -> CommunityBundle {
        guard let hromada = try hromada(id: hromadaID, in: db) else {
            throw CommunityError.hromadaNotFound("with id \(hromadaID)")
        }
        return CommunityBundle(
            hromada: hromada, districts: try districts(hromadaID: hromadaID, in: db),
            settlements: try settlements(hromadaID: hromadaID, in: db),
            institutions: try institutions(hromadaID: hromadaID, in: db),
            lifeSituations: try lifeSituations(hromadaID: hromadaID, in: db),
            services: try services(hromadaID: hromadaID, in: db))
    }
}

extension CommunityStore {
    /// Creates or replaces a hromada's community data in one write transaction; see ``importBundle(_:in:)``.
    /// On any error nothing changes.
    @discardableResult
    public func importBundle(_ bundle: CommunityBundle) async throws -> Hromada {
        try await database.write { db in try Self.importBundle(bundle, in: db) }
    }

    /// The hromada's community data as one bundle, read from one snapshot.
    public func exportBundle(hromadaID: Int64) async throws -> CommunityBundle {
        try await database.read { db in try Self.exportBundle(hromadaID: hromadaID, in: db) }
    }
}
