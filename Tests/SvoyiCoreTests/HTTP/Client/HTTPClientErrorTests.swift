import Foundation
import SvoyiCore
import Testing

@Suite struct HTTPClientErrorTests {
    static let secrets = ["hunter2", "s3cr3t", "SECRETTOKEN", "qwerty", "pa55"]
    static let secretURL = URL(
        string: "https://bot:pa55@API.Telegram.org:8443/bot123:SECRETTOKEN/send?key=qwerty#frag")!

    /// Every way an error may end up in a log.
    static func renderings(_ error: HTTPClientError) -> [String] {
        ["\(error)", String(describing: error), String(reflecting: error), error.localizedDescription, error.origin]
    }

    @Test func clientErrorKeepsOnlyTheOrigin() {
        let error = HTTPClientError(.timeout, method: .post, url: Self.secretURL, attempts: 2, detail: "URLError -1001")
        #expect(error.origin == "https://api.telegram.org:8443")
        #expect(
            error.description == "HTTP client timeout: POST https://api.telegram.org:8443 (2 attempts; URLError -1001)")
        for rendering in Self.renderings(error) {
            for secret in Self.secrets { #expect(!rendering.contains(secret), "\(secret) in \(rendering)") }
        }
    }

    @Test func clientErrorDescribesOriginsWithoutPortsOrHosts() {
        let plain = HTTPClientError(.connection, method: .get, url: URL(string: "http://example.org/x")!)
        #expect(plain.description == "HTTP client connection: GET http://example.org (1 attempt)")
        let relative = HTTPClientError(.invalidResponse, method: .get, url: URL(string: "/only/a/path?token=qwerty")!)
        #expect(relative.origin == "?")
    }

    @Test func clientErrorFromALiveFailureCarriesNoRequestSecrets() async throws {
        let port = try closedLoopbackPort()
        let client = URLSessionHTTPClient(configuration: .init(retry: .never))
        defer { client.invalidate() }
        let url = URL(string: "http://user:pa55@127.0.0.1:\(port)/bot1:SECRETTOKEN/send?key=qwerty")!
        let request = HTTPClientRequest(
            method: .post, url: url, headers: HTTPHeaders([("Authorization", "Bearer s3cr3t")]),
            body: Array("password=hunter2".utf8))
        let error = try await #require(throws: HTTPClientError.self) { try await client.send(request) }
        #expect(error.kind == .connection)
        #expect(error.origin == "http://127.0.0.1:\(port)")
        for rendering in Self.renderings(error) {
            for secret in Self.secrets { #expect(!rendering.contains(secret), "\(secret) in \(rendering)") }
        }
    }
}
