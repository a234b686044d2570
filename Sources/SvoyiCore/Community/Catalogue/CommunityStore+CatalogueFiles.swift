public import Foundation

extension CommunityStore {
    /// Imports a catalogue CSV (columns in ``CatalogueColumn``) in one write transaction.
    ///
    /// The whole file is parsed and checked before anything is written; a bad row throws
    /// ``CatalogueImportError`` with its row number (the header is row 1) and nothing changes.
    @discardableResult
    public func importCatalogueCSV(
        _ bytes: some Sequence<UInt8>, hromadaID: Int64, mode: CatalogueImportMode
    ) async throws -> CatalogueImportResult {
        let entries = try Self.catalogueEntries(csv: bytes)
        return try await database.write { db in
            try Self.importCatalogue(entries, hromadaID: hromadaID, mode: mode, in: db)
        }
    }

    /// Imports a catalogue given as a JSON array of ``Service`` in one write transaction; ids in it are
    /// ignored. A bad item throws ``CatalogueImportError`` naming it (`services[3]…`) and nothing changes.
    @discardableResult
    public func importCatalogueJSON(
        _ data: Data, hromadaID: Int64, mode: CatalogueImportMode
    ) async throws -> CatalogueImportResult {
        let entries = try Self.catalogueEntries(json: data)
        return try await database.write { db in
            try Self.importCatalogue(entries, hromadaID: hromadaID, mode: mode, in: db)
        }
    }

    /// Imports services given as values, in one write transaction; see ``importCatalogue(_:hromadaID:mode:in:)``.
    @discardableResult
    public func importCatalogue(
        _ services: [Service], hromadaID: Int64, mode: CatalogueImportMode
    ) async throws -> CatalogueImportResult {
        try await database.write { db in
            try Self.importCatalogue(services.map { (nil, $0) }, hromadaID: hromadaID, mode: mode, in: db)
        }
    }

    /// The hromada's catalogue as CSV text with CRLF line ends, starting with a byte order mark by default so
    /// that spreadsheet programs read the Ukrainian text as UTF-8.
    public func exportCatalogueCSV(hromadaID: Int64, byteOrderMark: Bool = true) async throws -> String {
        let services = try await services(hromadaID: hromadaID)
        return CSVWriter.document(try CatalogueCSV.records(services), byteOrderMark: byteOrderMark)
    }

    /// The hromada's catalogue as a JSON array of ``Service`` without database ids (pretty-printed, keys
    /// sorted), ready to import into another hromada.
    public func exportCatalogueJSON(hromadaID: Int64) async throws -> Data {
        let services = try await services(hromadaID: hromadaID).map { service in
            var copy = service
            copy.id = nil
            return copy
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(services)
    }

    /// Parses catalogue CSV into services with their row numbers.
    public static func catalogueEntries(
        csv bytes: some Sequence<UInt8>
    ) throws(CatalogueImportError) -> [(row: Int?, service: Service)] {
        let records: [[String]]
        do {
            records = try CSVParser.parse(bytes)
        } catch {
            throw CatalogueImportError(row: error.row, reason: error.explanation)
        }
        return try CatalogueCSV.services(records).map { ($0.row, $0.service) }
    }

    /// Decodes a JSON array of services; a decoding failure names the item and field.
    public static func catalogueEntries(json data: Data) throws(CatalogueImportError) -> [(row: Int?, service: Service)]
    {
        do {
            return try JSONDecoder().decode([Service].self, from: data).map { service in
                var copy = service
                copy.id = nil
                return (nil, copy)
            }
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw CatalogueImportError(row: nil, reason: "not a JSON array of services: \(context.debugDescription)")
        } catch let error as DecodingError {
            throw CatalogueImportError(row: nil, reason: Self.describe(error))
        } catch {
            throw CatalogueImportError(row: nil, reason: "not a JSON array of services")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("services") { text, key in
                key.intValue.map { "\(text)[\($0)]" } ?? "\(text).\(key.stringValue)"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(type), found null"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a JSON array of services"
        }
    }
}
