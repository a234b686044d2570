import SvoyiCore
import Testing

/// Expectations, keep-alive, pipelining and what happens after an error.
@Suite("HTTP request parser: behaviour")
struct HTTPRequestParserBehaviourTests {
    private func expectContinue(_ request: String) -> Bool? {
        if case .head(_, _, let expectContinue)? = parse(request).events.first { expectContinue } else { nil }
    }

    @Test func expectContinueIsSurfaced() {
        #expect(
            expectContinue("PUT /f HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n") == true)
        #expect(
            expectContinue("PUT /f HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nTransfer-Encoding: chunked\r\n\r\n")
                == true)
        #expect(expectContinue("PUT /f HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n") == false)
    }

    @Test func expectContinueWithoutABodyIsNotSurfaced() {
        #expect(expectContinue("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n") == false)
        #expect(
            expectContinue("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n") == false)
    }

    @Test func expectContinueOnHTTP10IsIgnored() {
        #expect(expectContinue("PUT /f HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n") == false)
    }

    @Test func otherExpectationIs417() {
        #expect(refusal("PUT /f HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 3\r\n\r\n") == 417)
        #expect(refusal("PUT /f HTTP/1.1\r\nHost: x\r\nExpect: 100-continue, x\r\nContent-Length: 3\r\n\r\n") == 417)
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\r\nExpect:\r\n\r\n") == 417)
    }

    private func keepAlive(_ version: String, _ fields: String = "") -> Bool? {
        parse("GET / HTTP/\(version)\r\nHost: x\r\n\(fields)\r\n").heads.first?.keepAlive
    }

    @Test func http11IsPersistentUnlessConnectionClose() {
        #expect(keepAlive("1.1") == true)
        #expect(keepAlive("1.1", "Connection: Upgrade\r\n") == true)
        #expect(keepAlive("1.1", "Connection: CLOSE\r\n") == false)
        #expect(keepAlive("1.1", "Connection: te, close\r\n") == false)
        #expect(keepAlive("1.1", "Connection: keep-alive\r\nConnection: Close\r\n") == false)
    }

    @Test func http10IsPersistentOnlyWithKeepAlive() {
        #expect(keepAlive("1.0") == false)
        #expect(keepAlive("1.0", "Connection: Keep-Alive\r\n") == true)
        #expect(keepAlive("1.0", "Connection: foo ,keep-alive\r\n") == true)
        #expect(keepAlive("1.0", "Connection: keep-alive, close\r\n") == false)
    }

    @Test func pipelinedRequestsKeepTheirOrder() {
        let outcome = parse(
            "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                + "POST /3 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n"
                + "HEAD /4 HTTP/1.0\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.heads.map(\.target) == ["/1", "/2", "/3", "/4"])
        let shape = outcome.events.map { event in
            switch event {
            case .head(let head, _, _): head.target
            case .body(let bytes): String(decoding: bytes, as: UTF8.self)
            case .end: "end"
            }
        }
        #expect(shape == ["/1", "end", "/2", "abc", "end", "/3", "de", "end", "/4", "end"])
    }

    @Test func eventsBeforeAnErrorAreKept() {
        let outcome = parse("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /bad HTTP/1.1\r\n\r\n")
        #expect(
            outcome.events == [.head(head(.get, "/ok", [("Host", "x")]), framing: .none, expectContinue: false), .end])
        #expect(outcome.status == 400)
    }

    @Test func aFailedParserStaysFailed() {
        var parser = HTTPRequestParser()
        #expect(throws: HTTPParseError(.badRequest, "bare LF as a line ending")) {
            try parser.feed(Array("GET / HTTP/1.1\n".utf8))
        }
        #expect(throws: HTTPParseError(.badRequest, "bare LF as a line ending")) {
            try parser.feed(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        }
    }

    @Test func changedLimitsApplyToLaterHeads() throws {
        var parser = HTTPRequestParser()
        let request = Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc".utf8)
        #expect(try parser.feed(request).count == 3)
        parser.limits.bodyBytes = 2
        #expect(throws: HTTPParseError.self) { try parser.feed(request) }
    }
}
