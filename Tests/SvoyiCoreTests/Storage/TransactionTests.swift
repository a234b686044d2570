import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

@Suite struct TransactionTests {
    struct Boom: Error {}

    func database(_ dir: TemporaryDirectory) async throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: dir.path("t.sqlite"))
        try await db.write { db in
            try db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)")
            try db.execute(
                """
                CREATE TABLE child (id INTEGER PRIMARY KEY,
                    parent_id INTEGER NOT NULL REFERENCES parent(id),
                    qty INTEGER NOT NULL CHECK (qty > 0))
                """)
        }
        return db
    }

    func count(_ db: SQLiteDatabase, _ table: String) async throws -> Int {
        try await db.read { try $0.scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1 }
    }

    @Test func aThrowRollsBackTheWholeWrite() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        await #expect(throws: Boom.self) {
            try await db.write { db in
                try db.execute("INSERT INTO parent (code) VALUES ('a')")
                throw Boom()
            }
        }
        #expect(try await count(db, "parent") == 0)
    }

    @Test func aFailedSavepointRollsBackOnlyItsOwnPart() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        try await db.write { db in
            try db.execute("INSERT INTO parent (code) VALUES ('kept')")
            try? db.savepoint {
                try db.execute("INSERT INTO parent (code) VALUES ('inner')")
                try db.savepoint { try db.execute("INSERT INTO parent (code) VALUES ('innermost')") }
                throw Boom()
            }
            try db.savepoint { try db.execute("INSERT INTO parent (code) VALUES ('second')") }
        }
        let codes = try await db.read { db in
            try db.query("SELECT code FROM parent ORDER BY id").map { try $0.get("code", as: String.self) }
        }
        #expect(codes == ["kept", "second"])
    }

    @Test func constraintViolationsAreTypedAndDistinguishable() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        try await db.write { db in try db.execute("INSERT INTO parent (id, code) VALUES (1, 'a')") }

        func kind(_ sql: String) async -> DatabaseError.Kind? {
            do {
                try await db.write { db in try db.execute(sql) }
                return nil
            } catch let error as DatabaseError {
                return error.kind
            } catch {
                return nil
            }
        }
        #expect(await kind("INSERT INTO parent (code) VALUES ('a')") == .constraint(.unique))
        #expect(await kind("INSERT INTO parent (id, code) VALUES (1, 'b')") == .constraint(.primaryKey))
        #expect(await kind("INSERT INTO child (parent_id, qty) VALUES (99, 1)") == .constraint(.foreignKey))
        #expect(await kind("INSERT INTO child (parent_id, qty) VALUES (1, 0)") == .constraint(.check))
        #expect(await kind("INSERT INTO parent (code) VALUES (NULL)") == .constraint(.notNull))
        #expect(await kind("INSERT INTO nowhere VALUES (1)") == .other)
        #expect(try await count(db, "parent") == 1)
    }

    @Test func errorDescriptionsCarryPlaceholdersNotValues() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        try await db.write { db in try db.execute("INSERT INTO parent (code) VALUES (?)", "+380671234567") }
        let error = try await #require(throws: DatabaseError.self) {
            try await db.write { db in try db.execute("INSERT INTO parent (code) VALUES (?)", "+380671234567") }
        }
        #expect(error.isConstraintViolation)
        #expect(error.description.contains("INSERT INTO parent (code) VALUES (?)"))
        #expect(!error.description.contains("380671234567"))
    }

    @Test func readsDoNotWaitForAnOpenWrite() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let holding = Atomic<Bool>(false)
        let release = DispatchSemaphore(value: 0)
        // Only the writer blocks a thread (it must, to keep its transaction open); the test waits without blocking,
        // so the two never hold both cooperative threads of a 2-core machine.
        let writer = Task.detached {
            try await db.write { db in
                try db.execute("INSERT INTO parent (code) VALUES ('uncommitted')")
                holding.store(true, ordering: .releasing)
                release.wait()
            }
        }
        try await waitUntil(timeout: 60, "the writer to hold its transaction") { holding.load(ordering: .acquiring) }
        // The writer holds its transaction open; a read completes and sees the last committed state.
        #expect(try await count(db, "parent") == 0)
        release.signal()
        try await writer.value
        #expect(try await count(db, "parent") == 1)
    }

    @Test func wrongArgumentCountIsAMisuseError() async throws {
        let dir = try TemporaryDirectory()
        let db = try await database(dir)
        let error = try await #require(throws: DatabaseError.self) {
            try await db.write { db in try db.execute("INSERT INTO parent (code) VALUES (?)", [SQLValue]()) }
        }
        #expect(error.kind == .misuse)
    }
}

