extension URLSessionHTTPClient {
    /// Limits and retry rules for one client; fixed when the client is created.
    public struct Configuration: Sendable {
        /// The longest the connection may stay silent (URLSession's `timeoutIntervalForRequest`).
        public var idleTimeout: Duration
        /// The longest any one transfer may take (URLSession's `timeoutIntervalForResource`).
        public var resourceTimeout: Duration
        /// Responses with a longer body fail with ``HTTPClientError/Kind/tooLarge`` as soon as it shows.
        public var maxResponseBytes: Int
        /// When to try again.
        public var retry: HTTPRetryPolicy
        /// Parallel connections to one host.
        public var maxConnectionsPerHost: Int
        /// Sent as `User-Agent` unless a request sets its own.
        public var userAgent: String

        /// Creates a configuration; the defaults suit JSON APIs such as Telegram's or Viber's.
        public init(
            idleTimeout: Duration = .seconds(30), resourceTimeout: Duration = .seconds(120),
            maxResponseBytes: Int = 8 << 20, retry: HTTPRetryPolicy = HTTPRetryPolicy(),
            maxConnectionsPerHost: Int = 8, userAgent: String = "Svoyi"
        ) {
            self.idleTimeout = idleTimeout
            self.resourceTimeout = resourceTimeout
            self.maxResponseBytes = maxResponseBytes
            self.retry = retry
            self.maxConnectionsPerHost = maxConnectionsPerHost
            self.userAgent = userAgent
        }
    }
}

extension Duration {
    /// Whole seconds, rounded up and at least 1, for URLSession's timeouts: swift-corelibs-foundation hands
    /// them to libcurl truncated to whole seconds, so 0.3 would become 0 and time out at once.
    var urlSessionTimeout: Double {
        let (seconds, attoseconds) = components
        return Double(max(1, seconds + (attoseconds > 0 ? 1 : 0)))
    }
}
