/// Collects routes and middleware, then freezes them into a ``RouterResponder`` for the server.
///
/// ```swift
/// var router = Router()
/// router.add(RequestIDMiddleware())
/// router.add(AccessLogMiddleware(sink: .standardOutput))
/// router.get("/petitions/{id:int}") { request, context in
///     let id = try context.parameters.int("id")
///     return .text("petition \(id)")
/// }
/// router.post("/petitions", bodyLimit: 64 * 1024, tag: "petitions.create") { request, context in … }
/// let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Вишнева громада"))
/// ```
///
/// `HEAD` is answered by the `GET` handler without the body unless a `HEAD` route is registered; `OPTIONS` is
/// answered with `Allow` unless an `OPTIONS` route is registered. Middleware runs in the order added, the first
/// outermost, for every request, matched or not.
public struct Router: Sendable {
    /// The body limit of a route that names none: 1 MiB.
    public static let defaultBodyLimit = 1 << 20

    private struct Pending: Sendable {
        let method: HTTPMethod
        let pattern: String
        let bodyLimit: Int
        let tag: String?
        let handler: RouteHandler
    }

    private var pending: [Pending] = []
    private var middleware: [any HTTPMiddleware] = []

    /// An empty router.
    public init() {}

    /// Registers `handler` for `method` requests whose path matches `pattern` (see ``RoutePattern``).
    public mutating func on(
        _ method: HTTPMethod, _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) {
        pending.append(Pending(method: method, pattern: pattern, bodyLimit: bodyLimit, tag: tag, handler: handler))
    }

    /// Registers a `GET` route (which also answers `HEAD`).
    public mutating func get(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.get, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// Registers a `POST` route.
    public mutating func post(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.post, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// Registers a `PUT` route.
    public mutating func put(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.put, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// Registers a `PATCH` route.
    public mutating func patch(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.patch, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// Registers a `DELETE` route.
    public mutating func delete(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.delete, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// Registers a `HEAD` route, for the rare path whose `HEAD` should not run the `GET` handler.
    public mutating func head(
        _ pattern: String, bodyLimit: Int = Router.defaultBodyLimit, tag: String? = nil,
        _ handler: @escaping RouteHandler
    ) { on(.head, pattern, bodyLimit: bodyLimit, tag: tag, handler) }

    /// The registered routes' methods, patterns and tags, in registration order: for tests that check every route
    /// declares what it needs, and for documentation.
    public var routeTable: [(method: HTTPMethod, pattern: String, tag: String?)] {
        pending.map { ($0.method, $0.pattern, $0.tag) }
    }

    /// Adds `middleware` inside those added before it.
    public mutating func add(_ middleware: any HTTPMiddleware) {
        self.middleware.append(middleware)
    }

    /// The routes and middleware frozen into a responder. Throws for a malformed pattern or for two routes with
    /// the same method and path shape.
    public func buildResponder(
        errors: ErrorRenderer, unmatchedBodyLimit: Int = 64 * 1024
    ) throws(RouterBuildError) -> RouterResponder {
        var trie = RouteTrie()
        for route in pending {
            let pattern = try RoutePattern(route.pattern)
            try trie.insert(
                Route(
                    method: route.method, pattern: pattern, bodyLimit: route.bodyLimit, tag: route.tag,
                    handler: route.handler))
        }
        return RouterResponder(
            trie: trie, middleware: middleware, errors: errors, unmatchedBodyLimit: unmatchedBodyLimit)
    }
}
