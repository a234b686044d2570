import SvoyiCore
import Testing

/// What a parser reported for some bytes: its events, adjacent body events joined (how a body is cut depends
/// on how the bytes arrived), and the error it stopped with, if any.
struct ParseOutcome: Equatable {
    var events: [HTTPParserEvent] = []
    var error: HTTPParseError?

    var status: Int? { error?.status.code }
    var heads: [HTTPRequestHead] {
        events.compactMap { if case .head(let head, _, _) = $0 { head } else { nil } }
    }
}

/// Feeds `chunks` one after another to a fresh parser.
func parse(
    _ chunks: [[UInt8]], limits: HTTPParserLimits = HTTPParserLimits(),
    bodyLimit: ((HTTPRequestHead) -> Int)? = nil
) -> ParseOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = ParseOutcome()
    do {
        for chunk in chunks {
            try chunk.withUnsafeBytes { buffer in
                try parser.feed(buffer, into: &outcome.events) { bodyLimit?($0) ?? limits.bodyBytes }
            }
        }
    } catch let error as HTTPParseError {
        outcome.error = error
    } catch {
        Issue.record("not an HTTPParseError: \(error)")
    }
    outcome.events = joinedBodies(outcome.events)
    return outcome
}

/// Feeds the whole text at once.
func parse(_ text: String, limits: HTTPParserLimits = HTTPParserLimits()) -> ParseOutcome {
    parse([Array(text.utf8)], limits: limits)
}

/// The status a request is refused with, after checking that feeding it byte by byte is refused the same way.
func refusal(
    _ text: String, limits: HTTPParserLimits = HTTPParserLimits(), sourceLocation: SourceLocation = #_sourceLocation
) -> Int? {
    let whole = parse(text, limits: limits)
    let byteByByte = parse(Array(text.utf8).map { [$0] }, limits: limits)
    #expect(byteByByte == whole, "fed byte by byte", sourceLocation: sourceLocation)
    #expect(whole.error != nil, "accepted: \(whole.events)", sourceLocation: sourceLocation)
    return whole.status
}

/// A head as the parser should report it.
func head(
    _ method: HTTPMethod, _ target: String, _ headers: [(String, String)], version: HTTPVersion = .http1_1
) -> HTTPRequestHead {
    HTTPRequestHead(method: method, target: target, version: version, headers: HTTPHeaders(headers))
}

func body(_ text: String) -> HTTPParserEvent { .body(Array(text.utf8)) }

func joinedBodies(_ events: [HTTPParserEvent]) -> [HTTPParserEvent] {
    var result: [HTTPParserEvent] = []
    for event in events {
        if case .body(let more) = event, case .body(let earlier)? = result.last {
            result[result.count - 1] = .body(earlier + more)
        } else {
            result.append(event)
        }
    }
    return result
}

/// The input cut at `count - 1` random points (some may coincide, giving empty feeds). `SplitMix64` is the
/// seeded generator the CSV parser tests declare in this target.
func randomSplit(_ bytes: [UInt8], into count: Int, using generator: inout SplitMix64) -> [[UInt8]] {
    let cuts = (0..<count - 1).map { _ in Int.random(in: 0...bytes.count, using: &generator) }.sorted()
    var chunks: [[UInt8]] = []
    var start = 0
    for cut in cuts + [bytes.count] {
        chunks.append(Array(bytes[start..<cut]))
        start = cut
    }
    return chunks
}
