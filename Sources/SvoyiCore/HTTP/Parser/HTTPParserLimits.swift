/// The size caps ``HTTPRequestParser`` enforces. Each cap names the status the parser answers with when a
/// request goes over it.
public struct HTTPParserLimits: Sendable, Equatable {
    /// The longest request line, not counting its CRLF. Longer lines get 414.
    public var requestLine: Int
    /// The largest header section: every field line with its CRLF, plus the empty line that ends the head.
    /// Larger sections get 431.
    public var headerBytes: Int
    /// The most header fields in one head, and the most trailer fields in one chunked body. More get 431.
    public var headerCount: Int
    /// The largest body, from the Content-Length or the running sum of chunk sizes. Larger bodies get 413.
    /// The server can choose a different cap for each request with
    /// ``HTTPRequestParser/feed(_:into:bodyLimit:)``.
    public var bodyBytes: Int
    /// The longest chunk-size line: the hexadecimal size and any chunk extensions, not counting the CRLF.
    /// Longer lines get 400.
    public var chunkSizeLine: Int
    /// The largest trailer section of a chunked body: every trailer line with its CRLF, plus the final
    /// empty line. Larger sections get 431.
    public var trailerBytes: Int

    /// Creates limits. The defaults are 8 KiB, 32 KiB, 100 fields, 2 MiB, 1 KiB and 8 KiB.
    public init(
        requestLine: Int = 8 * 1024,
        headerBytes: Int = 32 * 1024,
        headerCount: Int = 100,
        bodyBytes: Int = 2 * 1024 * 1024,
        chunkSizeLine: Int = 1024,
        trailerBytes: Int = 8 * 1024
    ) {
        self.requestLine = requestLine
        self.headerBytes = headerBytes
        self.headerCount = headerCount
        self.bodyBytes = bodyBytes
        self.chunkSizeLine = chunkSizeLine
        self.trailerBytes = trailerBytes
    }
}
