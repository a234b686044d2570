/// What the HTTP server calls for each complete request.
public protocol HTTPResponder: Sendable {
    /// Answers a request. Errors are the responder's to turn into responses; the server never sees them.
    func respond(to request: HTTPRequest) async -> HTTPResponse
    /// The body cap for a request, decided from its head before the body is read (per route).
    func bodyLimit(for head: HTTPRequestHead) -> Int
}
