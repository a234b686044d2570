import Foundation
import SvoyiTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The admin panel through the real server binary and a real HTTP client (Python `requests`).
@Suite struct AdminPanelEndToEndTests {
    @Test func aFirstSignInThroughRequests() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e-admin")
        let server = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"),
            ["--port", "0", "--data-dir", dir.path("data")])
        let admin = try await server.waitForLine(startingWith: "  Admin:     ")
        let line = try await server.waitForLine(startingWith: "  Listening on ")
        let base = String(line.dropFirst("  Listening on ".count))
        let password = try #require(admin.components(separatedBy: "temporary password ").last)
        #expect(admin.contains("login «admin»"))
        // The one-time password is stored only as a hash.
        let database = try Data(contentsOf: URL(fileURLWithPath: dir.path("data") + "/svoyi.sqlite"))
        #expect(database.range(of: Data(password.utf8)) == nil)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("python/admin_flow.py").path
        let client = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, base, "admin", password])
        try await client.waitForExit(timeout: 60)
        let failed = client.lines.filter { $0.hasPrefix("FAIL") }
        #expect(failed.isEmpty, "\(failed) \(client.standardError)")
        #expect(client.lines.last == "0 failed", "\(client.lines) \(client.standardError)")
        server.signal(SIGTERM)
        try await server.waitForExit()
    }

    @Test func cookiesAreSecureWhenATrustedProxySaysTLS() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e-proxy")
        let server = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"),
            ["--port", "0", "--data-dir", dir.path("data"), "--trusted-proxy", "127.0.0.1"])
        let line = try await server.waitForLine(startingWith: "  Listening on ")
        let url = try #require(URL(string: String(line.dropFirst("  Listening on ".count)) + "/admin/login"))
        func setCookie(_ proto: String?) async throws -> String {
            var request = URLRequest(url: url)
            if let proto { request.setValue(proto, forHTTPHeaderField: "X-Forwarded-Proto") }
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie") ?? ""
        }
        let secure = try await setCookie("https")
        #expect(secure.contains("svoyi_signin="))
        #expect(secure.contains("Secure"))
        #expect(!(try await setCookie(nil)).contains("Secure"))
        server.signal(SIGTERM)
        try await server.waitForExit()
    }
}
