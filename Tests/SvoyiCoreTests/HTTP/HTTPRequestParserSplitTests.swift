import SvoyiCore
import Testing

/// The same bytes give the same events however they are split: whole, byte by byte, and in 200 seeded
/// random splits.
@Suite("HTTP request parser: arbitrary splits")
struct HTTPRequestParserSplitTests {
    static let plain = "GET /a?b=c HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n"
    static let lengthBody = "POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world"
    static let chunked =
        "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5;a=b;c\r\nhello\r\n1 ; q=\"x\"\r\n \r\nA\r\n0123456789\r\n0;last\r\nX-Sum: abc\r\nX-More: 1\r\n\r\n"

    static let plainEvents: [HTTPParserEvent] = [
        .head(
            head(.get, "/a?b=c", [("Host", "example.org"), ("Accept", "*/*")]), framing: .none,
            expectContinue: false),
        .end,
    ]
    static let lengthBodyEvents: [HTTPParserEvent] = [
        .head(
            head(.post, "/form", [("Host", "x"), ("Content-Length", "11")]), framing: .length(11),
            expectContinue: false),
        body("hello world"), .end,
    ]
    static let chunkedEvents: [HTTPParserEvent] = [
        .head(
            head(.post, "/up", [("Host", "x"), ("Transfer-Encoding", "chunked")]), framing: .chunked,
            expectContinue: false),
        body("hello 0123456789"), .end,
    ]

    @Test(arguments: [
        (plain, plainEvents),
        (lengthBody, lengthBodyEvents),
        (chunked, chunkedEvents),
        (plain + lengthBody + chunked, plainEvents + lengthBodyEvents + chunkedEvents),
    ])
    func sameEventsHoweverSplit(request: String, expected: [HTTPParserEvent]) {
        let bytes = Array(request.utf8)
        let whole = parse([bytes])
        #expect(whole == ParseOutcome(events: expected))
        #expect(parse(bytes.map { [$0] }) == whole, "byte by byte")
        var generator = SplitMix64(seed: 0x5EED)
        for round in 0..<200 {
            let chunks = randomSplit(bytes, into: Int.random(in: 2...12, using: &generator), using: &generator)
            #expect(parse(chunks) == whole, "random split \(round): \(chunks.map { $0.count })")
        }
    }

    @Test func refusalIsTheSameHoweverSplit() {
        let bytes = Array((Self.plain + "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\n").utf8)
        let whole = parse([bytes])
        #expect(whole.events == Self.plainEvents)
        #expect(whole.error == HTTPParseError(.badRequest, "Content-Length is a list"))
        var generator = SplitMix64(seed: 7)
        for round in 0..<200 {
            let chunks = randomSplit(bytes, into: Int.random(in: 2...12, using: &generator), using: &generator)
            #expect(parse(chunks) == whole, "random split \(round): \(chunks.map { $0.count })")
        }
    }

    /// swift-nio's testDontDropExtraBytesRequest: bytes after a request's end are the start of the next one.
    @Test func extraBytesAfterARequestStartTheNext() throws {
        var parser = HTTPRequestParser()
        let first = try parser.feed(Array("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HT".utf8))
        #expect(first == [.head(head(.get, "/1", [("Host", "x")]), framing: .none, expectContinue: false), .end])
        let second = try parser.feed(Array("TP/1.1\r\nHost: y\r\n\r\n".utf8))
        #expect(second == [.head(head(.get, "/2", [("Host", "y")]), framing: .none, expectContinue: false), .end])
    }
}
