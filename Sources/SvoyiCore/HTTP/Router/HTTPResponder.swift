/// The one entry point the server calls: the whole application, seen from the socket.
///
/// The server asks ``bodyLimit(for:)`` as soon as a request head is parsed, before reading the body, and answers
/// 413 itself when the body is larger; it then calls ``respond(to:)`` with the complete request. `respond` never
/// throws: every error has already become a response.
public protocol HTTPResponder: Sendable {
    /// The response to `request`. Must not throw or trap for any input.
    func respond(to request: HTTPRequest) async -> HTTPResponse

    /// The largest body, in bytes, the request with this head may carry.
    func bodyLimit(for head: HTTPRequestHead) -> Int
}
