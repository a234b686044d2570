/// An incremental HTTP/1.1 and HTTP/1.0 request parser: a value-type state machine that is fed bytes as they
/// arrive, in any split, and reports heads, body bytes and ends in order. It does no I/O and never blocks.
///
/// Bytes past the end of one request belong to the next (pipelining), so one call may report several
/// requests. Anything that could let two parsers disagree about where a request ends is refused (see
/// ``HTTPParseError``); after an error the parser stays failed, and the server answers with the error's
/// status and closes the connection.
///
/// ```swift
/// var parser = HTTPRequestParser()
/// var events: [HTTPParserEvent] = []
/// try parser.feed(received, into: &events) { head in router.bodyLimit(for: head) }
/// ```
public struct HTTPRequestParser: Sendable {
    private enum Phase { case head, fixedBody, chunkedBody }

    /// The caps in force. Changing them affects the requests whose heads are read afterwards.
    public var limits: HTTPParserLimits
    private var phase = Phase.head
    private var head = HTTPHeadReader()
    private var chunked = HTTPChunkedDecoder()
    private var remaining = 0
    private var failure: HTTPParseError?

    /// True between requests: the last request (if any) ended and no byte of the next one has arrived. The
    /// server starts a request's head deadline when this turns false.
    public var isBetweenRequests: Bool { phase == .head && head.isEmpty && failure == nil }

    /// Creates a parser waiting for the first request line.
    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits
    }

    /// Parses the next bytes and appends what they complete to `events`.
    ///
    /// - Parameters:
    ///   - bytes: the bytes received since the last call, in any split.
    ///   - events: where heads, body bytes and ends go, in order. Events found before an error stay there,
    ///     so the server can still answer the complete requests that came before a bad one.
    ///   - bodyLimit: called with each head as soon as it is read, before its body: the body cap for that
    ///     request (the server routes the head and answers with the route's cap). A larger Content-Length,
    ///     or chunks adding up to more, get 413.
    /// - Throws: ``HTTPParseError``, now and on every later call.
    public mutating func feed(
        _ bytes: UnsafeRawBufferPointer, into events: inout [HTTPParserEvent],
        bodyLimit: (HTTPRequestHead) -> Int
    ) throws(HTTPParseError) {
        if let failure { throw failure }
        do throws(HTTPParseError) {
            try run(bytes, &events, bodyLimit)
        } catch {
            failure = error
            throw error
        }
    }

    /// Parses the next bytes with ``HTTPParserLimits/bodyBytes`` as every request's body cap.
    public mutating func feed(
        _ bytes: UnsafeRawBufferPointer, into events: inout [HTTPParserEvent]
    )
        throws(HTTPParseError)
    {
        let cap = limits.bodyBytes
        try feed(bytes, into: &events) { _ in cap }
    }

    /// Parses the next bytes and returns the events they complete. Events found before an error are lost;
    /// use ``feed(_:into:bodyLimit:)`` to keep them.
    public mutating func feed(_ bytes: [UInt8]) throws(HTTPParseError) -> [HTTPParserEvent] {
        var events: [HTTPParserEvent] = []
        let cap = limits.bodyBytes
        // Array.withUnsafeBytes rethrows untyped errors; carry the typed one out in a Result.
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(HTTPParseError) in try feed(buffer, into: &events) { _ in cap } }
        }
        try result.get()
        return events
    }

    private mutating func run(
        _ input: UnsafeRawBufferPointer, _ events: inout [HTTPParserEvent], _ bodyLimit: (HTTPRequestHead) -> Int
    ) throws(HTTPParseError) {
        let firstNewEvent = events.count
        var position = 0
        while position < input.count {
            switch phase {
            case .head:
                let (next, parsed) = try head.read(input, from: position, limits: limits)
                position = next
                if let parsed { try start(parsed, bodyLimit(parsed.head), &events) }
            case .fixedBody:
                let count = min(remaining, input.count - position)
                Self.appendBody(
                    UnsafeRawBufferPointer(rebasing: input[position..<position + count]), to: &events, firstNewEvent)
                position += count
                remaining -= count
                if remaining == 0 { end(&events) }
            case .chunkedBody:
                position = try chunked.read(input, from: position, limits: limits) { bytes in
                    Self.appendBody(bytes, to: &events, firstNewEvent)
                }
                if chunked.isDone { end(&events) }
            }
        }
    }

    private mutating func start(
        _ parsed: HTTPParsedHead, _ bodyLimit: Int, _ events: inout [HTTPParserEvent]
    )
        throws(HTTPParseError)
    {
        if case .length(let length) = parsed.framing, length > bodyLimit { throw .bodyTooLarge }
        events.append(.head(parsed.head, framing: parsed.framing, expectContinue: parsed.expectContinue))
        switch parsed.framing {
        case .none, .length(0):
            events.append(.end)
        case .length(let length):
            remaining = length
            phase = .fixedBody
        case .chunked:
            chunked.start(bodyLimit: bodyLimit)
            phase = .chunkedBody
        }
    }

    private mutating func end(_ events: inout [HTTPParserEvent]) {
        events.append(.end)
        phase = .head
    }

    /// Appends body bytes, joining them to the previous event when that is body found by this same call.
    private static func appendBody(
        _ bytes: UnsafeRawBufferPointer, to events: inout [HTTPParserEvent], _ firstNewEvent: Int
    ) {
        guard !bytes.isEmpty else { return }
        guard events.count > firstNewEvent, case .body(var joined) = events[events.count - 1] else {
            events.append(.body(Array(bytes)))
            return
        }
        events[events.count - 1] = .end  // drop the array's other reference so the append happens in place
        joined.append(contentsOf: bytes)
        events[events.count - 1] = .body(joined)
    }
}
