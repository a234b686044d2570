import Foundation
import SvoyiCore
import Synchronization
import Testing

/// A request as the server would hand it over.
func request(
    _ target: String, headers: [(String, String)] = [], body: [UInt8] = [], remoteAddress: String = "192.0.2.7"
) -> HTTPRequest {
    request(.get, target, headers: headers, body: body, remoteAddress: remoteAddress)
}

/// A request with another method.
func request(
    _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
    remoteAddress: String = "192.0.2.7"
) -> HTTPRequest {
    HTTPRequest(
        head: HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders(headers)),
        body: body, remoteAddress: remoteAddress)
}

/// Lines written to a sink, for reading back in tests.
final class CollectedLines: Sendable {
    private let lines = Mutex<[String]>([])

    var sink: LogSink { LogSink { line in self.lines.withLock { $0.append(line) } } }
    var all: [String] { lines.withLock { $0 } }
}

/// An error renderer for tests: the hromada "Тестова громада", unexpected errors into `log`.
func testErrors(_ log: CollectedLines = CollectedLines()) -> ErrorRenderer {
    ErrorRenderer(hromadaName: "Тестова громада", errorLog: log.sink)
}

extension HTTPResponse {
    /// The body bytes (empty for a stream, which these tests do not use).
    var bytes: [UInt8] {
        if case .bytes(let bytes) = body { return bytes }
        return []
    }

    /// The body as UTF-8 text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The body parsed as a JSON object.
    func jsonObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }
}

/// A handler that answers with the matched route, its parameters and its tag, so tests can see what matched.
let echoRoute: RouteHandler = { _, context in
    .text("\(context.routeLabel)|\(context.routeTag ?? "-")")
}
