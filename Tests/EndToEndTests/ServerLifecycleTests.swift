import Foundation
import SvoyiTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Starts the real `svoyi-server` binary on a free port with a temporary data directory.
@Suite struct ServerLifecycleTests {
    var server: URL { buildProductsDirectory.appendingPathComponent("svoyi-server") }
    var cli: URL { buildProductsDirectory.appendingPathComponent("svoyi-cli") }

    func start(_ dataDirectory: String) async throws -> (ChildProcess, URL) {
        let process = try ChildProcess(server, ["--port", "0", "--data-dir", dataDirectory])
        let line = try await process.waitForLine(startingWith: "  Listening on ")
        let base = try #require(URL(string: String(line.dropFirst("  Listening on ".count))))
        return (process, base)
    }

    func get(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func runCLI(_ arguments: [String]) async throws -> (Int32, [String]) {
        let process = try ChildProcess(cli, arguments)
        try await process.waitForExit()
        return (process.exitStatus, process.lines)
    }

    @Test func theServerStartsServesHealthSeedsTheDemoAndStopsOnSIGTERM() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e")
        let data = dir.path("data")
        let (process, base) = try await start(data)
        #expect(process.lines.contains { $0.contains("created the demo hromada") })

        let (status, body) = try await get(base.appendingPathComponent("healthz"))
        #expect(status == 200)
        #expect(body == "ok\n")
        try await waitUntil("readiness") { try await get(base.appendingPathComponent("readyz")).0 == 200 }
        #expect(try await get(base.appendingPathComponent("no-such-page")).0 == 404)

        let second = try ChildProcess(server, ["--port", "0", "--data-dir", data])
        try await second.waitForExit()
        #expect(second.exitStatus == 1)
        #expect(second.standardError.contains("a svoyi-server is running on"))

        let (listStatus, lines) = try await runCLI(["--data-dir", data, "hromada", "list"])
        #expect(listStatus == 0)
        #expect(lines.contains { $0.hasPrefix("demo ") && $0.contains("Вишнедольська") })

        process.signal(SIGTERM)
        try await process.waitForExit()
        #expect(process.exitStatus == 0)
        #expect(process.lines.last == "Stopped.")

        // A second start on the same data keeps the one demo hromada and does not seed again.
        let (again, _) = try await start(data)
        #expect(!again.lines.contains { $0.contains("created the demo hromada") })
        let (_, relisted) = try await runCLI(["--data-dir", data, "hromada", "list"])
        #expect(relisted.filter { $0.hasPrefix("demo ") }.count == 1)
        again.signal(SIGINT)
        try await again.waitForExit()
        #expect(again.exitStatus == 0)
    }

    @Test func theDemoIsOnlyEverCreatedWithANewDatabase() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e")
        let data = dir.path("data")
        let first = try ChildProcess(server, ["--port", "0", "--data-dir", data, "--no-demo"])
        try await first.waitForLine(startingWith: "  Listening on ")
        first.signal(SIGTERM)
        try await first.waitForExit()
        let (again, _) = try await start(data)
        #expect(!again.lines.contains { $0.contains("created the demo hromada") })
        let (_, lines) = try await runCLI(["--data-dir", data, "hromada", "list"])
        #expect(lines.first?.hasPrefix("No hromadas yet") == true)
        again.signal(SIGTERM)
        try await again.waitForExit()
    }

    @Test func badFlagsExit64AndAForeignDatabaseIsRefusedUntouched() async throws {
        let bad = try ChildProcess(server, ["--port", "eighty"])
        try await bad.waitForExit()
        #expect(bad.exitStatus == 64)
        #expect(bad.standardError.contains("--port must be a port number"))

        let dir = try TemporaryDirectory("svoyi-e2e")
        try FileManager.default.createDirectory(atPath: dir.path("data"), withIntermediateDirectories: true)
        let file = dir.path("data/svoyi.sqlite")
        let text = Data(String(repeating: "not a database ", count: 100).utf8)
        try text.write(to: URL(fileURLWithPath: file))
        let refused = try ChildProcess(server, ["--port", "0", "--data-dir", dir.path("data")])
        try await refused.waitForExit()
        #expect(refused.exitStatus == 1)
        #expect(refused.standardError.contains("is not a Svoyi database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == text)
    }
}
