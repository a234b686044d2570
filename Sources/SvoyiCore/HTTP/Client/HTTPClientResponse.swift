/// A complete HTTP response: status code, header fields and the whole body.
public struct HTTPClientResponse: Sendable, Equatable {
    /// The status code, for example 200 or 503.
    public var statusCode: Int
    /// The header fields as received.
    public var headers: HTTPHeaders
    /// The body, never longer than the client's response cap.
    public var body: [UInt8]

    /// Creates a response (for mocks and tests; real ones come from a client).
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// Creates a response with a UTF-8 text body.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), text: String) {
        self.init(statusCode: statusCode, headers: headers, body: Array(text.utf8))
    }

    /// The body decoded as UTF-8, invalid sequences replaced.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200...299).contains(statusCode) }
}
