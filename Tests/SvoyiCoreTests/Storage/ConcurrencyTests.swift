import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct ConcurrencyTests {
    /// Many writer tasks commit pairs of rows that sum to zero while reader tasks keep checking: no write is
    /// lost and no reader ever sees half a transaction.
    @Test func concurrentWritersAndReadersLoseNothingAndSeeNoPartialTransaction() async throws {
        let dir = try TemporaryDirectory()
        let db = try SQLiteDatabase(path: dir.path("c.sqlite"))
        try await db.write { db in
            try db.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, writer INTEGER, v INTEGER NOT NULL)")
        }
        let writers = 8
        let transactionsPerWriter = 400
        let violations = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for i in 1...transactionsPerWriter {
                        try await db.write { db in
                            try db.execute("INSERT INTO pairs (writer, v) VALUES (?, ?)", writer, i)
                            try db.execute("INSERT INTO pairs (writer, v) VALUES (?, ?)", writer, -i)
                        }
                    }
                    return 0
                }
            }
            for _ in 0..<4 {
                group.addTask {
                    var bad = 0
                    for _ in 0..<300 {
                        let (count, sum) = try await db.read { db in
                            let row = try db.queryFirst("SELECT count(*) AS n, coalesce(sum(v), 0) AS s FROM pairs")
                            return (try row!.get("n", as: Int.self), try row!.get("s", as: Int64.self))
                        }
                        if count % 2 != 0 || sum != 0 { bad += 1 }
                    }
                    return bad
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(violations == 0)
        let total = try await db.read { try $0.scalar("SELECT count(*) FROM pairs", as: Int.self) }
        #expect(total == writers * transactionsPerWriter * 2)
        let perWriter = try await db.read { db in
            try db.query("SELECT writer, count(*) AS n FROM pairs GROUP BY writer").map {
                try $0.get("n", as: Int.self)
            }
        }
        #expect(perWriter == Array(repeating: transactionsPerWriter * 2, count: writers))
    }

    /// Two `SQLiteDatabase` values on one file (the server and the CLI) serialize their writes through SQLite's
    /// lock and the busy timeout.
    @Test func twoHandlesOnOneFileBothCommit() async throws {
        let dir = try TemporaryDirectory()
        let a = try SQLiteDatabase(path: dir.path("shared.sqlite"))
        try await a.write { db in try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, who TEXT)") }
        let b = try SQLiteDatabase(path: dir.path("shared.sqlite"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, db) in [("a", a), ("b", b)] {
                group.addTask {
                    for _ in 0..<200 {
                        try await db.write { db in try db.execute("INSERT INTO t (who) VALUES (?)", name) }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await a.read { try $0.scalar("SELECT count(*) FROM t", as: Int.self) } == 400)
    }
}
