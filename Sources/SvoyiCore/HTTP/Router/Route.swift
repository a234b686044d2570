/// One registered route: a method, a pattern, its handler and its limits.
public struct Route: Sendable {
    /// The method it answers.
    public let method: HTTPMethod
    /// The path pattern; its text is the route's label in logs and metrics.
    public let pattern: RoutePattern
    /// The largest request body it accepts, in bytes.
    public let bodyLimit: Int
    /// A name or permission tag for the identity middleware (`"petitions.moderate"`), if any.
    public let tag: String?
    /// The handler.
    public let handler: RouteHandler

    /// A route.
    public init(
        method: HTTPMethod, pattern: RoutePattern, bodyLimit: Int, tag: String?, handler: @escaping RouteHandler
    ) {
        self.method = method
        self.pattern = pattern
        self.bodyLimit = bodyLimit
        self.tag = tag
        self.handler = handler
    }

    /// The route's parameters from the values a trie match captured, in pattern order.
    func parameters(captures: [String], rest: [String]) -> RouteParameters {
        var entries: [RouteParameters.Entry] = []
        entries.reserveCapacity(captures.count)
        var restName: String?
        var next = 0
        for segment in pattern.segments {
            switch segment {
            case .literal: break
            case .capture(let name, _):
                entries.append(RouteParameters.Entry(name: name, value: captures[next]))
                next += 1
            case .rest(let name): restName = name
            }
        }
        return RouteParameters(entries: entries, restName: restName, restSegments: rest)
    }
}
