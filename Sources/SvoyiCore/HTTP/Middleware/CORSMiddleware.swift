import Foundation

/// Lets pages of a few other origins call some JSON endpoints from the browser (CORS, the Fetch standard): a
/// hromada website's chat widget on `https://hromada.gov.ua` posting to this server's `/api/v1/chat`.
///
/// Only the listed ``paths``, and only for origins in the allow-list:
/// - a preflight (`OPTIONS` with `Access-Control-Request-Method`) from an allowed origin asking for an allowed
///   method and headers is answered 204 with `Access-Control-Allow-Origin` (the origin echoed, never `*`),
///   `-Allow-Methods`, `-Allow-Headers` and `-Max-Age`;
/// - other responses to an allowed origin carry `Access-Control-Allow-Origin` (errors and 429s too, so the widget
///   can read them);
/// - a disallowed origin gets no CORS header at all, so its browser keeps the response from the page;
/// - every response on the paths says `Vary: Origin`, so caches never give one origin's answer to another.
///
/// No credentials are allowed: the chat API carries its session in the JSON body, not in cookies.
///
/// ```swift
/// router.add(CORSMiddleware(allowedOrigins: ["https://hromada.gov.ua"], paths: ["/api/v1/chat"]))
/// ```
public struct CORSMiddleware: HTTPMiddleware {
    /// The allowed origins, normalised (see ``normalizedOrigin(_:)``).
    public let allowedOrigins: Set<String>
    /// The paths the policy covers, exactly (`/api/v1/chat`).
    public let paths: Set<String>
    /// The methods a preflight may ask for.
    public let methods: [HTTPMethod]
    /// The request headers a preflight may ask for (compared without regard to case).
    public let allowedHeaders: [String]
    /// How long a browser may cache a preflight's answer, in seconds.
    public let maxAge: Int

    /// The policy for `paths`. Origins that are not a valid origin are ignored (validate them with
    /// ``normalizedOrigin(_:)`` where they are configured).
    public init(
        allowedOrigins: [String], paths: [String], methods: [HTTPMethod] = [.post],
        allowedHeaders: [String] = ["Content-Type"], maxAge: Int = 600
    ) {
        self.allowedOrigins = Set(allowedOrigins.compactMap(Self.normalizedOrigin))
        self.paths = Set(paths)
        self.methods = methods
        self.allowedHeaders = allowedHeaders
        self.maxAge = maxAge
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        guard paths.contains("/" + context.path.joined(separator: "/")) else { return try await next(request, context) }
        let origin = request.headers["Origin"].flatMap { origin in
            Self.normalizedOrigin(origin).flatMap { allowedOrigins.contains($0) ? origin : nil }
        }
        if request.method == .options, let asked = request.headers["Access-Control-Request-Method"] {
            if let origin, methods.contains(where: { $0.description == asked }), allowsHeaders(request) {
                return HTTPResponse(
                    status: .noContent,
                    headers: HTTPHeaders([
                        ("Access-Control-Allow-Origin", origin),
                        ("Access-Control-Allow-Methods", methods.map(\.description).joined(separator: ", ")),
                        ("Access-Control-Allow-Headers", allowedHeaders.joined(separator: ", ")),
                        ("Access-Control-Max-Age", String(maxAge)), ("Vary", "Origin"),
                    ]))
            }
            var refused = try await next(request, context)
            refused.headers.add("Vary", "Origin")
            return refused
        }
        var response = try await next(request, context)
        response.headers.add("Vary", "Origin")
        if let origin { response.headers.add("Access-Control-Allow-Origin", origin) }
        return response
    }

    /// Whether every header a preflight names in `Access-Control-Request-Headers` is allowed.
    func allowsHeaders(_ request: HTTPRequest) -> Bool {
        let asked = (request.headers["Access-Control-Request-Headers"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        let allowed = Set(allowedHeaders.map { $0.lowercased() })
        return asked.allSatisfy(allowed.contains)
    }

    /// `text` as an origin in its serialised form (`https://hromada.gov.ua`, `http://localhost:8000`): scheme
    /// `http` or `https`, a host name (letters, digits, `-`, `.`) or a bracketed IPv6 address, an optional port
    /// 1…65535, nothing after; lowercased. `nil` for anything else: a path, a trailing slash, user info, `*`,
    /// `null`.
    public static func normalizedOrigin(_ text: String) -> String? {
        let lower = text.lowercased()
        let scheme: String
        if lower.hasPrefix("https://") {
            scheme = "https://"
        } else if lower.hasPrefix("http://") {
            scheme = "http://"
        } else {
            return nil
        }
        let authority = lower.dropFirst(scheme.count)
        var host = authority[...]
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                port = rest.dropFirst()
            }
            guard host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }),
                host.count > 2
            else { return nil }
        } else {
            if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard !host.isEmpty, host.count <= 253,
                labels.allSatisfy({ label in
                    (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                        && label.allSatisfy { ($0.isASCII && $0.isLetter) || $0.isASCII && $0.isNumber || $0 == "-" }
                })
            else { return nil }
        }
        if let port {
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(port), (1...65535).contains(number)
            else { return nil }
        }
        return String(lower)
    }
}
