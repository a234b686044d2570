import Foundation
import SvoyiCore
import Testing

@Suite struct CatalogueImportTests {
    static let header =
        "code,name_uk,cost_kind,cost_value,term_amount,term_unit,provided_at,life_situations,last_reviewed\r\n"

    /// Imports the fixture hromada and returns its id.
    static func seeded(_ store: CommunityStore) async throws -> Int64 {
        try #require(try await store.importBundle(Fixtures.bundle()).id)
    }

    /// Expects the CSV import to fail with exactly `error` and to leave the catalogue as it was.
    static func expectRejected(
        _ csv: String, _ error: CatalogueImportError, mode: CatalogueImportMode = .replace,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await withStore { store in
            let id = try await seeded(store)
            let before = try await store.services(hromadaID: id)
            await #expect(throws: error, sourceLocation: sourceLocation) {
                try await store.importCatalogueCSV(Array(csv.utf8), hromadaID: id, mode: mode)
            }
            #expect(try await store.services(hromadaID: id) == before, sourceLocation: sourceLocation)
        }
    }

    @Test func csvExportImportsBackUnchanged() async throws {
        try await withStore { store in
            let id = try await Self.seeded(store)
            let before = try await store.services(hromadaID: id)
            let csv = try await store.exportCatalogueCSV(hromadaID: id)
            #expect(csv.hasPrefix("\u{FEFF}code,registry_id,name_uk,"))
            #expect(csv.contains("copy,,Копія документа,,,,fixed,25.50,"))
            let result = try await store.importCatalogueCSV(Array(csv.utf8), hromadaID: id, mode: .replace)
            #expect(result == CatalogueImportResult(updated: before.map(\.code)))
            #expect(try await store.services(hromadaID: id) == before)
        }
    }

    @Test func jsonExportImportsIntoAnotherHromada() async throws {
        try await withStore { store in
            let id = try await Self.seeded(store)
            let other = try #require(
                try await store.importBundle(
                    {
                        var bundle = Fixtures.bundle(slug: "insha", digit: "2")
                        bundle.services = []
                        return bundle
                    }()
                ).id)
            let json = try await store.exportCatalogueJSON(hromadaID: id)
            let result = try await store.importCatalogueJSON(json, hromadaID: other, mode: .merge)
            #expect(result.created == ["birth-registration", "land-extract", "copy", "lease"])
            let copied = try await store.services(hromadaID: other).map { service in
                var copy = service
                copy.id = nil
                return copy
            }
            #expect(copied == Fixtures.bundle().services)
        }
    }

    @Test func jsonErrorsNameTheItem() async throws {
        try await withStore { store in
            let id = try await Self.seeded(store)
            let json = Data(
                #"[{"code": "x", "name": {"uk": "X"}, "description": {"uk": ""}, "term": {"amount": 1, "unit": "hours"}}]"#
                    .utf8)
            await #expect(throws: CatalogueImportError(row: nil, reason: "services[0].cost: missing")) {
                try await store.importCatalogueJSON(json, hromadaID: id, mode: .merge)
            }
        }
    }

    @Test func mergeKeepsOtherServicesAndReplaceRemovesThem() async throws {
        try await withStore { store in
            let id = try await Self.seeded(store)
            let csv =
                Self.header
                + "copy,Копія,fixed,30,1,hours,cnap-main,,\r\nnew-one,Нова,free,,0,immediately,,land,2026-02-01\r\n"
            let merged = try await store.importCatalogueCSV(Array(csv.utf8), hromadaID: id, mode: .merge)
            #expect(merged == CatalogueImportResult(created: ["new-one"], updated: ["copy"]))
            let afterMerge = try await store.services(hromadaID: id)
            #expect(afterMerge.map(\.code) == ["birth-registration", "land-extract", "copy", "lease", "new-one"])
            #expect(afterMerge[2].cost == .fixed(kopecks: 3_000))
            #expect(afterMerge[2].providedAt == ["cnap-main"])
            #expect(afterMerge[4].lifeSituations == ["land"])
            #expect(afterMerge[4].lastReviewed == CivilDate("2026-02-01"))
            let replaced = try await store.importCatalogueCSV(Array(csv.utf8), hromadaID: id, mode: .replace)
            #expect(replaced.deleted == ["birth-registration", "land-extract", "lease"])
            #expect(try await store.services(hromadaID: id).map(\.code) == ["copy", "new-one"])
            #expect(try await store.services(hromadaID: id, lifeSituation: "land").map(\.code) == ["new-one"])
        }
    }

    @Test func aBadRowRejectsTheWholeImportNamingTheRow() async throws {
        // Rows 2 and 3 are fine; row 4 names an institution the hromada does not have.
        let csv =
            Self.header + "copy,Копія,fixed,30,1,hours,,,\r\n" + "other,Інша,\"multi\nline\",,,immediately,,,\r\n"
        try await Self.expectRejected(
            csv,
            CatalogueImportError(
                row: 3, reason: "unknown cost_kind \"multi\nline\"; use free, fixed, subsistenceMinimum or varies"))
        let badReference =
            Self.header + "copy,Копія,fixed,30,1,hours,,,\r\n" + "second,Друга,free,,0,immediately,,,\r\n"
            + "third,Третя,free,,0,immediately,cnap-main|cnap-north,,\r\n"
        try await Self.expectRejected(
            badReference,
            CatalogueImportError(row: 4, reason: "service.providedAt[1]: no institution has the code \"cnap-north\""))
    }

    @Test func unterminatedQuoteRejectsTheImport() async throws {
        try await Self.expectRejected(
            Self.header + "copy,\"Копія,fixed,30,1,hours,,,\r\n",
            CatalogueImportError(row: 2, reason: CSVError(row: 2, reason: .unterminatedQuote).explanation))
    }

    @Test func quoteInsideAnUnquotedFieldRejectsTheImport() async throws {
        try await Self.expectRejected(
            Self.header + "copy,Копія \"А\",fixed,30,1,hours,,,\r\n",
            CatalogueImportError(row: 2, reason: CSVError(row: 2, reason: .quoteInUnquotedField).explanation))
    }

    @Test func wrongColumnCountRejectsTheImport() async throws {
        try await Self.expectRejected(
            Self.header + "copy,Копія,fixed,30,1,hours,,,\r\nshort,Коротка,free\r\n",
            CatalogueImportError(row: 3, reason: "the row has 3 cells but the header has 9"))
    }

    @Test func unknownCostKindRejectsTheImport() async throws {
        try await Self.expectRejected(
            Self.header + "copy,Копія,cheap,30,1,hours,,,\r\n",
            CatalogueImportError(
                row: 2, reason: "unknown cost_kind \"cheap\"; use free, fixed, subsistenceMinimum or varies"))
    }

    @Test func badDateRejectsTheImport() async throws {
        try await Self.expectRejected(
            Self.header + "copy,Копія,free,,1,hours,,,2026-02-30\r\n",
            CatalogueImportError(row: 2, reason: "last_reviewed \"2026-02-30\" is not a date YYYY-MM-DD"))
    }

    @Test func badUTF8RejectsTheImport() async throws {
        try await withStore { store in
            let id = try await Self.seeded(store)
            let before = try await store.services(hromadaID: id)
            let bytes = Array((Self.header + "copy,").utf8) + [0xD0] + Array(",free,,1,hours,,,\r\n".utf8)
            await #expect(
                throws: CatalogueImportError(row: 2, reason: CSVError(row: 2, reason: .invalidUTF8).explanation)
            ) {
                try await store.importCatalogueCSV(bytes, hromadaID: id, mode: .replace)
            }
            #expect(try await store.services(hromadaID: id) == before)
        }
    }

    @Test func emptyFileRejectsTheImport() async throws {
        try await Self.expectRejected(
            "", CatalogueImportError(row: nil, reason: "the file is empty; the first row must name the columns"))
    }

    @Test func unknownColumnRejectsTheImport() async throws {
        try await Self.expectRejected(
            "code,name_uk,cost_kind,term_unit,price\r\n",
            CatalogueImportError(row: 1, reason: "unknown column \"price\""))
    }

    @Test func aHostOfAnotherHromadaRollsTheWholeBundleBack() async throws {
        try await withStore { store in
            _ = try await Self.seeded(store)
            var clash = Fixtures.bundle(slug: "druha", digit: "2")
            clash.hromada.hosts = ["bilohirska.example.ua"]
            await #expect(throws: CommunityError.hostTaken("bilohirska.example.ua")) {
                try await store.importBundle(clash)
            }
            #expect(try await store.hromadas().map(\.slug) == ["bilohirska"])
        }
    }
}
