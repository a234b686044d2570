import SvoyiCore

/// The two routes `benchmarks/http/run` measures against the Hummingbird peer, which serves the same bytes.
/// Served only with `--benchmark-routes`.
enum BenchmarkRoutes {
    static let plaintext = Array("Hello, hromada!\n".utf8)
    static let json = Array(#"{"status":"ok","service":"svoyi","queue":42,"up":true,"v":1}"#.utf8)

    static func register(on router: inout Router) {
        router.get("/bench/plaintext") { _, _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]), body: .bytes(plaintext))
        }
        router.get("/bench/json") { _, _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/json")]), body: .bytes(json))
        }
    }
}
