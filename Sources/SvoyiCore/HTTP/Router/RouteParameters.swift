/// The values a route's captures took from the request's path, already percent-decoded.
///
/// ```swift
/// router.get("/petitions/{id:int}") { request, context in
///     let id = try context.parameters.int("id")   // Int64; 400 if it does not fit
///     …
/// }
/// ```
public struct RouteParameters: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let name: String
        let value: String
    }

    private var entries: [Entry]
    private var restName: String?
    private var restSegments: [String]

    /// No parameters.
    public init() {
        entries = []
        restName = nil
        restSegments = []
    }

    init(entries: [Entry], restName: String?, restSegments: [String]) {
        self.entries = entries
        self.restName = restName
        self.restSegments = restSegments
    }

    /// The names of the captures, in pattern order (the rest capture last).
    public var names: [String] { entries.map(\.name) + (restName.map { [$0] } ?? []) }

    /// The captured text for `name`, or `nil` when the route has no such capture. A rest capture gives its
    /// segments joined with `/`.
    public subscript(name: String) -> String? {
        if let entry = entries.first(where: { $0.name == name }) { return entry.value }
        if name == restName { return restSegments.joined(separator: "/") }
        return nil
    }

    /// The captured text for `name`. Throws 500 when the route has no such capture: that is a programming error,
    /// not the client's.
    public func string(_ name: String) throws(HTTPError) -> String {
        guard let value = self[name] else { throw Self.missing(name) }
        return value
    }

    /// The capture `name` as an `Int64`. Throws 400 when the text is not a whole number or does not fit.
    public func int(_ name: String) throws(HTTPError) -> Int64 {
        let text = try string(name)
        guard RoutePattern.CaptureKind.int.accepts(text), let value = Int64(text) else {
            throw HTTPError(.badRequest, "\(name): expected a whole number between \(Int64.min) and \(Int64.max)")
        }
        return value
    }

    /// The segments a `{name*}` capture took, each decoded on its own (a segment may contain `/` if it was sent
    /// encoded). Throws 500 when the route has no such rest capture.
    public func segments(_ name: String) throws(HTTPError) -> [String] {
        guard name == restName else { throw Self.missing(name) }
        return restSegments
    }

    private static func missing(_ name: String) -> HTTPError {
        HTTPError(.internalServerError, logDetail: "the route has no parameter named \(name)")
    }
}
