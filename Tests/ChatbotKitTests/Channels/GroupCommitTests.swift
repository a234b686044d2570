import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import ChatbotKit

@Suite struct GroupCommitTests {
    struct Refused: Error {}

    @Test func concurrentWritesAllCommitAndAFailingOneRollsBackAlone() async throws {
        let dir = try TemporaryDirectory("group-commit")
        let database = try SQLiteDatabase(path: dir.path("g.sqlite"))
        try await database.write { db in try db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)") }
        let commits = GroupCommit(database: database)
        let results = await withTaskGroup(of: Result<Int, any Error>.self) { group in
            for n in 0..<200 {
                group.addTask {
                    await Result(catching: {
                        try await commits.write { db in
                            try db.execute("INSERT INTO t (n) VALUES (?)", n)
                            if n % 50 == 7 { throw Refused() }  // inserted, then refused: must leave no row
                            return n
                        }
                    })
                }
            }
            var all: [Result<Int, any Error>] = []
            for await result in group { all.append(result) }
            return all
        }
        let committed = results.compactMap { try? $0.get() }.sorted()
        let expected = (0..<200).filter { $0 % 50 != 7 }
        #expect(committed == expected)
        #expect(results.filter { if case .failure(let error) = $0 { error is Refused } else { false } }.count == 4)
        let rows = try await database.read { db in
            try db.query("SELECT n FROM t ORDER BY n").map { try $0.get(0, as: Int.self) }
        }
        #expect(rows == expected)
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
