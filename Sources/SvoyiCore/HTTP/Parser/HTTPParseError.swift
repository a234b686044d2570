/// Why a request was refused: the status to answer with, and a reason that is safe to log.
///
/// The reason names the rule that was broken, never a header value or the request target, so it can go to
/// the log as is. After any of these errors the server answers with ``status`` and closes the connection:
/// the framing of whatever follows can no longer be trusted.
public struct HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400, 413, 414, 417, 431, 501 or 505.
    public let status: HTTPStatus
    /// A short English sentence naming the broken rule.
    public let reason: String

    /// Creates an error with a status and a reason.
    public init(_ status: HTTPStatus, _ reason: String) {
        self.status = status
        self.reason = reason
    }

    /// "400 Bad Request: bare LF as a line ending".
    public var description: String { "\(status): \(reason)" }

    static func badRequest(_ reason: String) -> HTTPParseError {
        HTTPParseError(.badRequest, reason)
    }

    static let requestLineTooLong = HTTPParseError(.uriTooLong, "request line over the limit")
    static let headerSectionTooLarge = HTTPParseError(.headerFieldsTooLarge, "header section over the limit")
    static let tooManyHeaders = HTTPParseError(.headerFieldsTooLarge, "more header fields than the limit")
    static let trailerSectionTooLarge = HTTPParseError(.headerFieldsTooLarge, "trailer section over the limit")
    static let tooManyTrailers = HTTPParseError(.headerFieldsTooLarge, "more trailer fields than the limit")
    static let bodyTooLarge = HTTPParseError(.contentTooLarge, "body over the limit")
    static let chunkSizeLineTooLong = badRequest("chunk-size line over the limit")
    static let bareLF = badRequest("bare LF as a line ending")
    static let bareCR = badRequest("bare CR")
}
