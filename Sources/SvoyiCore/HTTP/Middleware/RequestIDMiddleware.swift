import Synchronization

/// Gives every request an id, puts it in ``RequestContext/requestID`` and echoes it in `X-Request-Id`, so a
/// resident's report ("the page said error, request 3f9c…") leads to the log lines.
///
/// An incoming `X-Request-Id` is used only when ``trustIncoming`` is set (the reverse proxy in front assigns
/// ids) and the value is 1–128 characters of letters, digits, `-`, `_`, `.` and `:`; otherwise a new id is made.
public struct RequestIDMiddleware: HTTPMiddleware {
    /// Whether to keep an id the request brings.
    public var trustIncoming: Bool
    private let generate: @Sendable () -> String

    /// A middleware making ids with `generate` (by default ``sequentialID()``: unique, no system call).
    public init(
        trustIncoming: Bool = false, generate: @escaping @Sendable () -> String = RequestIDMiddleware.sequentialID
    ) {
        self.trustIncoming = trustIncoming
        self.generate = generate
    }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var context = context
        let incoming = trustIncoming ? request.headers["X-Request-Id"].flatMap(Self.validated) : nil
        context.requestID = incoming ?? generate()
        var response = try await next(request, context)
        response.headers.set("X-Request-Id", context.requestID)
        return response
    }

    /// A random 64-bit prefix drawn once per process, then a counter: 32 hex digits, unique across restarts
    /// without a system call per request (a request id needs to be unique, not secret).
    public static func sequentialID() -> String {
        let count = counter.add(1, ordering: .relaxed).newValue
        let low = String(count, radix: 16)
        return processPrefix + String(repeating: "0", count: max(0, 16 - low.count)) + low
    }

    private static let counter = Atomic<UInt64>(0)
    private static let processPrefix: String = {
        var generator = SystemRandomNumberGenerator()
        let high = String(generator.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high
    }()

    /// 32 lowercase hex digits from the system's random generator.
    public static func randomID() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = String(generator.next() as UInt64, radix: 16)
        let low = String(generator.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count)
            + low
    }

    static func validated(_ value: String) -> String? {
        let ok =
            (1...128).contains(value.utf8.count)
            && value.utf8.allSatisfy { byte in
                (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 45
                    || byte == 95 || byte == 46 || byte == 58
            }
        return ok ? value : nil
    }
}
