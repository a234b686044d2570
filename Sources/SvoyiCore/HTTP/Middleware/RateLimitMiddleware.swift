/// Limits how often one client address may call one route (token buckets keyed by address and route pattern).
/// Over the limit the request is answered 429 with `Retry-After` in seconds, without running the handler.
///
/// ```swift
/// router.add(RateLimitMiddleware(limits: ["/petitions/{id:int}/sign": RateLimit(requests: 5, per: 60)]))
/// ```
///
/// Routes without an entry use ``defaultLimit``, or are not limited when it is `nil`. Place it inside the access
/// log and metrics so refusals are counted.
public struct RateLimitMiddleware: HTTPMiddleware {
    /// Limits by route pattern (``RequestContext/routeLabel``; `unmatched` for requests no route matched).
    public var limits: [String: RateLimit]
    /// The limit for routes not in ``limits``.
    public var defaultLimit: RateLimit?
    /// Where time comes from.
    public var clock: any WallClock
    /// The buckets.
    public let limiter: RateLimiter

    /// A rate limit middleware.
    public init(
        limits: [String: RateLimit], defaultLimit: RateLimit? = nil, clock: any WallClock = SystemClock(),
        limiter: RateLimiter = RateLimiter()
    ) {
        self.limits = limits
        self.defaultLimit = defaultLimit
        self.clock = clock
        self.limiter = limiter
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        guard let limit = limits[context.routeLabel] ?? defaultLimit else { return try await next(request, context) }
        let key = request.remoteAddress + " " + context.routeLabel
        switch limiter.take(key: key, limit: limit, now: clock.now) {
        case .allowed:
            return try await next(request, context)
        case .limited(let seconds):
            throw HTTPError(
                .tooManyRequests, "Too many requests. Try again in \(seconds) seconds.",
                headers: HTTPHeaders([("Retry-After", String(seconds))]))
        }
    }
}
