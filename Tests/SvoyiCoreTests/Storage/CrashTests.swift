import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A child process writing to the database is killed with SIGKILL; the file must stay consistent and keep
/// every transaction the child had acknowledged.
@Suite struct CrashTests {
    var helper: URL { buildProductsDirectory.appendingPathComponent("SvoyiTestHelper") }

    @Test func killInsideAnOpenTransactionKeepsAcknowledgedRowsAndNothingElse() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("crash.sqlite")
        let child = try ChildProcess(helper, ["hang-in-transaction", path, "25"])
        try await child.waitForLine(startingWith: "inside")
        try await child.killHard()

        let db = try SQLiteDatabase(path: path)
        #expect(try await db.integrityCheck() == [])
        let labels = try await db.read { db in
            try db.query("SELECT label FROM items ORDER BY id").map { try $0.get("label", as: String.self) }
        }
        #expect(labels == (1...25).map { "acked \($0)" })
    }

    @Test(arguments: [5, 40, 120])
    func killAtAnArbitraryMomentKeepsEveryAcknowledgedPair(afterMilliseconds delay: Int) async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("crash.sqlite")
        let child = try ChildProcess(helper, ["write-forever", path])
        try await child.waitForLine(startingWith: "ack ")
        try await Task.sleep(for: .milliseconds(delay))  // the point of the kill, not a synchronisation
        try await child.killHard()
        let acknowledged = child.lines.compactMap { line in line.hasPrefix("ack ") ? Int(line.dropFirst(4)) : nil }
        let lastAck = try #require(acknowledged.max())

        let db = try SQLiteDatabase(path: path)
        #expect(try await db.integrityCheck() == [])
        let (pairs, sum, complete) = try await db.read { db in
            (
                try db.scalar("SELECT count(DISTINCT pair) FROM pairs", as: Int.self) ?? 0,
                try db.scalar("SELECT coalesce(sum(v), 0) FROM pairs", as: Int64.self) ?? -1,
                try db.scalar(
                    "SELECT count(*) FROM (SELECT pair FROM pairs GROUP BY pair HAVING count(*) = 2)", as: Int.self)
                    ?? 0
            )
        }
        // Every acknowledged pair is there; at most the one in flight when killed committed without its ack.
        #expect(pairs >= lastAck)
        #expect(pairs <= lastAck + 1)
        #expect(complete == pairs)
        #expect(sum == 0)
    }
}
