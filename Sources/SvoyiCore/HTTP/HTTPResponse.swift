/// A response: status, headers and a body that is either complete or streamed.
public struct HTTPResponse: Sendable {
    /// The body.
    public enum Body: Sendable {
        /// All bytes at once; the server sets `Content-Length`.
        case bytes([UInt8])
        /// Bytes as they are produced (server-sent events, large files); sent with chunked encoding, and the
        /// connection closes after it when the client spoke HTTP/1.0.
        case stream(AsyncStream<[UInt8]>)
    }

    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: Body

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A plain-text response (`text/plain; charset=utf-8`).
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]),
            body: .bytes(Array(text.utf8)))
    }

    /// An HTML response (`text/html; charset=utf-8`).
    public static func html(_ html: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]),
            body: .bytes(Array(html.utf8)))
    }
}
