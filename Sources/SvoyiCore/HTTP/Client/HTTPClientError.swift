public import Foundation

/// Why an HTTP client got no usable response.
///
/// The error names only the method and the URL's origin (`https://api.example.org:8443`): paths and
/// queries can carry tokens (Telegram puts the bot token in the path), and the request's headers and body
/// are never stored, so neither `description` nor a debugger dump can leak them.
public struct HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure, for callers that react differently to each.
    public enum Kind: String, Sendable, Equatable {
        /// An attempt ran past its deadline.
        case timeout
        /// The connection could not be made, or broke (refused, reset, DNS, TLS).
        case connection
        /// The response body was larger than the client's cap.
        case tooLarge
        /// The calling task was cancelled.
        case cancelled
        /// The reply was not a well-formed HTTP response.
        case invalidResponse
    }

    /// The kind of failure.
    public var kind: Kind
    /// The request's method.
    public var method: HTTPMethod
    /// Scheme, host and port of the request's URL; never its path, query or user info.
    public var origin: String
    /// How many attempts were made (1 when none was retried).
    public var attempts: Int
    /// A detail that holds no secrets, such as `URLError -1004` or a size limit.
    public var detail: String?

    /// Creates an error for `url`, keeping only its origin.
    public init(_ kind: Kind, method: HTTPMethod, url: URL, attempts: Int = 1, detail: String? = nil) {
        self.kind = kind
        self.method = method
        self.origin = Self.origin(of: url)
        self.attempts = attempts
        self.detail = detail
    }

    /// For example `HTTP client timeout: GET https://api.example.org (2 attempts; URLError -1001)`.
    public var description: String {
        var notes = [attempts == 1 ? "1 attempt" : "\(attempts) attempts"]
        if let detail { notes.append(detail) }
        return "HTTP client \(kind.rawValue): \(method) \(origin) (\(notes.joined(separator: "; ")))"
    }

    /// `scheme://host[:port]`, lower-cased; `?` when the URL has no host.
    static func origin(of url: URL) -> String {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(), !host.isEmpty else {
            return "?"
        }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return url.port.map { "\(scheme)://\(bracketed):\($0)" } ?? "\(scheme)://\(bracketed)"
    }
}
