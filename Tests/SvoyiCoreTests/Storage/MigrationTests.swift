import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct MigrationTests {
    static let v1 = Migration(
        module: "demo", version: 1, name: "notes", sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    static let v2 = Migration(
        module: "demo", version: 2, name: "note text", sql: "ALTER TABLE notes ADD COLUMN body TEXT")
    static let other = Migration(
        module: "other", version: 1, name: "tags",
        sql: "CREATE TABLE tags (id INTEGER PRIMARY KEY, note_id INTEGER REFERENCES notes(id))")

    @Test func migrationsApplyOnceAndAreRecorded() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        let migrator = Migrator([Self.v1, Self.v2, Self.other])
        #expect(try await migrator.pending(db) == ["demo#1", "demo#2", "other#1"])
        let first = try await migrator.migrate(db)
        #expect(first.applied == ["demo#1", "demo#2", "other#1"])
        let second = try await migrator.migrate(db)
        #expect(second.applied == [])
        #expect(try await migrator.pending(db) == [])
        let recorded = try await db.read { db in
            try db.query(
                "SELECT module || '#' || version || ' ' || name AS m FROM svoyi_migrations ORDER BY module, version"
            )
            .map { try $0.get("m", as: String.self) }
        }
        #expect(recorded == ["demo#1 notes", "demo#2 note text", "other#1 tags"])
    }

    @Test func anAddedMigrationIsAppliedOnTheNextRun() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        try await Migrator([Self.v1]).migrate(db)
        let report = try await Migrator([Self.v1, Self.v2]).migrate(db)
        #expect(report.applied == ["demo#2"])
        try await db.write { db in try db.execute("INSERT INTO notes (body) VALUES ('ok')") }
    }

    @Test func aDatabaseFromANewerBinaryIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        try await Migrator([Self.v1, Self.v2]).migrate(db)
        await #expect(throws: StorageError.newerSchema(module: "demo", databaseVersion: 2, knownVersion: 1)) {
            try await Migrator([Self.v1]).migrate(db)
        }
    }

    @Test func aRewrittenMigrationIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        try await Migrator([Self.v1]).migrate(db)
        let rewritten = Migration(module: "demo", version: 1, name: "notes v2", sql: "SELECT 1")
        await #expect(
            throws: StorageError.migrationMismatch(module: "demo", version: 1, applied: "notes", known: "notes v2")
        ) {
            try await Migrator([rewritten]).migrate(db)
        }
    }

    @Test func aFailingMigrationLeavesNoTraceAndEarlierOnesStay() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        let broken = Migration(module: "demo", version: 2, name: "broken") { db in
            try db.execute("CREATE TABLE half (id INTEGER)")
            try db.execute("THIS IS NOT SQL")
        }
        await #expect(throws: DatabaseError.self) { try await Migrator([Self.v1, broken]).migrate(db) }
        let tables = try await db.read { db in
            try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .map { try $0.get("name", as: String.self) }
        }
        #expect(tables == ["notes", "svoyi_migrations"])
        #expect(try await Migrator([Self.v1, Self.v2]).pending(db) == ["demo#2"])
    }

    @Test func aSchemaChangeThatBreaksForeignKeysIsRolledBack() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("m.sqlite"))
        try await Migrator([Self.v1, Self.other]).migrate(db)
        try await db.write { db in
            try db.execute("INSERT INTO notes (id) VALUES (1)")
            try db.execute("INSERT INTO tags (note_id) VALUES (1)")
        }
        let dropsParent = Migration(module: "demo", version: 2, name: "drop notes rows") { db in
            try db.execute("DELETE FROM notes")
        }
        await #expect(throws: DatabaseError.self) {
            try await Migrator([Self.v1, dropsParent, Self.other]).migrate(db)
        }
        #expect(try await db.read { try $0.scalar("SELECT count(*) FROM notes", as: Int.self) } == 1)
    }
}
