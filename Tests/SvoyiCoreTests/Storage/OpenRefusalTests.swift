import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A file that is not ours is refused at open with a clear error, and not a byte of it changes.
@Suite struct OpenRefusalTests {
    func expectRefusedAndUntouched(_ path: String, reason: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: StorageError.self) { try SQLiteDatabase(path: path) }
        guard case .notADatabase(let reported, let why) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(reported == path)
        #expect(why.contains(reason), "\(why)")
        #expect(error.description.contains("left untouched"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aTextFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("notes.sqlite")
        try Data(String(repeating: "Це не база даних. ", count: 300).utf8).write(to: URL(fileURLWithPath: path))
        try expectRefusedAndUntouched(path, reason: "not a database")
    }

    @Test func anotherApplicationsSQLiteFileIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("foreign.sqlite")
        let python = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", path,
            ])
        #expect(python.ending == .exited(0), "\(python.error)")
        try expectRefusedAndUntouched(path, reason: "another application")
    }

    @Test func aDamagedSvoyiFileIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("damaged.sqlite")
        do {
            let db = try SQLiteDatabase(path: path)
            try await db.write { db in
                try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
                try db.execute("CREATE INDEX t_body ON t (body)")
                for i in 0..<3_000 {
                    try db.execute("INSERT INTO t (body) VALUES (?)", "row \(i) \(String(repeating: "x", count: 50))")
                }
            }
            try await db.checkpoint()
            db.close()
        }
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        // Overwrite a b-tree page in the middle of the file with garbage.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        let page = bytes.count / pageSize / 2
        for i in 0..<pageSize { bytes[page * pageSize + i] = UInt8((i * 7 + 13) % 251) }
        try bytes.write(to: URL(fileURLWithPath: path))
        try expectRefusedAndUntouched(path, reason: "damaged")
    }

    @Test func anEmptyFileBecomesANewDatabase() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let db = try SQLiteDatabase(path: path)
        let id = try await db.read { try $0.scalar("PRAGMA application_id", as: Int64.self) }
        #expect(id == Int64(SQLiteDatabase.applicationID))
    }
}
