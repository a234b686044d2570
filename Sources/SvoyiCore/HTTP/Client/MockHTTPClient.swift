public import Foundation
import Synchronization

/// A scripted ``HTTPClient`` for tests: replies queued per URL or computed by a closure, and every request
/// recorded in order.
///
/// For a request, the first reply queued for its exact URL is used (and consumed); otherwise the handler
/// answers; with neither, the request fails with a `connection` error naming the URL's origin.
public final class MockHTTPClient: HTTPClient {
    /// A scripted outcome.
    public enum Reply: Sendable {
        /// Return this response.
        case response(HTTPClientResponse)
        /// Throw this error.
        case failure(HTTPClientError)
    }

    /// Answers requests that have no queued reply.
    public typealias Handler = @Sendable (HTTPClientRequest) async throws -> HTTPClientResponse

    private struct State {
        var queued: [String: [Reply]] = [:]
        var requests: [HTTPClientRequest] = []
    }

    private let state = Mutex(State())
    private let handler: Handler?

    /// Creates a mock; `handler`, when given, answers every request without a queued reply.
    public init(handler: Handler? = nil) {
        self.handler = handler
    }

    /// Queues `reply` for the next request to exactly `url`.
    public func enqueue(_ reply: Reply, for url: URL) {
        state.withLock { $0.queued[url.absoluteString, default: []].append(reply) }
    }

    /// Queues a response for the next request to exactly `url`.
    public func enqueue(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], for url: URL) {
        enqueue(.response(HTTPClientResponse(statusCode: statusCode, headers: headers, body: body)), for: url)
    }

    /// Every request sent so far, oldest first.
    public var requests: [HTTPClientRequest] {
        state.withLock { $0.requests }
    }

    /// Answers `request` from the script and records it.
    public func send(_ request: HTTPClientRequest) async throws -> HTTPClientResponse {
        let reply: Reply? = state.withLock { state in
            state.requests.append(request)
            let key = request.url.absoluteString
            guard var replies = state.queued[key], !replies.isEmpty else { return nil }
            let first = replies.removeFirst()
            state.queued[key] = replies.isEmpty ? nil : replies
            return first
        }
        switch reply {
        case .response(let response)?: return response
        case .failure(let error)?: throw error
        case nil:
            guard let handler else {
                throw HTTPClientError(.connection, method: request.method, url: request.url, detail: "nothing scripted")
            }
            return try await handler(request)
        }
    }
}
