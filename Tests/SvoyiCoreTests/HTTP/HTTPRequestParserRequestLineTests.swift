import SvoyiCore
import Testing

/// The request line: `method SP target SP HTTP/x.y CRLF`, one SP between parts (RFC 9112 §3).
@Suite("HTTP request parser: request line")
struct HTTPRequestParserRequestLineTests {
    private func line(_ requestLine: String) -> String { "\(requestLine)\r\nHost: x\r\n\r\n" }

    @Test func unsupportedVersionIs505() {
        #expect(refusal(line("GET / HTTP/2.0")) == 505)
    }

    @Test func http09Is505() {
        #expect(refusal(line("GET / HTTP/0.9")) == 505)
    }

    @Test func http12Is505() {
        #expect(refusal(line("GET / HTTP/1.2")) == 505)
    }

    @Test func refusesMalformedVersion() {
        #expect(refusal(line("GET / HTTP/1.10")) == 400)
        #expect(refusal(line("GET / HTTP/11")) == 400)
        #expect(refusal(line("GET / http/1.1")) == 400)
        #expect(refusal(line("GET /")) == 400)
    }

    @Test func refusesDoubleSpaceInRequestLine() {
        #expect(refusal(line("GET  / HTTP/1.1")) == 400)
        #expect(refusal(line("GET /  HTTP/1.1")) == 400)
    }

    @Test func refusesTrailingSpaceAfterVersion() {
        #expect(refusal(line("GET / HTTP/1.1 ")) == 400)
    }

    @Test func refusesLeadingSpaceBeforeMethod() {
        #expect(refusal(line(" GET / HTTP/1.1")) == 400)
    }

    @Test func refusesTabAsSeparator() {
        #expect(refusal(line("GET\t/ HTTP/1.1")) == 400)
    }

    @Test func refusesNonTokenMethod() {
        #expect(refusal(line("GE(T / HTTP/1.1")) == 400)
    }

    @Test func refusesNULInMethod() {
        #expect(refusal(line("GE\u{00}T / HTTP/1.1")) == 400)
    }

    @Test func refusesNULInTarget() {
        #expect(refusal(line("GET /a\u{00}b HTTP/1.1")) == 400)
    }

    @Test func refusesSpaceInsideTarget() {
        #expect(refusal(line("GET /a b HTTP/1.1")) == 400)
    }

    @Test func refusesFragmentInTarget() {
        #expect(refusal(line("GET /a#b HTTP/1.1")) == 400)
    }

    @Test func refusesRawUTF8InTarget() {
        #expect(refusal(line("GET /Київ HTTP/1.1")) == 400)
    }

    @Test func refusesAuthorityForm() {
        #expect(refusal(line("CONNECT example.org:443 HTTP/1.1")) == 400)
    }

    @Test func refusesAsteriskOutsideOptions() {
        #expect(refusal(line("GET * HTTP/1.1")) == 400)
    }

    @Test func acceptsAsteriskForOptions() {
        #expect(parse(line("OPTIONS * HTTP/1.1")).heads.map(\.target) == ["*"])
    }

    @Test func unknownMethodTokensAreKept() {
        #expect(parse(line("PROPFIND /d HTTP/1.1")).heads.map(\.method) == [.other("PROPFIND")])
    }

    @Test func absoluteFormIsReducedToOriginForm() {
        let outcome = parse(
            "GET http://Example.org/a?b HTTP/1.1\r\nHost: example.ORG\r\n\r\n"
                + "GET HTTPS://example.org?q HTTP/1.1\r\nHost: example.org\r\n\r\n"
                + "GET http://example.org:8080 HTTP/1.1\r\nHost: example.org:8080\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.heads.map(\.target) == ["/a?b", "/?q", "/"])
    }

    @Test func refusesAbsoluteFormThatDisagreesWithHost() {
        #expect(refusal("GET http://a.example/ HTTP/1.1\r\nHost: b.example\r\n\r\n") == 400)
    }

    @Test func refusesAbsoluteFormWithUserInfo() {
        #expect(refusal("GET http://u@x/ HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
    }

    @Test func refusesAbsoluteFormWithoutHost() {
        #expect(refusal("GET http:///a HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
    }

    @Test func emptyLinesBeforeTheRequestLineAreSkipped() {
        let outcome = parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(
            outcome.events == [.head(head(.get, "/", [("Host", "x")]), framing: .none, expectContinue: false), .end])
    }
}