@Suite struct NestedQueryTests {
    @Test func aQueryNestedInARowLoopWithTheSameSQLDoesNotDisturbTheLoop() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("n.sqlite"))
        let pairs = try await db.write { db -> [String] in
            try db.execute("CREATE TABLE units (id INTEGER PRIMARY KEY, parent INTEGER, name TEXT)")
            try db.execute("INSERT INTO units VALUES (1, NULL, 'рада'), (2, 1, 'ЦНАП'), (3, 1, 'відділ'), (4, 2, 'РМ')")
            let sql = "SELECT id, name FROM units WHERE coalesce(parent, 0) = ? ORDER BY id"
            var seen: [String] = []
            func walk(_ parent: Int64, depth: Int) throws {
                try db.forEachRow(sql, [.integer(parent)]) { row in
                    seen.append(String(repeating: "-", count: depth) + (try row.get("name", as: String.self)))
                    try walk(try row.get("id"), depth: depth + 1)
                }
            }
            try walk(0, depth: 0)
            return seen
        }
        #expect(pairs == ["рада", "-ЦНАП", "--РМ", "-відділ"])
    }
}

@Suite struct AbortedTransactionTests {
    /// When SQLite rolls a transaction back by itself (here: the disk is "full"), statements after a swallowed
    /// error must not commit on their own, and the write must report the failure.
    @Test func statementsAfterAnEngineRollbackAreRefusedAndNothingCommits() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("full.sqlite"))
        try await db.write { db in try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)") }
        try await db.write { db in
            let pages = try db.scalar("PRAGMA page_count", as: Int.self) ?? 0
            try db.execute("PRAGMA max_page_count = \(pages + 2)")
        }
        let error = try await #require(throws: DatabaseError.self) {
            try await db.write { db in
                try db.execute("INSERT INTO t (id) VALUES (100)")
                try? db.execute("INSERT INTO t (id, data) VALUES (101, ?)", [.blob(Data(count: 1_000_000))])
                try db.execute("INSERT INTO t (id) VALUES (102)")
            }
        }
        #expect(error.kind == .full)
        #expect(error.message.contains("rolled back by SQLite"))
        let ids = try await db.read { db in try db.query("SELECT id FROM t").map { try $0.get("id", as: Int.self) } }
        #expect(ids == [])
        // The connection is usable again afterwards.
        try await db.write { db in try db.execute("INSERT INTO t (id) VALUES (1)") }
        #expect(try await db.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } == 1)
    }
}

@Suite struct SchemaChangeTests {
    /// A statement cached before a table was rebuilt with its columns in another order must not hand out values
    /// under the old names.
    @Test func cachedStatementsSeeNewColumnNamesAfterASchemaChange() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("s.sqlite"))
        try await db.write { db in
            try db.execute("CREATE TABLE h (id INTEGER PRIMARY KEY, slug TEXT, name TEXT)")
            try db.execute("INSERT INTO h VALUES (1, 'demo', 'Демо')")
        }
        let before = try await db.read { db in try db.queryFirst("SELECT * FROM h", [])!.get("slug", as: String.self) }
        #expect(before == "demo")
        let other = try SQLiteDatabase(path: dir.path("s.sqlite"))
        try await other.write { db in
            try db.execute("CREATE TABLE h2 (id INTEGER PRIMARY KEY, name TEXT, slug TEXT)")
            try db.execute("INSERT INTO h2 SELECT id, name, slug FROM h")
            try db.execute("DROP TABLE h")
            try db.execute("ALTER TABLE h2 RENAME TO h")
        }
        // The same reader connections, the same cached SQL: both the Row and the in-place paths.
        for _ in 0..<4 {
            let row = try await db.read { db in try db.queryFirst("SELECT * FROM h", [])! }
            #expect(try row.get("slug", as: String.self) == "demo")
            #expect(try row.get("name", as: String.self) == "Демо")
            let slug = try await db.read { db in
                try db.queryFirst("SELECT * FROM h", []) { try $0.decode("slug", as: String.self) }
            }
            #expect(slug == "demo")
        }
    }
}
