import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct ValueTests {
    struct Payload: Codable, Equatable {
        var name: String
        var tags: [String]
    }

    @Test func everySupportedTypeRoundTrips() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("v.sqlite"))
        let uuid = UUID()
        let date = Date(timeIntervalSince1970: 1_774_746_000.123)  // 2026-03-29T01:00:00.123Z
        let payload = Payload(name: "Центр надання адміністративних послуг", tags: ["ЦНАП", "e-черга"])
        try await db.write { db in
            try db.execute(
                "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b INTEGER, d BLOB, e BLOB, dt TEXT, u TEXT, n TEXT, j TEXT)"
            )
            try db.execute(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    Int64.max.sqlValue, 3.25.sqlValue, "Їжак ґава є".sqlValue, true.sqlValue,
                    Data([0, 1, 255]).sqlValue, Data().sqlValue, date.sqlValue, uuid.sqlValue,
                    (nil as String?).sqlValue, try .json(payload),
                ])
        }
        let row = try #require(try await db.read { try $0.queryFirst("SELECT * FROM t") })
        #expect(try row.get("i", as: Int64.self) == Int64.max)
        #expect(try row.get("r", as: Double.self) == 3.25)
        #expect(try row.get("s", as: String.self) == "Їжак ґава є")
        #expect(try row.get("b", as: Bool.self) == true)
        #expect(try row.get("d", as: Data.self) == Data([0, 1, 255]))
        #expect(try row.get("e", as: Data.self) == Data())
        #expect(try row.get("dt", as: Date.self) == date)
        #expect(row["dt"] == .text("2026-03-29T01:00:00.123Z"))
        #expect(try row.get("u", as: UUID.self) == uuid)
        #expect(try row.get("n", as: String?.self) == nil)
        #expect(try row.json("j", as: Payload.self) == payload)
    }

    @Test func emptyTextIsStoredAsEmptyNotNull() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("v.sqlite"))
        let isNull = try await db.write { db -> Bool in
            try db.execute("CREATE TABLE t (s TEXT)")
            try db.execute("INSERT INTO t VALUES (?)", "")
            return try db.scalar("SELECT s IS NULL FROM t", as: Bool.self) ?? true
        }
        #expect(isNull == false)
    }

    @Test func decodingAMismatchedTypeNamesTheColumnButNotTheValue() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("v.sqlite"))
        let row = try #require(try await db.read { try $0.queryFirst("SELECT 'secret-value' AS phone") })
        let error = try #require(throws: DecodingFailure.self) { try row.get("phone", as: Int64.self) }
        #expect(error.description.contains("phone"))
        #expect(!error.description.contains("secret-value"))
        #expect(throws: StorageError.missingColumn("nope")) { try row.get("nope", as: String.self) }
    }

    @Test func timestampFormatParsesWhatItWrites() {
        for seconds in [0.0, 1_700_000_000.5, 1_774_746_000.999, -86_400.25] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = ISO8601Milliseconds.format(date)
            #expect(ISO8601Milliseconds.parse(text) == date, "\(text)")
        }
        #expect(ISO8601Milliseconds.parse("2026-13-01T00:00:00Z") == nil)
        #expect(ISO8601Milliseconds.parse("2026-03-29 01:00:00") == Date(timeIntervalSince1970: 1_774_746_000))
        #expect(ISO8601Milliseconds.parse("not a date") == nil)
    }
}
