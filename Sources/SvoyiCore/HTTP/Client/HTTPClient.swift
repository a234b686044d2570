/// Sends HTTP requests to other services (messenger APIs, webhooks, e-government registers).
///
/// Kits take an `any HTTPClient` so that tests can pass a ``MockHTTPClient`` and production passes one
/// long-lived ``URLSessionHTTPClient``. Any status code is a response, not an error: a 404 or a 500 comes
/// back as an ``HTTPClientResponse``. Failures to get a response at all throw ``HTTPClientError``.
public protocol HTTPClient: Sendable {
    /// Sends `request` and returns the response, retrying where the client's policy allows.
    ///
    /// - Throws: ``HTTPClientError`` when no acceptable response arrived.
    func send(_ request: HTTPClientRequest) async throws -> HTTPClientResponse
}
