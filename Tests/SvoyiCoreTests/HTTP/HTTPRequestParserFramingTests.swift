import SvoyiCore
import Testing

/// Content-Length and Transfer-Encoding: every way two parsers could disagree about where a body ends is
/// refused (RFC 9112 §6).
@Suite("HTTP request parser: body framing")
struct HTTPRequestParserFramingTests {
    private func post(_ fields: String, body: String = "") -> String {
        "POST /p HTTP/1.1\r\nHost: x\r\n\(fields)\r\n\(body)"
    }

    @Test func refusesContentLengthWithTransferEncoding() {
        #expect(refusal(post("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", body: "0\r\n\r\n")) == 400)
        #expect(refusal(post("Transfer-Encoding: chunked\r\nContent-Length: 4\r\n", body: "0\r\n\r\n")) == 400)
    }

    @Test func refusesRepeatedEqualContentLength() {
        #expect(refusal(post("Content-Length: 4\r\nContent-Length: 4\r\n", body: "abcd")) == 400)
    }

    @Test func refusesRepeatedDifferentContentLength() {
        #expect(refusal(post("Content-Length: 4\r\nContent-Length: 5\r\n", body: "abcd")) == 400)
    }

    @Test func refusesListContentLength() {
        #expect(refusal(post("Content-Length: 4, 4\r\n", body: "abcd")) == 400)
        #expect(parse(post("Content-Length: 4,4\r\n", body: "abcd")).error?.reason == "Content-Length is a list")
    }

    @Test func refusesPlusSignContentLength() {
        #expect(refusal(post("Content-Length: +5\r\n", body: "abcde")) == 400)
    }

    @Test func refusesNegativeContentLength() {
        #expect(refusal(post("Content-Length: -1\r\n")) == 400)
    }

    @Test func refusesContentLengthWithTrailingGarbage() {
        #expect(refusal(post("Content-Length:  5x\r\n", body: "abcde")) == 400)
        #expect(refusal(post("Content-Length: 5 5\r\n", body: "abcde")) == 400)
    }

    @Test func refusesEmptyContentLength() {
        #expect(refusal(post("Content-Length: \r\n")) == 400)
    }

    @Test func refusesOverflowingContentLength() {
        #expect(refusal(post("Content-Length: 99999999999999999999\r\n")) == 400)
    }

    @Test func contentLengthMayHaveLeadingZerosAndSurroundingSpace() {
        let outcome = parse(post("Content-Length: \t007 \r\n", body: "1234567"))
        #expect(
            outcome.events.first
                == .head(
                    head(.post, "/p", [("Host", "x"), ("Content-Length", "007")]), framing: .length(7),
                    expectContinue: false))
        #expect(outcome.events.dropFirst() == [body("1234567"), .end])
    }

    @Test func refusesTransferEncodingNotEndingInChunked() {
        #expect(refusal(post("Transfer-Encoding: chunked, gzip\r\n")) == 400)
        #expect(refusal(post("Transfer-Encoding: gzip\r\n")) == 400)
    }

    @Test func refusesChunkedTwice() {
        #expect(refusal(post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", body: "0\r\n\r\n")) == 400)
    }

    @Test func unknownTransferEncodingIs501() {
        #expect(refusal(post("Transfer-Encoding: foo\r\n")) == 501)
        #expect(refusal(post("Transfer-Encoding: identity\r\n")) == 501)
    }

    @Test func codingBeforeChunkedIs501() {
        #expect(refusal(post("Transfer-Encoding: gzip, chunked\r\n", body: "0\r\n\r\n")) == 501)
    }

    @Test func refusesMalformedTransferEncoding() {
        #expect(refusal(post("Transfer-Encoding: chunked;x=1\r\n", body: "0\r\n\r\n")) == 400)
        #expect(refusal(post("Transfer-Encoding: ,\r\n")) == 400)
    }

    @Test func refusesTransferEncodingOnHTTP10() {
        #expect(refusal("POST /p HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == 400)
    }

    @Test func transferEncodingTokensAndListsAreCaseInsensitive() {
        let outcome = parse(post("Transfer-Encoding: ,CHUNKED\r\n", body: "2\r\nok\r\n0\r\n\r\n"))
        #expect(outcome.error == nil)
        #expect(outcome.events.dropFirst() == [body("ok"), .end])
    }

    @Test func getWithNoLengthHasNoBody() {
        let outcome = parse("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcome.events.count == 4)
        #expect(outcome.events.first == .head(head(.get, "/", [("Host", "x")]), framing: .none, expectContinue: false))
        #expect(outcome.events[1] == .end)
        #expect(outcome.heads.map(\.target) == ["/", "/next"])
    }

    @Test func postWithNeitherLengthNorCodingHasNoBody() {
        let outcome = parse("POST /p HTTP/1.1\r\nHost: x\r\n\r\nGET /q HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcome.heads.map(\.target) == ["/p", "/q"])
        #expect(!outcome.events.contains { if case .body = $0 { true } else { false } })
    }

    @Test func zeroContentLengthEndsAtOnce() {
        let outcome = parse(post("Content-Length: 0\r\n") + "GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = head(.post, "/p", [("Host", "x"), ("Content-Length", "0")])
        #expect(outcome.events.prefix(2) == [.head(first, framing: .length(0), expectContinue: false), .end])
        #expect(outcome.heads.map(\.target) == ["/p", "/next"])
    }
}
