import Foundation
import SvoyiTestSupport
import Testing

/// Real HTTP client libraries (Python's h11 and requests, installed by scripts/test) against the real server.
@Suite struct ExternalClientTests {
    @Test func h11AndRequestsTalkToTheServer() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e")
        let server = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"),
            ["--port", "0", "--data-dir", dir.path("data")])
        let line = try await server.waitForLine(startingWith: "  Listening on ")
        let base = String(line.dropFirst("  Listening on ".count))
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("python/http_clients.py").path
        let client = try ChildProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, base])
        try await client.waitForExit(timeout: 60)
        let failed = client.lines.filter { $0.hasPrefix("FAIL") }
        #expect(failed.isEmpty, "\(failed) \(client.standardError)")
        #expect(client.lines.last == "0 failed", "\(client.lines) \(client.standardError)")
        #expect(client.exitStatus == 0)
        server.signal(SIGTERM)
        try await server.waitForExit()
    }
}
