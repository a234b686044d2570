/// A head read to its end, with its framing decided.
struct HTTPParsedHead {
    var head: HTTPRequestHead
    var framing: HTTPBodyFraming
    var expectContinue: Bool
}

/// Collects the request line and header section of one request and checks each line as soon as its LF
/// arrives, so a bad line is refused without waiting for the rest of the head.
///
/// Lines must end in CRLF: a bare LF is refused rather than tolerated (RFC 9112 §2.2 allows either), because
/// a proxy in front that reads lines differently is exactly how requests get smuggled. Empty lines before the
/// request line are skipped, as RFC 9112 §2.2 asks.
struct HTTPHeadReader {
    private var bytes: [UInt8] = []

    /// True when no byte of a next head has been read yet.
    var isEmpty: Bool { bytes.isEmpty }
    private var lineStart = 0
    private var requestLine: HTTPRequestLine?
    private var headerStart = 0
    private var fields: [HTTPFieldLine] = []
    private var facts = HTTPHeadFacts()

    /// Reads from `start` up to the end of the head at most. Returns where it stopped and, once the empty line
    /// that ends the head has arrived, the head.
    mutating func read(
        _ input: UnsafeRawBufferPointer, from start: Int, limits: HTTPParserLimits
    ) throws(HTTPParseError) -> (next: Int, head: HTTPParsedHead?) {
        var position = start
        while position < input.count {
            let lf = HTTPBytes.firstLF(in: input, from: position)
            let end = lf.map { $0 + 1 } ?? input.count
            try checkSize(bytes.count + end - position, lineComplete: lf != nil, limits)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[position..<end]))
            position = end
            if lf != nil, let head = try completeLine(limits) {
                return (position, head)
            }
        }
        return (position, nil)
    }

    /// Refuses a head that has already outgrown its limits, before copying more of it. The checks agree with
    /// the ones `completeLine` makes, so the same bytes fail the same way however they were split.
    private func checkSize(_ count: Int, lineComplete: Bool, _ limits: HTTPParserLimits) throws(HTTPParseError) {
        if requestLine == nil {
            // Up to two of the bytes may be the CRLF, which the request-line limit does not count.
            if count - lineStart > limits.requestLine + (lineComplete ? 2 : 1) { throw .requestLineTooLong }
        } else if count - headerStart > limits.headerBytes {
            throw .headerSectionTooLarge
        }
    }

    /// Checks the line that ends at the last byte (an LF); returns the head if it was the final, empty line.
    private mutating func completeLine(_ limits: HTTPParserLimits) throws(HTTPParseError) -> HTTPParsedHead? {
        let lf = bytes.count - 1
        let hasCR = lf > lineStart && bytes[lf - 1] == HTTPBytes.cr
        let line = lineStart..<(hasCR ? lf - 1 : lf)
        if requestLine == nil && line.count > limits.requestLine { throw .requestLineTooLong }
        guard hasCR else { throw .bareLF }

        let snapshot = bytes  // a second reference, not a copy: read it while the other properties change
        let head: HTTPParsedHead? = try snapshot.withUnsafeBufferPointer { buffer throws(HTTPParseError) in
            guard let requestLine else {
                if !line.isEmpty {
                    requestLine = try HTTPBytes.namingBareCR(buffer, line) { () throws(HTTPParseError) in
                        try HTTPRequestLine(parsing: buffer, line)
                    }
                }
                return nil
            }
            if line.isEmpty { return try finish(requestLine, buffer) }
            guard fields.count < limits.headerCount else { throw .tooManyHeaders }
            let field = try HTTPBytes.namingBareCR(buffer, line) { () throws(HTTPParseError) in
                try HTTPFieldLine(parsing: buffer, line)
            }
            try facts.record(field, in: buffer)
            fields.append(field)
            return nil
        }
        if head != nil {
            reset()
        } else if requestLine == nil {
            bytes.removeAll(keepingCapacity: true)  // an empty line before the request line
        } else {
            lineStart = bytes.count
            if fields.isEmpty { headerStart = lineStart }
        }
        return head
    }

    private func finish(
        _ line: HTTPRequestLine, _ buffer: UnsafeBufferPointer<UInt8>
    ) throws(HTTPParseError)
        -> HTTPParsedHead
    {
        let framing = try facts.framing(line, in: buffer)
        let expectContinue = try facts.expectContinue(line, framing: framing)
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(fields.count)
        for field in fields {
            pairs.append((HTTPBytes.string(buffer, field.name), HTTPBytes.string(buffer, field.value)))
        }
        let head = HTTPRequestHead(
            method: line.method, target: line.target, version: line.version, headers: HTTPHeaders(pairs))
        return HTTPParsedHead(head: head, framing: framing, expectContinue: expectContinue)
    }

    private mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        lineStart = 0
        headerStart = 0
        requestLine = nil
        facts = HTTPHeadFacts()
    }
}
