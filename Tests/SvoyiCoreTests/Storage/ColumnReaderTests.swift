import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct ColumnReaderTests {
    struct Office: Equatable {
        let id: Int64
        let name: String
        let rating: Double
        let photo: Data
        let note: String?
    }

    func database(_ dir: TemporaryDirectory) async throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: dir.path("r.sqlite"))
        try await db.write { db in
            try db.execute(
                "CREATE TABLE offices (id INTEGER PRIMARY KEY, name TEXT, rating REAL, photo BLOB, note TEXT)")
            try db.execute("INSERT INTO offices VALUES (1, 'ЦНАП', 4.5, x'00ff', NULL)")
            try db.execute("INSERT INTO offices VALUES (2, 'Старостат', 4, x'', 'вхід з двору')")
        }
        return db
    }

    func decode(_ columns: ColumnReader) throws -> Office {
        Office(
            id: columns.int64(0), name: columns.string(1), rating: columns.double(2), photo: columns.data(3),
            note: try columns.decode("note", as: String?.self))
    }

    @Test func decodesInPlaceTheSameAsRow() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let offices = try await db.read { db in
            var offices: [Office] = []
            try db.forEachRow("SELECT * FROM offices ORDER BY id", []) { columns in offices.append(try decode(columns))
            }
            return offices
        }
        #expect(
            offices == [
                Office(id: 1, name: "ЦНАП", rating: 4.5, photo: Data([0, 255]), note: nil),
                Office(id: 2, name: "Старостат", rating: 4, photo: Data(), note: "вхід з двору"),
            ])
        let viaRow = try await db.read { db in
            try db.queryFirst("SELECT * FROM offices WHERE id = ?", [.integer(2)]) { $0.row() }
        }
        #expect(try viaRow?.get("note", as: String.self) == "вхід з двору")
        #expect(try viaRow?.get("rating", as: Double.self) == 4)
    }

    @Test func noRowGivesNilAndMistakesAreNamed() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let missing = try await db.read { db in
            try db.queryFirst("SELECT * FROM offices WHERE id = ?", [.integer(99)]) { try decode($0) }
        }
        #expect(missing == nil)
        await #expect(throws: StorageError.missingColumn("phone")) {
            try await db.read { db in
                try db.queryFirst("SELECT * FROM offices", []) { try $0.decode("phone", as: String.self) }
            }
        }
        let failure = try await #require(throws: DecodingFailure.self) {
            try await db.read { db in
                try db.queryFirst("SELECT * FROM offices WHERE id = 1", []) { try $0.decode(4, as: String.self) }
            }
        }
        #expect(failure.column == "note")
        #expect(
            try await db.read { db in try db.queryFirst("SELECT note FROM offices WHERE id = 1", []) { $0.isNull(0) } }
                == true)
    }
}
