import Foundation

/// Counts every request and its duration in a ``MetricsRegistry``, labelled by route pattern (`unmatched` when
/// none matched), method and status.
public struct MetricsMiddleware: HTTPMiddleware {
    /// Where the numbers go.
    public let registry: MetricsRegistry
    /// Where time comes from.
    public var clock: any WallClock

    /// A metrics middleware over `registry`.
    public init(registry: MetricsRegistry, clock: any WallClock = SystemClock()) {
        self.registry = registry
        self.clock = clock
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let start = clock.now
        let response = try await next(request, context)
        registry.recordRequest(
            route: context.routeLabel, method: MethodLabel.of(request.method), status: response.status.code,
            duration: clock.now.timeIntervalSince(start))
        return response
    }
}
