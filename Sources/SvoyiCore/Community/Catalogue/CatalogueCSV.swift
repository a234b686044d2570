/// Converts between the service catalogue and CSV records (see ``CatalogueColumn`` for the columns). Pure: no
/// database; references to institutions and life situations are checked by the importer.
public enum CatalogueCSV {
    /// The header and one record per service, every column in ``CatalogueColumn`` order.
    ///
    /// Throws when a value cannot be written so that it reads back the same: a list item containing `|`.
    public static func records(_ services: [Service]) throws(CatalogueImportError) -> [[String]] {
        var records = [CatalogueColumn.allCases.map(\.rawValue)]
        for (index, service) in services.enumerated() {
            records.append(try record(service, row: index + 2))
        }
        return records
    }

    /// Services from records whose first is the header; rows whose cells are all empty are skipped (they still
    /// count in row numbers).
    public static func services(_ records: [[String]]) throws(CatalogueImportError) -> [(row: Int, service: Service)] {
        guard let header = records.first else {
            throw CatalogueImportError(row: nil, reason: "the file is empty; the first row must name the columns")
        }
        let columns = try columns(header)
        var result: [(row: Int, service: Service)] = []
        for (offset, record) in records.enumerated().dropFirst() {
            let row = offset + 1
            if record.allSatisfy(\.isEmpty) { continue }
            guard record.count == header.count else {
                throw CatalogueImportError(
                    row: row, reason: "the row has \(record.count) cells but the header has \(header.count)")
            }
            var cells: [CatalogueColumn: String] = [:]
            for (index, column) in columns.enumerated() { cells[column] = record[index] }
            result.append((row, try service(CatalogueRow(cells: cells, row: row))))
        }
        return result
    }

    private static func columns(_ header: [String]) throws(CatalogueImportError) -> [CatalogueColumn] {
        var columns: [CatalogueColumn] = []
        for name in header {
            let trimmed = name.trimmingSpaces
            guard let column = CatalogueColumn(rawValue: trimmed) else {
                throw CatalogueImportError(row: 1, reason: "unknown column \"\(trimmed)\"")
            }
            guard !columns.contains(column) else {
                throw CatalogueImportError(row: 1, reason: "the column \"\(trimmed)\" appears twice")
            }
            columns.append(column)
        }
        for column in CatalogueColumn.required where !columns.contains(column) {
            throw CatalogueImportError(row: 1, reason: "the required column \"\(column.rawValue)\" is missing")
        }
        return columns
    }

    private static func service(_ row: CatalogueRow) throws(CatalogueImportError) -> Service {
        let documentsUK = row.list(.documentsUK)
        let documentsEN = row.list(.documentsEN)
        guard documentsEN.isEmpty || documentsEN.count == documentsUK.count else {
            throw row.error(
                "documents_en has \(documentsEN.count) items but documents_uk has \(documentsUK.count)")
        }
        let documents = documentsUK.enumerated().map { index, uk in
            LocalizedText(uk: uk, en: documentsEN.isEmpty || documentsEN[index].isEmpty ? nil : documentsEN[index])
        }
        var lastReviewed: CivilDate?
        if let text = row[.lastReviewed] {
            guard let date = CivilDate(text) else {
                throw row.error("last_reviewed \"\(text)\" is not a date YYYY-MM-DD")
            }
            lastReviewed = date
        }
        return Service(
            code: row[.code] ?? "", registryID: row[.registryID], name: row.localized(.nameUK, .nameEN) ?? "",
            description: row.localized(.descriptionUK, .descriptionEN) ?? "", cost: try row.cost(),
            costLegalBasis: row[.costLegalBasis], term: try row.term(), legalBasis: row[.legalBasis],
            documents: documents, eligibility: row.localized(.eligibilityUK, .eligibilityEN),
            providedAt: row.list(.providedAt), eServiceURL: row[.eServiceURL],
            lifeSituations: row.list(.lifeSituations), lastReviewed: lastReviewed)
    }

    private static func record(_ service: Service, row: Int) throws(CatalogueImportError) -> [String] {
        var cells: [CatalogueColumn: String] = [
            .code: service.code, .nameUK: service.name.uk, .descriptionUK: service.description.uk,
            .costKind: service.cost.kind, .termAmount: String(service.term.amount),
            .termUnit: service.term.unit.rawValue,
        ]
        cells[.registryID] = service.registryID
        cells[.nameEN] = service.name.en
        cells[.descriptionEN] = service.description.en
        switch service.cost {
        case .free: break
        case .fixed(let kopecks): cells[.costValue] = Money.hryvnias(kopecks)
        case .subsistenceMinimum(let multiple): cells[.costValue] = multiple
        case .varies(let note):
            cells[.costValue] = note.uk
            cells[.costNoteEN] = note.en
        }
        cells[.costLegalBasis] = service.costLegalBasis
        cells[.termNoteUK] = service.term.note?.uk
        cells[.termNoteEN] = service.term.note?.en
        cells[.legalBasis] = service.legalBasis
        cells[.documentsUK] = try list(service.documents.map(\.uk), .documentsUK, row: row)
        if service.documents.contains(where: { $0.en != nil }) {
            cells[.documentsEN] = try list(service.documents.map { $0.en ?? "" }, .documentsEN, row: row)
        }
        cells[.eligibilityUK] = service.eligibility?.uk
        cells[.eligibilityEN] = service.eligibility?.en
        cells[.providedAt] = try list(service.providedAt, .providedAt, row: row)
        cells[.eServiceURL] = service.eServiceURL
        cells[.lifeSituations] = try list(service.lifeSituations, .lifeSituations, row: row)
        cells[.lastReviewed] = service.lastReviewed?.description
        return CatalogueColumn.allCases.map { cells[$0] ?? "" }
    }

    private static func list(
        _ items: [String], _ column: CatalogueColumn, row: Int
    ) throws(CatalogueImportError) -> String {
        if let bad = items.first(where: { $0.contains("|") }) {
            throw CatalogueImportError(
                row: row, reason: "\(column.rawValue) item \"\(bad)\" contains |, the list separator")
        }
        return items.joined(separator: CatalogueColumn.listSeparator)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
