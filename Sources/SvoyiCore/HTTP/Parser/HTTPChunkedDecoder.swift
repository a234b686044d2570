/// Removes the chunked framing from a body (RFC 9112 §7.1): `hex-size [extensions] CRLF data CRLF`, repeated,
/// then `0 CRLF`, trailer lines and a final CRLF.
///
/// Sizes are hexadecimal digits only, with overflow checks; the running total is held against the body limit
/// as soon as each size is read, before its data. Chunk extensions are tolerated but not interpreted, and
/// their line is capped. Trailer fields are checked like header fields, capped, and then dropped.
struct HTTPChunkedDecoder {
    private enum Phase { case size, data, dataCR, dataLF, trailers, done }

    private var phase = Phase.size
    private var line: [UInt8] = []
    private var remaining = 0
    private var total = 0
    private var limit = 0
    private var trailerBytes = 0
    private var trailerCount = 0

    /// Whether the last chunk and the trailer section have been read.
    var isDone: Bool { phase == .done }

    /// Gets ready for a new body of at most `bodyLimit` bytes.
    mutating func start(bodyLimit: Int) {
        phase = .size
        line.removeAll(keepingCapacity: true)
        (remaining, total, limit, trailerBytes, trailerCount) = (0, 0, bodyLimit, 0, 0)
    }

    /// Reads from `start` until the input or the body ends; body bytes go to `body`. Returns where it stopped.
    mutating func read(
        _ input: UnsafeRawBufferPointer, from start: Int, limits: HTTPParserLimits,
        body: (UnsafeRawBufferPointer) -> Void
    ) throws(HTTPParseError) -> Int {
        var position = start
        while position < input.count && phase != .done {
            switch phase {
            case .size, .trailers:
                position = try readLine(input, from: position, limits)
            case .data:
                let count = min(remaining, input.count - position)
                body(UnsafeRawBufferPointer(rebasing: input[position..<position + count]))
                position += count
                remaining -= count
                if remaining == 0 { phase = .dataCR }
            case .dataCR, .dataLF:
                let expected = phase == .dataCR ? HTTPBytes.cr : HTTPBytes.lf
                guard input[position] == expected else { throw .badRequest("chunk data not followed by CRLF") }
                position += 1
                phase = phase == .dataCR ? .dataLF : .size
            case .done:
                break
            }
        }
        return position
    }

    /// Collects a chunk-size or trailer line and handles it once its LF arrives.
    private mutating func readLine(
        _ input: UnsafeRawBufferPointer, from position: Int, _ limits: HTTPParserLimits
    ) throws(HTTPParseError) -> Int {
        let lf = HTTPBytes.firstLF(in: input, from: position)
        let end = lf.map { $0 + 1 } ?? input.count
        let count = line.count + end - position
        if phase == .size {
            // As for the request line: up to two of the bytes may be the CRLF, which the limit does not count.
            if count > limits.chunkSizeLine + (lf == nil ? 1 : 2) { throw .chunkSizeLineTooLong }
        } else if trailerBytes + count > limits.trailerBytes {
            throw .trailerSectionTooLarge
        }
        line.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[position..<end]))
        guard lf != nil else { return end }

        let hasCR = line.count > 1 && line[line.count - 2] == HTTPBytes.cr
        let content = 0..<(line.count - (hasCR ? 2 : 1))
        if phase == .size && content.count > limits.chunkSizeLine { throw .chunkSizeLineTooLong }
        guard hasCR else { throw .bareLF }
        let inTrailers = phase == .trailers
        let snapshot = line  // a second reference, not a copy: read it while the other properties change
        try snapshot.withUnsafeBufferPointer { buffer throws(HTTPParseError) in
            try HTTPBytes.namingBareCR(buffer, content) { () throws(HTTPParseError) in
                if !inTrailers {
                    try chunkSize(buffer, content)
                } else {
                    try trailer(buffer, content, limits)
                }
            }
        }
        if inTrailers { trailerBytes += line.count }
        line.removeAll(keepingCapacity: true)
        return end
    }

    private mutating func chunkSize(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(HTTPParseError) {
        var index = line.lowerBound
        var size = 0
        while index < line.upperBound, let digit = HTTPBytes.hexValue(bytes[index]) {
            let (times16, overflow1) = size.multipliedReportingOverflow(by: 16)
            let (sum, overflow2) = times16.addingReportingOverflow(digit)
            guard !overflow1 && !overflow2 else { throw .badRequest("chunk size overflows") }
            size = sum
            index += 1
        }
        guard index > line.lowerBound else { throw .badRequest("chunk size is not hexadecimal") }
        // Extensions: optional whitespace, ";", then anything a field value may hold.
        while index < line.upperBound && HTTPBytes.isWhitespace(bytes[index]) { index += 1 }
        if index < line.upperBound {
            guard bytes[index] == HTTPBytes.semicolon,
                line[index...].allSatisfy({ HTTPBytes.isFieldValue(bytes[$0]) })
            else { throw .badRequest("malformed chunk extension") }
        }
        guard size > 0 else {
            phase = .trailers
            return
        }
        let (sum, overflow) = total.addingReportingOverflow(size)
        guard !overflow && sum <= limit else { throw .bodyTooLarge }
        total = sum
        remaining = size
        phase = .data
    }

    private mutating func trailer(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ limits: HTTPParserLimits
    ) throws(HTTPParseError) {
        if line.isEmpty {
            phase = .done
            return
        }
        guard trailerCount < limits.headerCount else { throw .tooManyTrailers }
        _ = try HTTPFieldLine(parsing: bytes, line)
        trailerCount += 1
    }
}
