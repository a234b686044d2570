import SvoyiCore
import Testing

/// Header field lines and line endings (RFC 9112 §2.2 and §5).
@Suite("HTTP request parser: field lines")
struct HTTPRequestParserFieldTests {
    private func get(_ fields: String) -> String { "GET / HTTP/1.1\r\nHost: x\r\n\(fields)\r\n" }

    @Test func refusesObsFold() {
        #expect(refusal(get("X-A: 1\r\n  continued\r\n")) == 400)
        #expect(refusal(get("X-A: 1\r\n\tcontinued\r\n")) == 400)
        #expect(parse(get("X-A: 1\r\n continued\r\n")).error?.reason == "obsolete line folding")
    }

    @Test func refusesWhitespaceBeforeTheFirstField() {
        #expect(refusal("GET / HTTP/1.1\r\n Host: x\r\n\r\n") == 400)
    }

    @Test func refusesSpaceBeforeColon() {
        #expect(refusal("GET / HTTP/1.1\r\nHost : x\r\n\r\n") == 400)
        #expect(refusal(get("Content-Length : 0\r\n")) == 400)
    }

    @Test func refusesTabBeforeColon() {
        #expect(refusal(get("Transfer-Encoding\t: chunked\r\n")) == 400)
    }

    @Test func refusesBareCR() {
        #expect(refusal(get("X-A: 1\r2\r\n")) == 400)
        #expect(parse(get("X-A: 1\r2\r\n")).error?.reason == "bare CR")
    }

    @Test func refusesBareCRInRequestLine() {
        #expect(refusal("GET /\r HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
    }

    @Test func refusesBareCRAsLineEnding() {
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n") == 400)
    }

    @Test func refusesBareLF() {
        #expect(refusal(get("X-A: 1\n")) == 400)
        #expect(parse(get("X-A: 1\n")).error?.reason == "bare LF as a line ending")
    }

    @Test func refusesBareLFAfterRequestLine() {
        #expect(refusal("GET / HTTP/1.1\nHost: x\r\n\r\n") == 400)
    }

    @Test func refusesBareLFEndingTheHead() {
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\r\n\n") == 400)
    }

    @Test func refusesMissingHostOnHTTP11() {
        #expect(refusal("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") == 400)
    }

    @Test func acceptsMissingHostOnHTTP10() {
        let outcome = parse("GET / HTTP/1.0\r\n\r\n")
        #expect(
            outcome.events == [
                .head(head(.get, "/", [], version: .http1_0), framing: .none, expectContinue: false), .end,
            ])
    }

    @Test func refusesDuplicateHost() {
        #expect(refusal("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n") == 400)
        #expect(refusal("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n") == 400)
    }

    @Test func refusesInvalidByteInFieldName() {
        #expect(refusal(get("X(A): 1\r\n")) == 400)
        #expect(refusal(get("X-\u{0456}: 1\r\n")) == 400)
    }

    @Test func refusesEmptyFieldName() {
        #expect(refusal(get(": 1\r\n")) == 400)
    }

    @Test func refusesFieldLineWithoutColon() {
        #expect(refusal(get("X-A 1\r\n")) == 400)
        #expect(refusal(get("X-A\r\n")) == 400)
    }

    @Test func refusesControlCharacterInFieldValue() {
        #expect(refusal(get("X-A: a\u{01}b\r\n")) == 400)
        #expect(refusal(get("X-A: a\u{7F}b\r\n")) == 400)
    }

    @Test func refusesNULInFieldValue() {
        #expect(refusal(get("X-A: a\u{00}b\r\n")) == 400)
    }

    @Test func refusesNULInFieldName() {
        #expect(refusal(get("X\u{00}A: 1\r\n")) == 400)
    }

    @Test func valuesAreTrimmedAndKeepInnerWhitespaceAndUTF8() {
        let outcome = parse(get("X-A: \t a  b\t \r\nX-City: Київ\r\nX-Empty:\r\n"))
        #expect(
            outcome.heads.first?.headers
                == HTTPHeaders([("Host", "x"), ("X-A", "a  b"), ("X-City", "Київ"), ("X-Empty", "")]))
    }

    @Test func repeatedFieldsAreKeptInOrderWithTheirCase() {
        let outcome = parse(get("Accept: a\r\nx-tag: 1\r\nACCEPT: b\r\n"))
        #expect(outcome.heads.first?.headers.values("accept") == ["a", "b"])
        #expect(outcome.heads.first?.headers.fields.map(\.name) == ["Host", "Accept", "x-tag", "ACCEPT"])
    }
}
