import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct BackupTests {
    /// Every table's rows, serialised in a fixed order: equal strings mean equal content.
    static func dump(_ db: SQLiteDatabase) async throws -> String {
        try await db.read { db in
            var text = ""
            let tables = try db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                let name: String = try table.get("name")
                text += "\(name): \(try table.get("sql", as: String.self))\n"
                for row in try db.query("SELECT * FROM \(name) ORDER BY rowid") {
                    text += row.values.map { "\($0.debugDump)" }.joined(separator: "|") + "\n"
                }
            }
            return text
        }
    }

    func populated(_ path: String) async throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        try await db.write { db in
            try db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, data BLOB, n REAL)")
            for i in 0..<2_000 {
                try db.execute(
                    "INSERT INTO notes (body, data, n) VALUES (?, ?, ?)", "Нотатка \(i)", Data([UInt8(i % 256)]),
                    Double(i) / 3)
            }
        }
        return db
    }

    @Test func backupThenRestoreGivesBackTheSameContent() async throws {
        let dir = try TemporaryDirectory()
        let db = try await populated(dir.path("main.sqlite"))
        let before = try await Self.dump(db)
        try await db.backup(to: dir.path("backup.sqlite"))

        // The backup alone holds the same content and is a sound single file.
        let copy = try SQLiteDatabase(path: dir.path("backup.sqlite"))
        #expect(try await Self.dump(copy) == before)
        #expect(try await copy.integrityCheck() == [])

        try await db.write { db in
            try db.execute("DELETE FROM notes WHERE id % 2 = 0")
            try db.execute("CREATE TABLE extra (x INTEGER)")
        }
        #expect(try await Self.dump(db) != before)
        try await db.restore(from: dir.path("backup.sqlite"))
        #expect(try await Self.dump(db) == before)
    }

    @Test func backupTakenDuringWritesIsConsistent() async throws {
        let dir = try TemporaryDirectory()
        let db = try await populated(dir.path("main.sqlite"))
        let writer = Task {
            for i in 0..<300 {
                try await db.write { db in
                    try db.execute("INSERT INTO notes (body) VALUES (?)", "a\(i)")
                    try db.execute("INSERT INTO notes (body) VALUES (?)", "b\(i)")
                }
            }
        }
        try await db.backup(to: dir.path("hot.sqlite"))
        try await writer.value
        let copy = try SQLiteDatabase(path: dir.path("hot.sqlite"))
        let count = try await copy.read { try $0.scalar("SELECT count(*) FROM notes", as: Int.self) ?? 0 }
        #expect(count >= 2_000)
        #expect(count % 2 == 0)
        #expect(try await copy.integrityCheck() == [])
    }

    @Test func restoringFromAMissingOrForeignFileChangesNothing() async throws {
        let dir = try TemporaryDirectory()
        let db = try await populated(dir.path("main.sqlite"))
        let before = try await Self.dump(db)
        await #expect(throws: StorageError.self) { try await db.restore(from: dir.path("missing.sqlite")) }
        try Data("just text, not a database at all, long enough to have a header......".utf8)
            .write(to: URL(fileURLWithPath: dir.path("foreign.txt")))
        await #expect(throws: StorageError.self) { try await db.restore(from: dir.path("foreign.txt")) }
        #expect(try await Self.dump(db) == before)
    }
}

extension SQLValue {
    var debugDump: String {
        switch self {
        case .null: "NULL"
        case .integer(let v): "i\(v)"
        case .real(let v): "r\(v)"
        case .text(let v): "t\(v)"
        case .blob(let v): "b\(v.map { String($0) }.joined(separator: ","))"
        }
    }
}
