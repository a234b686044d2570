/// What the route table says about a request, before anything runs.
enum RouteResolution: Sendable {
    /// A route answers it.
    case route(Route, RouteParameters)
    /// No route has this path.
    case notFound
    /// Routes have this path, but not for this method; `allow` lists theirs.
    case methodNotAllowed(allow: String)
    /// An `OPTIONS` request for a path that has routes and no `OPTIONS` route of its own.
    case options(allow: String)
    /// The path or query could not be read.
    case invalid(HTTPError)
}

extension RouteTrie {
    /// How `method` on the normalised `segments` resolves. `HEAD` falls back to `GET`.
    func resolve(_ method: HTTPMethod, _ segments: [String]) -> RouteResolution {
        let found = match(segments) { routes in
            routes[method] != nil || (method == .head && routes[.get] != nil)
        }
        if let found, let route = found.routes[method] ?? found.routes[.get] {
            return .route(route, route.parameters(captures: found.captures, rest: found.rest))
        }
        var methods: Set<HTTPMethod> = []
        _ = match(segments) { routes in
            methods.formUnion(routes.keys)
            return false
        }
        guard !methods.isEmpty else { return .notFound }
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        let allow = Self.canonicalOrder(methods).map(\.description).joined(separator: ", ")
        return method == .options ? .options(allow: allow) : .methodNotAllowed(allow: allow)
    }

    /// GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then any others by name.
    static func canonicalOrder(_ methods: Set<HTTPMethod>) -> [HTTPMethod] {
        let known: [HTTPMethod] = [.get, .head, .post, .put, .patch, .delete, .options]
        let others = methods.subtracting(known).sorted { $0.description < $1.description }
        return known.filter(methods.contains) + others
    }
}
