public import Foundation

/// How the HTTP server listens and what it tolerates.
public struct HTTPServerConfiguration: Sendable {
    /// IPv4 or IPv6 literal to listen on.
    public var host = "127.0.0.1"
    /// TCP port; 0 picks a free one (see ``HTTPServer/port``).
    public var port = 8080
    /// Event loops (threads), one per core by default.
    public var loops = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Request-line, header and default body caps.
    public var limits = HTTPParserLimits()
    /// Bodies larger than this go to a temporary file in ``spoolDirectory`` as they arrive (uploads), not to
    /// memory; the handler reads them with ``HTTPRequest/forEachBodyChunk(_:)``.
    public var bodySpoolThreshold = 1 << 20
    public var spoolDirectory = FileManager.default.temporaryDirectory.path
    /// From the first byte of a request to the end of its head (slowloris).
    public var headerTimeout: TimeInterval = 10
    /// How long a keep-alive connection may wait for its next request.
    public var idleTimeout: TimeInterval = 60
    /// From the first byte of a request to the last byte of its body, however steadily it arrives.
    public var requestTimeout: TimeInterval = 120
    /// A body must keep arriving at least this fast (bytes per ``bodyRateWindow``) or the request times out.
    public var minimumBodyBytesPerWindow = 1024
    public var bodyRateWindow: TimeInterval = 10
    /// How long a response may stall because the client does not read.
    public var writeTimeout: TimeInterval = 30
    /// Open connections in all.
    public var maximumConnections = 10_000
    /// Open connections from one client address.
    public var maximumConnectionsPerAddress = 256
    /// Peers whose `X-Forwarded-For` is believed (the reverse proxy), as IP literals.
    public var trustedProxies: Set<String> = []
    /// Called with a one-line description of a connection-level problem (no personal data).
    public var report: @Sendable (String) -> Void = { _ in }
    /// Where request handlers run: `nil` (the default) is Swift's global concurrent executor. A fake API inside a
    /// test process gives its own threads here, so that it answers while the process's cooperative pool is busy
    /// with hundreds of tests (a client's timeout would otherwise count time spent queued behind them).
    public var handlerExecutor: (any TaskExecutor)?

    public init() {}
}
