/// What the router knows about a request besides the request itself, passed by value through middleware to the
/// handler. Middleware changes it by passing a modified copy to `next`.
public struct RequestContext: Sendable {
    /// The matched route's captures.
    public var parameters: RouteParameters
    /// The matched route's pattern (`/petitions/{id:int}`), `nil` when no route matched. Logs and metrics use
    /// this, never the raw path, so their labels stay few and free of personal data.
    public var route: String?
    /// The matched route's tag (a permission or name the identity middleware reads), if it has one.
    public var routeTag: String?
    /// The request's id: set by ``RequestIDMiddleware``, empty without it.
    public var requestID: String
    /// The language to answer in: `?lang=`, then the `lang` cookie, then `Accept-Language`, then Ukrainian.
    public var language: Language
    /// The decoded path segments.
    public var path: [String]
    /// The parsed query string.
    public var query: URLEncodedFields
    /// The request's cookies.
    public var cookies: Cookies
    /// Values middleware leaves for later middleware and handlers.
    public var values: ContextValues

    /// A context with the given parts; the router builds these, tests may too.
    public init(
        parameters: RouteParameters = RouteParameters(), route: String? = nil, routeTag: String? = nil,
        requestID: String = "", language: Language = .uk, path: [String] = [],
        query: URLEncodedFields = URLEncodedFields(), cookies: Cookies = Cookies(),
        values: ContextValues = ContextValues()
    ) {
        self.parameters = parameters
        self.route = route
        self.routeTag = routeTag
        self.requestID = requestID
        self.language = language
        self.path = path
        self.query = query
        self.cookies = cookies
        self.values = values
    }

    /// The label logs and metrics use for the route: its pattern, or `unmatched`.
    public var routeLabel: String { route ?? "unmatched" }
}
