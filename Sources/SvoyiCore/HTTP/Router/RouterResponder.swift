/// A frozen router: the value the server holds and calls for every request. Built by
/// ``Router/buildResponder(errors:unmatchedBodyLimit:)``.
///
/// For each request it normalises the path, parses the query and cookies, negotiates the language, finds the
/// route, then runs the middleware and the handler. Whatever they throw becomes a response through the
/// ``ErrorRenderer`` at the layer that threw, so every middleware sees a response from `next`, never an error,
/// and a failing handler is logged by the same access log and metrics as a successful one.
public struct RouterResponder: HTTPResponder {
    let trie: RouteTrie
    let middleware: [any HTTPMiddleware]
    let errors: ErrorRenderer
    /// The body limit for requests no route matches (they get 404 or 405 anyway).
    public let unmatchedBodyLimit: Int

    init(trie: RouteTrie, middleware: [any HTTPMiddleware], errors: ErrorRenderer, unmatchedBodyLimit: Int) {
        self.trie = trie
        self.middleware = middleware
        self.errors = errors
        self.unmatchedBodyLimit = unmatchedBodyLimit
    }

    public func bodyLimit(for head: HTTPRequestHead) -> Int {
        let target = head.target[...]
        let rawPath = target.firstIndex(of: "?").map { target[..<$0] } ?? target
        guard let segments = try? PathNormalizer.segments(of: rawPath),
            case .route(let route, _) = trie.resolve(head.method, segments)
        else { return unmatchedBodyLimit }
        return route.bodyLimit
    }

    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        var context = RequestContext()
        context.cookies = Cookies(headers: request.headers)
        var failure: HTTPError?
        do {
            context.path = try PathNormalizer.segments(of: request.rawPath)
        } catch {
            failure = HTTPError(.badRequest, "The address is not valid.", logDetail: "path refused: \(error)")
        }
        do {
            context.query = try URLEncodedFields(parsing: request.rawQuery.utf8)
        } catch {
            failure = failure ?? error
        }
        context.language = LanguageNegotiation.negotiate(
            query: context.query["lang"], cookie: context.cookies["lang"],
            acceptLanguage: request.headers["Accept-Language"])
        let resolution = failure.map(RouteResolution.invalid) ?? trie.resolve(request.method, context.path)
        if case .route(let route, let parameters) = resolution {
            context.route = route.pattern.text
            context.routeTag = route.tag
            context.parameters = parameters
        }
        // For HEAD the GET handler's body stays: the server sends its length and drops the bytes (RFC 9110 §9.3.2).
        return await run(0, request, context) { request, context in
            try await Self.terminal(resolution, request, context)
        }
    }

    /// Middleware `index` (or the handler past the last), with anything thrown turned into a response.
    private func run(
        _ index: Int, _ request: HTTPRequest, _ context: RequestContext,
        terminal: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async -> HTTPResponse {
        do {
            guard index < middleware.count else { return try await terminal(request, context) }
            return try await middleware[index].handle(request, context: context) { request, context in
                await run(index + 1, request, context, terminal: terminal)
            }
        } catch {
            return errors.response(for: error, request: request, context: context)
        }
    }

    private static func terminal(
        _ resolution: RouteResolution, _ request: HTTPRequest, _ context: RequestContext
    ) async throws -> HTTPResponse {
        switch resolution {
        case .route(let route, _):
            guard request.body.count <= route.bodyLimit else { throw HTTPError(.contentTooLarge) }
            return try await route.handler(request, context)
        case .notFound:
            throw HTTPError(.notFound)
        case .methodNotAllowed(let allow):
            throw HTTPError(.methodNotAllowed, headers: HTTPHeaders([("Allow", allow)]))
        case .options(let allow):
            return HTTPResponse(status: .noContent, headers: HTTPHeaders([("Allow", allow)]))
        case .invalid(let error):
            throw error
        }
    }
}
