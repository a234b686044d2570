/// Answers everything under `/admin` in Ukrainian, the panel's language, whatever the browser asks for: its own
/// pages are Ukrainian, and so must be its error pages (a 404 or 500 inside the panel).
public struct AdminLanguageMiddleware: HTTPMiddleware {
    public init() {}

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        guard context.path.first == "admin" else { return try await next(request, context) }
        var context = context
        context.language = .uk
        return try await next(request, context)
    }
}
