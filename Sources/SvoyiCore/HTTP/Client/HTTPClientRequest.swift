public import Foundation

/// One outgoing HTTP request: a value, so it can be logged (redacted), recorded by a mock, and retried.
public struct HTTPClientRequest: Sendable {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute `http` or `https` URL.
    public var url: URL
    /// Header fields to send. `Authorization` and similar secrets are never copied into errors.
    public var headers: HTTPHeaders
    /// The request body; empty for none.
    public var body: [UInt8]
    /// The longest one attempt may take, from sending to the last body byte.
    public var timeout: Duration
    /// Whether sending the request twice has the same effect as sending it once; only such requests are retried.
    public var isIdempotent: Bool

    /// Creates a request.
    ///
    /// - Parameter idempotent: Overrides the method's default: GET, HEAD, PUT, DELETE and OPTIONS are
    ///   idempotent, POST and PATCH are not unless marked (for example, a POST carrying an idempotency key).
    public init(
        method: HTTPMethod = .get, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        timeout: Duration = .seconds(30), idempotent: Bool? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.isIdempotent = idempotent ?? Self.isIdempotentByDefault(method)
    }

    /// RFC 9110 §9.2.2: PUT, DELETE and the safe methods are idempotent.
    public static func isIdempotentByDefault(_ method: HTTPMethod) -> Bool {
        switch method {
        case .get, .head, .put, .delete, .options: true
        case .post, .patch: false
        case .other(let token): token == "TRACE"
        }
    }
}
