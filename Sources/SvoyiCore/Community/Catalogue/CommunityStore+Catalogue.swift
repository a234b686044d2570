extension CommunityStore {
    /// Imports services into the hromada's catalogue, replacing or merging (see ``CatalogueImportMode``).
    ///
    /// Each entry's `label` locates it in the error (`row 5`, `services[3]`); with `row` set, the error carries
    /// it. Every service is checked — formats, codes unique in the import, institutions and life situations that
    /// exist in the hromada — before anything is written; the first bad one throws ``CatalogueImportError`` and
    /// the catalogue is unchanged. Runs in a savepoint, so the caller's transaction survives a throw intact.
    @discardableResult
    public static func importCatalogue(
        _ entries: [(row: Int?, service: Service)], hromadaID: Int64, mode: CatalogueImportMode,
        in db: any DatabaseConnection
    ) throws -> CatalogueImportResult {
        guard try hromada(id: hromadaID, in: db) != nil else {
            throw CommunityError.hromadaNotFound("with id \(hromadaID)")
        }
        let institutions = Set(
            try db.query("SELECT code FROM institutions WHERE hromada_id = ?", hromadaID).map {
                try $0.get(0, as: String.self)
            })
        let situations = Set(
            try db.query("SELECT code FROM life_situations WHERE hromada_id = ?", hromadaID).map {
                try $0.get(0, as: String.self)
            })
        var seen: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let path = entry.row.map { _ in "service" } ?? "services[\(index)]"
            if let problem = entry.service.problems(
                at: path, knownInstitutions: institutions, knownLifeSituations: situations
            ).first {
                throw CatalogueImportError(row: entry.row, reason: problem.description)
            }
            if let first = seen[entry.service.code] {
                let earlier = entries[first].row.map { "row \($0)" } ?? "services[\(first)]"
                throw CatalogueImportError(
                    row: entry.row, reason: "\(path).code: \"\(entry.service.code)\" is already used by \(earlier)")
            }
            seen[entry.service.code] = index
        }
        return try db.savepoint {
            var positions: [String: Int] = [:]
            try db.forEachRow("SELECT code, position FROM services WHERE hromada_id = ?", [.integer(hromadaID)]) {
                positions[try $0.get(0)] = try $0.get(1)
            }
            var result = CatalogueImportResult()
            var next = (positions.values.max() ?? -1) + 1
            for (index, entry) in entries.enumerated() {
                let code = entry.service.code
                let position: Int
                switch (mode, positions[code]) {
                case (.replace, _): position = index
                case (.merge, let existing?): position = existing
                case (.merge, nil):
                    position = next
                    next += 1
                }
                try saveService(entry.service, position: position, hromadaID: hromadaID, in: db)
                if positions[code] == nil { result.created.append(code) } else { result.updated.append(code) }
            }
            if mode == .replace {
                result.deleted = positions.keys.filter { seen[$0] == nil }.sorted()
                for code in result.deleted {
                    try db.execute("DELETE FROM services WHERE hromada_id = ? AND code = ?", hromadaID, code)
                }
            }
            return result
        }
    }
}
