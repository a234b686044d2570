import Foundation

/// One wrk run: requests a second, the 99th percentile, and the answers that were not 2xx.
struct WrkResult {
    let requestsPerSecond: Double
    let requests: Int
    let p99: String
    let errors: String

    /// Runs `wrk -t threads -c connections -d seconds --latency -s script url -- arguments…`.
    static func run(
        script: URL, url: String, arguments: [String], threads: Int, connections: Int, seconds: Int, log: URL
    ) async throws -> WrkResult {
        let (status, output) = try await Child.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "wrk", "-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script.path, url, "--",
            ] + arguments, log: log)
        guard status == 0 else { throw Failure("wrk exited with \(status); see \(log.path)") }
        func value(after prefix: String) -> String? {
            output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix(prefix) }.map {
                    String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                }
        }
        let requests = output.firstMatch(of: /(\d+) requests in/).flatMap { Int($0.1) } ?? 0
        let errors = output.split(separator: "\n").filter {
            $0.contains("Non-2xx or 3xx responses:") || $0.contains("Socket errors:")
        }.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        return WrkResult(
            requestsPerSecond: Double(value(after: "Requests/sec:") ?? "") ?? 0, requests: requests,
            p99: value(after: "99%") ?? "?", errors: errors)
    }
}
