import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The real ``URLSessionHTTPClient`` against a real server on loopback.
@Suite struct HTTPClientLiveTests {
    func client(
        _ sleeper: RecordingSleeper = RecordingSleeper(), maxResponseBytes: Int = 1 << 20
    ) -> URLSessionHTTPClient {
        let retry = HTTPRetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(100), maxBackoff: .seconds(1))
        return URLSessionHTTPClient(
            configuration: .init(maxResponseBytes: maxResponseBytes, retry: retry), sleep: sleeper.sleeper,
            random: { 1 })
    }

    func hits(_ server: HTTPClientLoopbackServer, _ path: String, _ client: URLSessionHTTPClient) async throws -> String
    {
        try await client.send(HTTPClientRequest(url: server.url("/hits\(path)"))).text
    }

    @Test func liveClientSendsGetWithHeaders() async throws {
        let server = try await HTTPClientLoopbackServer()
        let client = client()
        defer { client.invalidate() }
        let response = try await client.send(
            HTTPClientRequest(url: server.url("/echo"), headers: HTTPHeaders([("X-Test", "привіт-hello")])))
        #expect(response.statusCode == 200)
        #expect(response.headers["x-method"] == "GET")
        #expect(response.headers["Content-Type"] == "text/plain")
        #expect(response.body.isEmpty)
        let missing = try await client.send(HTTPClientRequest(url: server.url("/nowhere")))
        #expect(missing.statusCode == 404)
        #expect(missing.text == "no such route")
    }

    @Test func liveClientSendsPostBodies() async throws {
        let server = try await HTTPClientLoopbackServer()
        let client = client()
        defer { client.invalidate() }
        let body = Array("name=Оксана&count=2".utf8) + [0, 255]
        let response = try await client.send(
            HTTPClientRequest(
                method: .post, url: server.url("/echo"),
                headers: HTTPHeaders([("Content-Type", "application/octet-stream"), ("X-Test", "post")]), body: body))
        #expect(response.statusCode == 200)
        #expect(response.headers["X-Method"] == "POST")
        #expect(response.headers["X-Test"] == "post")
        #expect(response.body == body)
    }

    @Test func liveClientRetriesA503ThenSucceeds() async throws {
        let server = try await HTTPClientLoopbackServer()
        let sleeper = RecordingSleeper()
        let client = client(sleeper)
        defer { client.invalidate() }
        let response = try await client.send(HTTPClientRequest(url: server.url("/flaky/get")))
        #expect(response.statusCode == 200)
        #expect(response.text == "recovered")
        #expect(sleeper.recorded == [.milliseconds(100)])
        #expect(try await hits(server, "/flaky/get", client) == "2")

        let later = try await client.send(HTTPClientRequest(url: server.url("/later/get")))
        #expect(later.text == "later")
        #expect(sleeper.recorded == [.milliseconds(100), .seconds(1)], "Retry-After: 1 is honoured")
    }

    @Test func liveClientDoesNotRetryAPost() async throws {
        let server = try await HTTPClientLoopbackServer()
        let sleeper = RecordingSleeper()
        let client = client(sleeper)
        defer { client.invalidate() }
        let response = try await client.send(HTTPClientRequest(method: .post, url: server.url("/flaky/post")))
        #expect(response.statusCode == 503)
        #expect(response.text == "busy")
        #expect(sleeper.recorded.isEmpty)
        #expect(try await hits(server, "/flaky/post", client) == "1")
    }

    @Test func liveClientTimesOutAtTheRequestDeadline() async throws {
        let server = try await HTTPClientLoopbackServer()
        let sleeper = RecordingSleeper()
        let client = client(sleeper)
        defer { client.invalidate() }
        let started = ContinuousClock.now
        let request = HTTPClientRequest(method: .post, url: server.url("/slow"), timeout: .milliseconds(300))
        let error = try await #require(throws: HTTPClientError.self) { try await client.send(request) }
        let elapsed = ContinuousClock.now - started
        #expect(error.kind == .timeout)
        #expect(error.attempts == 1)
        // A deadline never fires early; how late it fires depends on the machine's load, so no upper bound.
        #expect(elapsed >= .milliseconds(300), "took \(elapsed): \(error)")
    }

    @Test func liveClientRetriesRefusedConnectionsThenFails() async throws {
        let sleeper = RecordingSleeper()
        let client = client(sleeper)
        defer { client.invalidate() }
        let url = URL(string: "http://127.0.0.1:\(try closedLoopbackPort())/")!
        let error = try await #require(throws: HTTPClientError.self) {
            try await client.send(HTTPClientRequest(url: url))
        }
        #expect(error.kind == .connection)
        #expect(error.attempts == 3)
        #expect(sleeper.recorded == [.milliseconds(100), .milliseconds(200)])
    }

    @Test func liveClientRefusesBodiesOverTheCap() async throws {
        let server = try await HTTPClientLoopbackServer()
        let client = client(maxResponseBytes: 10_000)
        defer { client.invalidate() }
        let error = try await #require(throws: HTTPClientError.self) {
            try await client.send(HTTPClientRequest(url: server.url("/big")))
        }
        #expect(error.kind == .tooLarge)
        #expect(try await client.send(HTTPClientRequest(url: server.url("/echo"))).statusCode == 200, "still usable")
    }

    @Test func liveClientStopsWhenTheCallerIsCancelled() async throws {
        let server = try await HTTPClientLoopbackServer()
        let client = client()
        defer { client.invalidate() }
        let task = Task { try await client.send(HTTPClientRequest(url: server.url("/slow"))) }
        try await waitUntil(timeout: 20, "the request to reach the server") {
            try await hits(server, "/slow", client) == "1"
        }
        task.cancel()
        // Had the client waited for the slow response, the send would have succeeded instead of throwing.
        let error = try await #require(throws: HTTPClientError.self) { try await task.value }
        #expect(error.kind == .cancelled)
    }
}
