import SvoyiCore
import Testing

/// Chunked bodies (RFC 9112 §7.1).
@Suite("HTTP request parser: chunked bodies")
struct HTTPRequestParserChunkedTests {
    private func chunked(_ body: String) -> String {
        "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body
    }

    @Test func chunksExtensionsAndTrailersGiveTheBodyOnly() {
        let outcome = parse(
            chunked("3;x=\"a b\"\r\nabc\r\nA\r\n0123456789\r\n000\r\nX-T: 1\r\n\r\n")
                + "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcome.error == nil)
        #expect(outcome.events[1...2] == [body("abc0123456789"), .end])
        #expect(outcome.heads.map(\.target) == ["/c", "/"])
    }

    @Test func chunkSizeOverflowIs400() {
        #expect(refusal(chunked("10000000000000000\r\n")) == 400)
        #expect(parse(chunked("10000000000000000\r\n")).error?.reason == "chunk size overflows")
    }

    @Test func chunkSizeWithLeadingZerosIsNotAnOverflow() {
        #expect(parse(chunked("00000000000000000000001\r\na\r\n0\r\n\r\n")).events.dropFirst() == [body("a"), .end])
    }

    @Test func refusesNonHexadecimalChunkSize() {
        #expect(refusal(chunked("0x5\r\nabcde\r\n0\r\n\r\n")) == 400)
        #expect(refusal(chunked("+5\r\nabcde\r\n0\r\n\r\n")) == 400)
        #expect(refusal(chunked("g\r\n")) == 400)
        #expect(refusal(chunked("\r\n")) == 400)
        #expect(refusal(chunked("5 x\r\nabcde\r\n0\r\n\r\n")) == 400)
    }

    @Test func refusesChunkDataNotFollowedByCRLF() {
        #expect(refusal(chunked("3\r\nabcd\r\n0\r\n\r\n")) == 400)
        #expect(refusal(chunked("3\r\nabc\rX0\r\n\r\n")) == 400)
    }

    @Test func refusesBareLFInChunkedFraming() {
        #expect(refusal(chunked("3\nabc\r\n0\r\n\r\n")) == 400)
        #expect(refusal(chunked("3\r\nabc\n0\r\n\r\n")) == 400)
        #expect(refusal(chunked("0\r\n\n")) == 400)
    }

    @Test func refusesControlBytesInChunkExtension() {
        #expect(refusal(chunked("3;a\u{00}\r\nabc\r\n0\r\n\r\n")) == 400)
    }

    @Test func overlongChunkExtensionIs400() {
        let limits = HTTPParserLimits(chunkSizeLine: 16)
        #expect(
            refusal(chunked("3;" + String(repeating: "e", count: 15) + "\r\nabc\r\n0\r\n\r\n"), limits: limits) == 400)
        #expect(refusal(chunked("3;" + String(repeating: "e", count: 100)), limits: limits) == 400)
        let atLimit = parse(chunked("3;" + String(repeating: "e", count: 14) + "\r\nabc\r\n0\r\n\r\n"), limits: limits)
        #expect(atLimit.events.dropFirst() == [body("abc"), .end])
    }

    @Test func trailerSectionTooLargeIs431() {
        let limits = HTTPParserLimits(trailerBytes: 16)
        #expect(refusal(chunked("0\r\nX-T: 01234567\r\n\r\n"), limits: limits) == 431)
        #expect(parse(chunked("0\r\nX-T: 0123456\r\n\r\n"), limits: limits).events.last == .end)  // 16 bytes
    }

    @Test func tooManyTrailersIs431() {
        let limits = HTTPParserLimits(headerCount: 2)
        #expect(refusal(chunked("0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), limits: limits) == 431)
    }

    @Test func refusesObsFoldInTrailer() {
        #expect(refusal(chunked("0\r\nX-T: 1\r\n 2\r\n\r\n")) == 400)
    }

    @Test func refusesMalformedTrailerField() {
        #expect(refusal(chunked("0\r\nX-T : 1\r\n\r\n")) == 400)
    }
}
