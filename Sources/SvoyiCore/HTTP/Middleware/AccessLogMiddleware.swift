import Foundation

/// Writes one JSON line per request to a sink:
///
/// ```json
/// {"time":"2026-03-01T09:30:00.000Z","method":"GET","route":"/petitions/{id:int}","status":200,
///  "duration_ms":12.5,"bytes":5120,"request_id":"3f9c…"}
/// ```
///
/// The route is the matched pattern, never the path, and there is no query, no header and (unless
/// ``includeClientAddress`` is set) no IP address: the log holds nothing that identifies a resident. `bytes` is
/// `null` for a streamed body. Place it inside ``RequestIDMiddleware`` (or it reads the id from the response).
public struct AccessLogMiddleware: HTTPMiddleware {
    /// Where lines go.
    public var sink: LogSink
    /// Where time comes from.
    public var clock: any WallClock
    /// Whether to add a `client` field with the request's address.
    public var includeClientAddress: Bool

    /// An access log writing to `sink`.
    public init(sink: LogSink, clock: any WallClock = SystemClock(), includeClientAddress: Bool = false) {
        self.sink = sink
        self.clock = clock
        self.includeClientAddress = includeClientAddress
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let start = clock.now
        let response = try await next(request, context)
        let milliseconds = (clock.now.timeIntervalSince(start) * 1_000_000).rounded() / 1000
        let bytes: JSONLine.Value
        switch response.body {
        case .bytes(let body): bytes = .int(body.count)
        case .stream: bytes = .null
        }
        let requestID = context.requestID.isEmpty ? response.headers["X-Request-Id"] ?? "" : context.requestID
        var fields: [(String, JSONLine.Value)] = [
            ("time", .string(ISO8601Milliseconds.format(start))), ("method", .string(MethodLabel.of(request.method))),
            ("route", .string(context.routeLabel)), ("status", .int(response.status.code)),
            ("duration_ms", .double(milliseconds)), ("bytes", bytes), ("request_id", .string(requestID)),
        ]
        if includeClientAddress { fields.append(("client", .string(request.remoteAddress))) }
        sink(JSONLine.object(fields))
        return response
    }
}

/// A method as a log or metric label: the standard ones by name, anything else `OTHER` so a client cannot mint
/// new labels.
enum MethodLabel {
    static func of(_ method: HTTPMethod) -> String {
        if case .other = method { return "OTHER" }
        return method.description
    }
}
