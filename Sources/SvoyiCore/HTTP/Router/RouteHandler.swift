/// A route's handler: the request and its context in, a response out. A thrown ``HTTPError`` becomes its status;
/// anything else thrown becomes a generic 500 whose detail goes only to the error log.
public typealias RouteHandler = @Sendable (HTTPRequest, RequestContext) async throws -> HTTPResponse
