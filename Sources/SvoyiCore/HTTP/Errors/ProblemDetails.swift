import Foundation

/// An RFC 9457 problem document, the body of every error answered under `/api/`
/// (`Content-Type: application/problem+json`).
public struct ProblemDetails: Sendable, Equatable, Codable {
    /// A URI naming the problem type; `about:blank` when the status says it all.
    public var type: String
    /// The status's short title.
    public var title: String
    /// The status code.
    public var status: Int
    /// What went wrong in this case, safe to show.
    public var detail: String?
    /// Which request this was: its path.
    public var instance: String?
    /// Invalid input fields, when there are any.
    public var errors: [FieldError]?

    /// A problem document.
    public init(
        type: String = "about:blank", title: String, status: Int, detail: String? = nil, instance: String? = nil,
        errors: [FieldError]? = nil
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.errors = errors
    }

    /// The document for `error` about the request at `instance`.
    public init(_ error: HTTPError, instance: String?) {
        self.init(
            title: error.status.reason, status: error.status.code, detail: error.message, instance: instance,
            errors: error.fieldErrors.isEmpty ? nil : error.fieldErrors)
    }

    /// The media type of problem documents.
    public static let contentType = "application/problem+json"

    /// The JSON encoding, keys sorted so the body is stable.
    public func jsonBytes() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return Array((try? encoder.encode(self)) ?? Data(#"{"status":500}"#.utf8))
    }
}
