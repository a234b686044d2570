/// What the framing and routing rules need from a header section, gathered field by field from the bytes
/// before any String is built, so repeated fields are seen before anything folds them together.
struct HTTPHeadFacts {
    private var contentLength: Int?
    private var transferEncoding = false
    private var codingCount = 0
    private var chunkedCount = 0
    private var lastCodingIsChunked = false
    private var unknownCoding = false
    private var host: Range<Int>?
    private var expectsContinue = false
    private var expectsOther = false

    /// Takes note of one field line; refuses a repeated Host and a repeated, list or non-decimal
    /// Content-Length at once.
    mutating func record(_ field: HTTPFieldLine, in bytes: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) {
        let (name, value) = (field.name, field.value)
        if HTTPBytes.matches(bytes, name, "content-length") {
            guard contentLength == nil else { throw .badRequest("repeated Content-Length") }
            guard !value.contains(where: { bytes[$0] == HTTPBytes.comma }) else {
                throw .badRequest("Content-Length is a list")
            }
            guard let length = HTTPBytes.decimal(bytes, value) else {
                throw .badRequest("Content-Length is not a decimal number")
            }
            contentLength = length
        } else if HTTPBytes.matches(bytes, name, "transfer-encoding") {
            transferEncoding = true
            try HTTPBytes.forEachElement(bytes, value) { coding throws(HTTPParseError) in
                try recordCoding(bytes, coding)
            }
        } else if HTTPBytes.matches(bytes, name, "host") {
            guard host == nil else { throw .badRequest("repeated Host") }
            host = value
        } else if HTTPBytes.matches(bytes, name, "expect") {
            var elements = 0
            try HTTPBytes.forEachElement(bytes, value) { element in
                elements += 1
                if HTTPBytes.matches(bytes, element, "100-continue") {
                    expectsContinue = true
                } else {
                    expectsOther = true
                }
            }
            if elements == 0 { expectsOther = true }
        }
    }

    private mutating func recordCoding(_ bytes: UnsafeBufferPointer<UInt8>, _ coding: Range<Int>) throws(HTTPParseError)
    {
        guard coding.allSatisfy({ HTTPBytes.isToken(bytes[$0]) }) else {
            throw .badRequest("malformed Transfer-Encoding")
        }
        codingCount += 1
        lastCodingIsChunked = HTTPBytes.matches(bytes, coding, "chunked")
        if lastCodingIsChunked {
            chunkedCount += 1
        } else if !Self.knownCodings.contains(where: { HTTPBytes.matches(bytes, coding, $0) }) {
            unknownCoding = true
        }
    }

    /// The registered transfer codings other than chunked. Svoyi decodes none of them, but knowing them tells
    /// a coding in the wrong place (400) from one nobody has heard of (501).
    private static let knownCodings: [StaticString] = ["gzip", "x-gzip", "deflate", "compress", "x-compress"]

    /// Checks the rules that need the whole section and decides how the body is framed.
    func framing(
        _ line: HTTPRequestLine, in bytes: UnsafeBufferPointer<UInt8>
    ) throws(HTTPParseError)
        -> HTTPBodyFraming
    {
        if line.version == .http1_1 && host == nil { throw .badRequest("missing Host") }
        if let authority = line.authority, let host, !Self.equalIgnoringCase(bytes, authority, host) {
            throw .badRequest("Host differs from the absolute-form target")
        }
        guard transferEncoding else { return contentLength.map { .length($0) } ?? .none }
        guard contentLength == nil else { throw .badRequest("Content-Length with Transfer-Encoding") }
        guard line.version == .http1_1 else { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
        guard codingCount > 0 else { throw .badRequest("empty Transfer-Encoding") }
        guard !unknownCoding else { throw HTTPParseError(.notImplemented, "unknown transfer coding") }
        guard lastCodingIsChunked && chunkedCount == 1 else {
            throw .badRequest("Transfer-Encoding does not end in one chunked")
        }
        guard codingCount == 1 else { throw HTTPParseError(.notImplemented, "transfer coding other than chunked") }
        return .chunked
    }

    /// Refuses any expectation but 100-continue with 417, and says whether the client waits for
    /// `100 Continue`: only HTTP/1.1 clients that send a body do (RFC 9110 §10.1.1).
    func expectContinue(_ line: HTTPRequestLine, framing: HTTPBodyFraming) throws(HTTPParseError) -> Bool {
        guard !expectsOther else { throw HTTPParseError(.expectationFailed, "unsupported expectation") }
        return expectsContinue && line.version == .http1_1 && framing != .none && framing != .length(0)
    }

    private static func equalIgnoringCase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>
    )
        -> Bool
    {
        a.count == b.count
            && zip(a, b).allSatisfy { HTTPBytes.lowercased(bytes[$0]) == HTTPBytes.lowercased(bytes[$1]) }
    }
}
