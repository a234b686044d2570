/// An incremental `multipart/form-data` parser (RFC 7578, RFC 2046 §5.1): feed it the body in pieces of any size,
/// then call ``finish()`` for the parts.
///
/// Bytes are scanned once for the delimiter `CRLF--boundary`; only a delimiter's length of bytes is held back
/// between pieces, so memory stays small however the body is split. Part bodies over the memory threshold go to
/// a temporary file as they arrive. On any error the parser removes the files it wrote and refuses further input.
///
/// ```swift
/// var parser = try MultipartParser(contentType: "multipart/form-data; boundary=X", limits: MultipartLimits(),
///                                  temporaryDirectory: "/tmp")
/// for chunk in chunks { try parser.feed(chunk) }
/// let parts = try parser.finish()
/// ```
public struct MultipartParser {
    private enum State {
        case preamble, boundaryLine, headers, body, epilogue
        case failed(MultipartError)
    }

    private let delimiter: [UInt8]
    private let limits: MultipartLimits
    private let temporaryDirectory: String
    private var state = State.preamble
    /// Unconsumed input; starts with a CRLF so a boundary on the first line looks like any other delimiter.
    private var buffer: [UInt8] = [13, 10]
    private var position = 0
    private var preambleBytes = 0
    private var part = PartBuilder()
    private var parts: [MultipartPart] = []
    private var totalBytes = 0

    /// A parser for the boundary in `contentType` (a `multipart/form-data` `Content-Type` value).
    public init(contentType: String, limits: MultipartLimits, temporaryDirectory: String) throws(MultipartError) {
        guard let boundary = MediaType.parameter("boundary", in: contentType) else { throw .missingBoundary }
        guard (1...70).contains(boundary.utf8.count), boundary.utf8.allSatisfy(Self.isBoundaryByte),
            boundary.utf8.last != 32
        else { throw .invalidBoundary }
        delimiter = [13, 10, 45, 45] + Array(boundary.utf8)
        self.limits = limits
        self.temporaryDirectory = temporaryDirectory
    }

    /// Consumes the next piece of the body.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(MultipartError) {
        if case .failed(let error) = state { throw error }
        if case .epilogue = state { return }
        buffer.append(contentsOf: bytes)
        do {
            try process()
        } catch {
            fail(error)
            throw error
        }
        if position > 4096, position * 2 > buffer.count {
            buffer.removeFirst(position)
            position = 0
        }
    }

    /// The parts, once the closing boundary has been read; throws ``MultipartError/unexpectedEnd`` before it.
    public mutating func finish() throws(MultipartError) -> [MultipartPart] {
        switch state {
        case .failed(let error): throw error
        case .epilogue: return parts
        default:
            fail(.unexpectedEnd)
            throw .unexpectedEnd
        }
    }

    private mutating func process() throws(MultipartError) {
        while true {
            switch state {
            case .preamble:
                guard let found = find(delimiter) else {
                    let keep = delimiter.count - 1
                    let drop = max(0, buffer.count - position - keep)
                    preambleBytes += drop
                    position += drop
                    guard preambleBytes <= limits.maximumHeaderBytes else { throw .missingOpeningBoundary }
                    return
                }
                preambleBytes += found - position
                guard preambleBytes <= limits.maximumHeaderBytes else { throw .missingOpeningBoundary }
                position = found + delimiter.count
                state = .boundaryLine
            case .boundaryLine:
                guard try readBoundaryLineEnd() else { return }
            case .headers:
                guard try readHeaderLine() else { return }
            case .body:
                guard let found = find(delimiter) else {
                    let safeEnd = buffer.count - (delimiter.count - 1)
                    if safeEnd > position {
                        try part.append(buffer[position..<safeEnd], limits: limits, total: &totalBytes)
                        position = safeEnd
                    }
                    return
                }
                try part.append(buffer[position..<found], limits: limits, total: &totalBytes)
                parts.append(part.finish())
                part = PartBuilder()
                position = found + delimiter.count
                state = .boundaryLine
            case .epilogue, .failed:
                return
            }
        }
    }

    /// After `--boundary`: `--` closes the body; optional spaces or tabs then CRLF start a part.
    private mutating func readBoundaryLineEnd() throws(MultipartError) -> Bool {
        var index = position
        while index < buffer.count, buffer[index] == 32 || buffer[index] == 9 { index += 1 }
        guard index - position <= 64 else { throw .invalidBoundaryLine }
        guard index + 1 < buffer.count else { return false }
        if index == position, buffer[index] == 45, buffer[index + 1] == 45 {
            state = .epilogue
            return true
        }
        guard buffer[index] == 13, buffer[index + 1] == 10 else { throw .invalidBoundaryLine }
        guard parts.count < limits.maximumParts else { throw .tooManyParts }
        position = index + 2
        state = .headers
        return true
    }

    /// One header line of a part; the empty line ends the block and checks `Content-Disposition`.
    private mutating func readHeaderLine() throws(MultipartError) -> Bool {
        let lineFeed = buffer[position...].firstIndex(of: 10)
        guard let lineFeed else {
            guard part.headerBytes + buffer.count - position <= limits.maximumHeaderBytes else {
                throw .headersTooLong
            }
            return false
        }
        part.headerBytes += lineFeed + 1 - position
        guard part.headerBytes <= limits.maximumHeaderBytes else { throw .headersTooLong }
        guard lineFeed > position, buffer[lineFeed - 1] == 13 else { throw .malformedHeader }
        let line = buffer[position..<(lineFeed - 1)]
        position = lineFeed + 1
        if line.isEmpty {
            try part.start(temporaryDirectory: temporaryDirectory)
            state = .body
        } else {
            try part.addHeader(line)
        }
        return true
    }

    /// The index of the next `pattern` at or after `position`.
    private func find(_ pattern: [UInt8]) -> Int? {
        var index = position
        let last = buffer.count - pattern.count
        while index <= last {
            guard let candidate = buffer[index...last].firstIndex(of: pattern[0]) else { return nil }
            if buffer[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private mutating func fail(_ error: MultipartError) {
        part.discard()
        MultipartForm(parts: parts).removeTemporaryFiles()
        parts = []
        buffer = []
        position = 0
        state = .failed(error)
    }

    /// RFC 2046 `bchars`: digits, letters and `'()+_,-./:=?` and space.
    static func isBoundaryByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: true
        case 39, 40, 41, 43, 95, 44, 45, 46, 47, 58, 61, 63, 32: true
        default: false
        }
    }
}
