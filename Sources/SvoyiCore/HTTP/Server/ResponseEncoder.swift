import Foundation

/// Serialises response heads. Header names and values are checked for CR, LF and NUL so no handler can split
/// a response.
enum ResponseEncoder {
    /// A header that would split the response; the connection answers 500 instead.
    struct UnsafeHeader: Error {}

    /// The status line and headers, ending with the blank line. `contentLength` nil means chunked.
    static func head(
        _ response: HTTPResponse, version: HTTPVersion, contentLength: Int?, keepAlive: Bool, date: String
    ) throws(UnsafeHeader) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out += version == .http1_0 ? Array("HTTP/1.0 ".utf8) : Array("HTTP/1.1 ".utf8)
        out += Array(String(response.status.code).utf8)
        out.append(32)
        out += Array(response.status.reason.utf8)
        out += [13, 10]
        for field in response.headers {
            guard isToken(field.name), isSafeValue(field.value) else { throw UnsafeHeader() }
            if HTTPHeaders.same(field.name, "Content-Length") || HTTPHeaders.same(field.name, "Transfer-Encoding")
                || HTTPHeaders.same(field.name, "Connection")
            {
                continue  // framing is the server's business
            }
            out += Array(field.name.utf8)
            out += [58, 32]
            out += Array(field.value.utf8)
            out += [13, 10]
        }
        out += Array("Date: \(date)\r\n".utf8)
        if response.status.allowsBody || response.status.code == 204 || response.status.code == 304 {
            if let contentLength {
                if response.status.allowsBody { out += Array("Content-Length: \(contentLength)\r\n".utf8) }
            } else if response.status.allowsBody && version != .http1_0 {
                // HTTP/1.0 has no chunked encoding: the body ends when the connection closes.
                out += Array("Transfer-Encoding: chunked\r\n".utf8)
            }
        }
        if !keepAlive {
            out += Array("Connection: close\r\n".utf8)
        } else if version == .http1_0 {
            out += Array("Connection: keep-alive\r\n".utf8)
        }
        out += [13, 10]
        return out
    }

    /// One chunk of a chunked body.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(bytes.count, radix: 16).utf8) + [13, 10] + bytes + [13, 10]
    }

    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    static func isToken(_ name: String) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    return true
                default:
                    return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
                }
            }
    }

    static func isSafeValue(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }
}
