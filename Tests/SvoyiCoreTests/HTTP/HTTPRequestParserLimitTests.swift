import SvoyiCore
import Testing

/// Size caps: 414 for the request line, 431 for the header section, 413 for the body; each checked just over
/// and exactly at the limit.
@Suite("HTTP request parser: limits")
struct HTTPRequestParserLimitTests {
    /// A request line of exactly `length` bytes.
    private func requestLine(_ length: Int) -> String {
        "GET /" + String(repeating: "a", count: length - 14) + " HTTP/1.1"
    }

    @Test func requestLineTooLongIs414() {
        #expect(requestLine(8193).utf8.count == 8193)
        #expect(refusal(requestLine(8193) + "\r\nHost: x\r\n\r\n") == 414)
    }

    @Test func requestLineTooLongIs414BeforeItEnds() {
        #expect(refusal("GET /" + String(repeating: "a", count: 9000)) == 414)
    }

    @Test func requestLineAtTheLimitIsAccepted() {
        let outcome = parse(requestLine(8192) + "\r\nHost: x\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.heads.first?.target.utf8.count == 8192 - 13)
    }

    /// Header sections of `fieldCount` "X-N: v" fields padded to exactly `bytes` (CRLFs and final CRLF counted).
    private func headerSection(bytes: Int) -> String {
        let host = "Host: x\r\n"
        let padding = bytes - host.utf8.count - "X-Pad: \r\n".utf8.count - 2
        return host + "X-Pad: " + String(repeating: "p", count: padding) + "\r\n\r\n"
    }

    @Test func headerBlockTooLargeIs431() {
        #expect(refusal("GET / HTTP/1.1\r\n" + headerSection(bytes: 32 * 1024 + 1)) == 431)
    }

    @Test func headerBlockTooLargeIs431BeforeItEnds() {
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + String(repeating: "p", count: 40_000)) == 431)
    }

    @Test func headerBlockAtTheLimitIsAccepted() {
        let outcome = parse("GET / HTTP/1.1\r\n" + headerSection(bytes: 32 * 1024))
        #expect(outcome.error == nil)
        #expect(outcome.heads.first?.headers["X-Pad"]?.utf8.count == 32 * 1024 - 20)
    }

    private func fields(_ count: Int) -> String {
        "GET / HTTP/1.1\r\nHost: x\r\n" + (1..<count).map { "X-\($0): v\r\n" }.joined() + "\r\n"
    }

    @Test func tooManyHeadersIs431() {
        #expect(refusal(fields(101)) == 431)
    }

    @Test func headerCountAtTheLimitIsAccepted() {
        #expect(parse(fields(100)).heads.first?.headers.count == 100)
    }

    @Test func bodyOverLimitIs413() {
        let limits = HTTPParserLimits(bodyBytes: 10)
        #expect(refusal("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        #expect(
            parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789", limits: limits).error == nil)
    }

    @Test func bodyOverDefaultLimitIs413FromContentLengthAlone() {
        #expect(refusal("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2097153\r\n\r\n") == 413)
    }

    @Test func chunkedBodyOverLimitIs413() {
        let limits = HTTPParserLimits(bodyBytes: 10)
        let request = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n5\r\n"
        #expect(refusal(request, limits: limits) == 413)
        let outcome = parse(request, limits: limits)
        #expect(outcome.events.dropFirst() == [body("012345")])  // refused on the size, before the data
    }

    @Test func bodyLimitIsChosenPerRequestFromItsHead() {
        let request = { (target: String) in
            Array("POST \(target) HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde".utf8)
        }
        let limit = { (head: HTTPRequestHead) in head.target == "/upload" ? 5 : 4 }
        let upload = parse([request("/upload")], limits: HTTPParserLimits(bodyBytes: 1), bodyLimit: limit)
        #expect(upload.events.dropFirst() == [body("abcde"), .end])
        #expect(parse([request("/form")], bodyLimit: limit).status == 413)
    }
}
