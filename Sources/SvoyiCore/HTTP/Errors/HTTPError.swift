/// An error that answers the request with its own status: handlers and middleware throw it for anything the
/// client should hear about.
///
/// `message` is shown to the client (the `detail` of problem JSON), so it must be safe: no personal data, no
/// internals. `logDetail` goes only to the error log.
///
/// ```swift
/// throw HTTPError(.notFound, "No petition with this number")
/// throw HTTPError(.unprocessableContent, "Some fields are invalid",
///                 fieldErrors: [FieldError(field: "title", detail: "must not be empty")])
/// ```
public struct HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The response status.
    public var status: HTTPStatus
    /// What went wrong, in words safe to show; `nil` leaves only the status's title.
    public var message: String?
    /// Which input fields are wrong and why (problem JSON `errors`).
    public var fieldErrors: [FieldError]
    /// Extra response headers (`Allow`, `Retry-After` …).
    public var headers: HTTPHeaders
    /// Detail for the error log only.
    public var logDetail: String?

    /// An error with a status, a safe message and optional field errors and headers.
    public init(
        _ status: HTTPStatus, _ message: String? = nil, fieldErrors: [FieldError] = [],
        headers: HTTPHeaders = HTTPHeaders(), logDetail: String? = nil
    ) {
        self.status = status
        self.message = message
        self.fieldErrors = fieldErrors
        self.headers = headers
        self.logDetail = logDetail
    }

    public var description: String {
        "HTTPError(\(status.code)\(message.map { ": \($0)" } ?? ""))"
    }
}

/// One invalid input field: its path (`services[2].cost`) and what is wrong with it.
public struct FieldError: Sendable, Equatable, Codable {
    /// The field's path in the input.
    public var field: String
    /// What is wrong, safe to show.
    public var detail: String

    /// A field error.
    public init(field: String, detail: String) {
        self.field = field
        self.detail = detail
    }
}

/// An error type that knows which ``HTTPError`` it means, so domain errors can stay free of HTTP and still answer
/// with the right status.
public protocol HTTPErrorConvertible: Error {
    /// The HTTP error to answer with.
    var httpError: HTTPError { get }
}
