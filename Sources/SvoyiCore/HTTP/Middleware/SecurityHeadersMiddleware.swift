/// Adds the browser-hardening headers to every response that does not set its own:
///
/// - `Content-Security-Policy`: only this site's scripts, styles, images, fonts and forms, no inline scripts,
///   no plugins, no framing (`frame-ancestors 'none'`);
/// - `X-Frame-Options: DENY` for browsers that predate `frame-ancestors`;
/// - `X-Content-Type-Options: nosniff`, `Referrer-Policy: strict-origin-when-cross-origin`;
/// - `Permissions-Policy` turning off camera, microphone, geolocation, payment and USB;
/// - `Cross-Origin-Opener-Policy: same-origin`;
/// - `Strict-Transport-Security` when ``strictTransportSecurity`` is set (when TLS ends at our proxy).
///
/// A handler that needs another policy (a page embedding a map) sets the header itself, and it is kept.
public struct SecurityHeadersMiddleware: HTTPMiddleware {
    /// The default `Content-Security-Policy`.
    public static let defaultContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"

    /// The default `Permissions-Policy`.
    public static let defaultPermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

    /// The headers added, in order.
    public let headers: [(name: String, value: String)]

    /// The middleware with the given policies.
    public init(
        contentSecurityPolicy: String = SecurityHeadersMiddleware.defaultContentSecurityPolicy,
        permissionsPolicy: String = SecurityHeadersMiddleware.defaultPermissionsPolicy,
        strictTransportSecurity: String? = nil
    ) {
        var headers: [(String, String)] = [
            ("Content-Security-Policy", contentSecurityPolicy), ("X-Frame-Options", "DENY"),
            ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("Permissions-Policy", permissionsPolicy), ("Cross-Origin-Opener-Policy", "same-origin"),
        ]
        if let strictTransportSecurity { headers.append(("Strict-Transport-Security", strictTransportSecurity)) }
        self.headers = headers
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var response = try await next(request, context)
        for (name, value) in headers where !response.headers.contains(name) {
            response.headers.add(name, value)
        }
        return response
    }
}
