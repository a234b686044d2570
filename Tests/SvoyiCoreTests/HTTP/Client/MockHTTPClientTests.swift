import Foundation
import SvoyiCore
import Testing

@Suite struct MockHTTPClientTests {
    let a = URL(string: "https://api.example.org/a")!
    let b = URL(string: "https://api.example.org/b")!

    @Test func mockClientRepliesInQueuedOrderPerURL() async throws {
        let mock = MockHTTPClient()
        mock.enqueue(statusCode: 503, for: a)
        mock.enqueue(statusCode: 200, body: Array("ok".utf8), for: a)
        mock.enqueue(.failure(HTTPClientError(.timeout, method: .get, url: b)), for: b)

        #expect(try await mock.send(HTTPClientRequest(url: a)).statusCode == 503)
        let error = try await #require(throws: HTTPClientError.self) { try await mock.send(HTTPClientRequest(url: b)) }
        #expect(error.kind == .timeout)
        #expect(try await mock.send(HTTPClientRequest(url: a)).text == "ok")
        let unscripted = try await #require(throws: HTTPClientError.self) {
            try await mock.send(HTTPClientRequest(url: a))
        }
        #expect(unscripted.kind == .connection)
        #expect(mock.requests.map(\.url) == [a, b, a, a])
    }

    @Test func mockClientFallsBackToItsHandler() async throws {
        let mock = MockHTTPClient { request in
            HTTPClientResponse(statusCode: 201, text: "\(request.method) \(request.url.path) \(request.body.count)")
        }
        mock.enqueue(statusCode: 418, for: a)
        #expect(try await mock.send(HTTPClientRequest(url: a)).statusCode == 418)
        let response = try await mock.send(HTTPClientRequest(method: .post, url: a, body: [1, 2, 3]))
        #expect(response.statusCode == 201)
        #expect(response.text == "POST /a 3")
        #expect(mock.requests.last?.body == [1, 2, 3])
    }

    @Test func mockClientRecordsConcurrentRequests() async throws {
        let mock = MockHTTPClient { _ in HTTPClientResponse(statusCode: 204) }
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let url = URL(string: "https://api.example.org/item/\(index)")!
                    return try await mock.send(HTTPClientRequest(method: .put, url: url)).statusCode
                }
            }
            for try await status in group { #expect(status == 204) }
        }
        let paths = Set(mock.requests.map(\.url.lastPathComponent))
        #expect(paths == Set((0..<200).map(String.init)))
    }
}
