/// The parsed request line: `method SP request-target SP HTTP-version`, with exactly one SP between parts.
///
/// Targets in origin form (`/path?query`) are kept as sent; `*` is accepted for OPTIONS only. A target in
/// absolute form (`http://host/path`, which RFC 9112 §3.2.2 says a server must accept) is reduced to its
/// origin form, and its authority is kept so the head can be refused if `Host` says something else. Authority
/// form (CONNECT) is refused: Svoyi is not a proxy.
struct HTTPRequestLine {
    var method: HTTPMethod
    var target: String
    var version: HTTPVersion
    /// The authority of an absolute-form target, as a range of the line's buffer.
    var authority: Range<Int>?

    init(parsing bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(HTTPParseError) {
        var index = line.lowerBound
        while index < line.upperBound && HTTPBytes.isToken(bytes[index]) { index += 1 }
        guard index > line.lowerBound, index < line.upperBound, bytes[index] == HTTPBytes.space else {
            throw .badRequest("method is not a token followed by one SP")
        }
        let methodRange = line.lowerBound..<index

        index += 1
        let targetStart = index
        while index < line.upperBound && bytes[index] != HTTPBytes.space {
            guard HTTPBytes.isTarget(bytes[index]) else { throw .badRequest("invalid byte in request target") }
            index += 1
        }
        guard index > targetStart, index < line.upperBound else {
            throw .badRequest("request target is not followed by one SP and a version")
        }
        version = try Self.version(bytes, index + 1..<line.upperBound)
        method = HTTPMethod(HTTPBytes.string(bytes, methodRange))
        (target, authority) = try Self.target(bytes, targetStart..<index, method: method)
    }

    /// `HTTP/1.1` or `HTTP/1.0`; any other well-formed version gets 505, anything else 400.
    private static func version(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) throws(HTTPParseError) -> HTTPVersion {
        let digit = { (index: Int) in bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        let start = range.lowerBound
        guard range.count == 8, HTTPBytes.matches(bytes, start..<start + 5, "HTTP/", exactly: true),
            digit(start + 5), bytes[start + 6] == 0x2E, digit(start + 7)
        else { throw .badRequest("malformed HTTP version") }
        let version = HTTPVersion(major: Int(bytes[start + 5] - 0x30), minor: Int(bytes[start + 7] - 0x30))
        guard version == .http1_1 || version == .http1_0 else {
            throw HTTPParseError(.httpVersionNotSupported, "only HTTP/1.1 and HTTP/1.0 are supported")
        }
        return version
    }

    private static func target(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, method: HTTPMethod
    ) throws(HTTPParseError) -> (String, Range<Int>?) {
        let first = bytes[range.lowerBound]
        if first == 0x2F {  // "/"
            return (HTTPBytes.string(bytes, range), nil)
        }
        if first == 0x2A && range.count == 1 {  // "*"
            guard method == .options else { throw .badRequest("asterisk form outside OPTIONS") }
            return ("*", nil)
        }
        let schemeEnd: Int
        if range.count > 7 && HTTPBytes.matches(bytes, range.lowerBound..<range.lowerBound + 7, "http://") {
            schemeEnd = range.lowerBound + 7
        } else if range.count > 8 && HTTPBytes.matches(bytes, range.lowerBound..<range.lowerBound + 8, "https://") {
            schemeEnd = range.lowerBound + 8
        } else {
            throw .badRequest("request target is neither origin nor absolute form")
        }
        var pathStart = schemeEnd
        while pathStart < range.upperBound && bytes[pathStart] != 0x2F && bytes[pathStart] != 0x3F {
            guard bytes[pathStart] != 0x40 else { throw .badRequest("user information in an absolute-form target") }
            pathStart += 1
        }
        guard pathStart > schemeEnd else { throw .badRequest("absolute-form target without a host") }
        let rest = HTTPBytes.string(bytes, pathStart..<range.upperBound)
        let path = rest.utf8.first == 0x2F ? rest : "/" + rest
        return (path, schemeEnd..<pathStart)
    }
}
