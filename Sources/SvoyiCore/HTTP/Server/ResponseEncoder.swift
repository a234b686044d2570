import Foundation

/// Serialises response heads straight into bytes. Header names and values are checked for CR, LF and NUL so
/// no handler can split a response; framing headers (`Content-Length`, `Transfer-Encoding`, `Connection`) are
/// the server's alone.
enum ResponseEncoder {
    /// A header that would split the response; the connection answers 500 instead.
    struct UnsafeHeader: Error {}

    private static let http11 = Array("HTTP/1.1 ".utf8)
    private static let http10 = Array("HTTP/1.0 ".utf8)
    private static let crlf: [UInt8] = [13, 10]
    private static let separator: [UInt8] = [58, 32]
    private static let dateName = Array("Date: ".utf8)
    private static let contentLengthName = Array("Content-Length: ".utf8)
    private static let chunkedHeader = Array("Transfer-Encoding: chunked\r\n".utf8)
    private static let closeHeader = Array("Connection: close\r\n".utf8)
    private static let keepAliveHeader = Array("Connection: keep-alive\r\n".utf8)

    /// Bytes allowed in a header name (RFC 9110 token characters).
    private static let tokenBytes: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(UInt8(byte))
        }
    }

    /// The status line and headers, ending with the blank line. `contentLength` nil means chunked (or, for
    /// HTTP/1.0, a body that ends with the connection).
    static func head(
        _ response: HTTPResponse, version: HTTPVersion, contentLength: Int?, keepAlive: Bool, date: String
    ) throws(UnsafeHeader) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(192 + response.headers.count * 48)
        out.append(contentsOf: version == .http1_0 ? http10 : http11)
        appendDecimal(response.status.code, to: &out)
        out.append(32)
        out.append(contentsOf: response.status.reason.utf8)
        out.append(contentsOf: crlf)
        for field in response.headers {
            guard isToken(field.name), isSafeValue(field.value) else { throw UnsafeHeader() }
            if isFraming(field.name) { continue }
            out.append(contentsOf: field.name.utf8)
            out.append(contentsOf: separator)
            out.append(contentsOf: field.value.utf8)
            out.append(contentsOf: crlf)
        }
        out.append(contentsOf: dateName)
        out.append(contentsOf: date.utf8)
        out.append(contentsOf: crlf)
        if response.status.allowsBody {
            if let contentLength {
                out.append(contentsOf: contentLengthName)
                appendDecimal(contentLength, to: &out)
                out.append(contentsOf: crlf)
            } else if version != .http1_0 {
                out.append(contentsOf: chunkedHeader)
            }
        }
        if !keepAlive {
            out.append(contentsOf: closeHeader)
        } else if version == .http1_0 {
            out.append(contentsOf: keepAliveHeader)
        }
        out.append(contentsOf: crlf)
        return out
    }

    /// One chunk of a chunked body.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(String(bytes.count, radix: 16).utf8)
        out.reserveCapacity(out.count + bytes.count + 4)
        out.append(contentsOf: crlf)
        out.append(contentsOf: bytes)
        out.append(contentsOf: crlf)
        return out
    }

    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else {
            out.append(48)
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private static func isFraming(_ name: String) -> Bool {
        switch name.utf8.count {
        case 10: HTTPHeaders.same(name, "Connection")
        case 14: HTTPHeaders.same(name, "Content-Length")
        case 17: HTTPHeaders.same(name, "Transfer-Encoding")
        default: false
        }
    }

    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { tokenBytes[Int($0)] }
    }

    static func isSafeValue(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }
}
