/// A step around every request: it may change the request or context before calling `next`, answer without
/// calling it, or change the response on the way back.
///
/// `next` runs the rest of the chain and the handler; it returns the response even when they failed (errors have
/// already become error responses), so logging and metrics middleware see every status. A middleware that throws
/// is answered through the ``ErrorRenderer`` in the same way.
///
/// ```swift
/// struct Timing: HTTPMiddleware {
///     func handle(_ request: HTTPRequest, context: RequestContext,
///                 next: (HTTPRequest, RequestContext) async throws -> HTTPResponse) async throws -> HTTPResponse {
///         var response = try await next(request, context)
///         response.headers.add("X-Route", context.routeLabel)
///         return response
///     }
/// }
/// ```
public protocol HTTPMiddleware: Sendable {
    /// Handles `request`, usually by calling `next` with it.
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}
