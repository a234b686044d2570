import Foundation
import SvoyiTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The admin panel through the real server binary and a real HTTP client (Python `requests`).
@Suite struct AdminPanelEndToEndTests {
    @Test func aFirstSignInThroughRequests() async throws {
        let server = try await DemoServer.start("svoyi-e2e-admin")
        // The one-time password is stored only as a hash.
        let database = try Data(contentsOf: URL(fileURLWithPath: server.directory.path("data") + "/svoyi.sqlite"))
        #expect(database.range(of: Data(server.temporaryPassword.utf8)) == nil)
        let client = try server.startScript("admin_flow.py")
        try await client.waitForExit(timeout: 240)  // real PBKDF2 sign-ins, queued behind the whole suite
        let failed = client.lines.filter { $0.hasPrefix("FAIL") }
        #expect(failed.isEmpty, "\(failed) \(client.standardError)")
        #expect(client.lines.last == "0 failed", "\(client.lines) \(client.standardError)")
        try await server.stop()
    }

    @Test func cookiesAreSecureWhenATrustedProxySaysTLS() async throws {
        let server = try await DemoServer.start("svoyi-e2e-proxy", ["--trusted-proxy", "127.0.0.1"])
        let url = try #require(URL(string: server.base + "/admin/login"))
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
        try await server.stop()
    }
}
