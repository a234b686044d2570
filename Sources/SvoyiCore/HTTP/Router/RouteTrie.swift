/// The frozen route table: a trie with one node per path segment, stored flat in arrays so it is a plain value
/// (no references, no locks) that any number of requests read at once.
///
/// At each node a segment is tried, in order, as a literal, then as an `int`, `slug` and `string` capture, then as
/// the start of a rest capture; a dead end backtracks to the next choice, so `/petitions/new` and
/// `/petitions/{id:int}` coexist.
struct RouteTrie: Sendable {
    struct Node: Sendable {
        var literals: [String: Int] = [:]
        /// Children for captures, indexed like `RoutePattern.CaptureKind.allCases` (int, slug, string).
        var captures: [Int?] = [nil, nil, nil]
        /// Routes ending in a rest capture here.
        var rest: [HTTPMethod: Route] = [:]
        /// Routes ending exactly here.
        var routes: [HTTPMethod: Route] = [:]
    }

    /// A successful match.
    struct Match {
        let routes: [HTTPMethod: Route]
        let captures: [String]
        let rest: [String]
    }

    private(set) var nodes: [Node] = [Node()]

    /// Adds `route`; throws when a route with the same method and the same path shape exists.
    mutating func insert(_ route: Route) throws(RouterBuildError) {
        var node = 0
        for segment in route.pattern.segments {
            switch segment {
            case .literal(let text):
                node = child(of: node, existing: nodes[node].literals[text]) { $0.literals[text] = $1 }
            case .capture(_, let kind):
                let slot = RoutePattern.CaptureKind.allCases.firstIndex(of: kind)!
                node = child(of: node, existing: nodes[node].captures[slot]) { $0.captures[slot] = $1 }
            case .rest:
                guard nodes[node].rest[route.method] == nil else { throw duplicate(route) }
                nodes[node].rest[route.method] = route
                return
            }
        }
        guard nodes[node].routes[route.method] == nil else { throw duplicate(route) }
        nodes[node].routes[route.method] = route
    }

    private mutating func child(of node: Int, existing: Int?, link: (inout Node, Int) -> Void) -> Int {
        if let existing { return existing }
        nodes.append(Node())
        link(&nodes[node], nodes.count - 1)
        return nodes.count - 1
    }

    private func duplicate(_ route: Route) -> RouterBuildError {
        RouterBuildError(pattern: route.pattern.text, reason: "another \(route.method) route has the same path shape")
    }

    /// The first match, in priority order, whose routes satisfy `accept`. `accept` sees every candidate until one
    /// is accepted, so a visitor that never accepts sees every route table the path matches.
    func match(_ segments: [String], accept: ([HTTPMethod: Route]) -> Bool) -> Match? {
        var captures: [String] = []
        captures.reserveCapacity(4)
        return search(segments, 0, node: 0, captures: &captures, accept: accept)
    }

    private func search(
        _ segments: [String], _ index: Int, node: Int, captures: inout [String],
        accept: ([HTTPMethod: Route]) -> Bool
    ) -> Match? {
        let current = nodes[node]
        if index == segments.count {
            guard !current.routes.isEmpty, accept(current.routes) else { return nil }
            return Match(routes: current.routes, captures: captures, rest: [])
        }
        let segment = segments[index]
        if let next = current.literals[segment],
            let found = search(segments, index + 1, node: next, captures: &captures, accept: accept)
        {
            return found
        }
        for (slot, kind) in RoutePattern.CaptureKind.allCases.enumerated() {
            guard let next = current.captures[slot], kind.accepts(segment) else { continue }
            captures.append(segment)
            if let found = search(segments, index + 1, node: next, captures: &captures, accept: accept) {
                return found
            }
            captures.removeLast()
        }
        if !current.rest.isEmpty, accept(current.rest) {
            return Match(routes: current.rest, captures: captures, rest: Array(segments[index...]))
        }
        return nil
    }
}
