// libFuzzer target for HTTPRequestParser. Not a SwiftPM target: scripts/fuzz-http-parser compiles this file
// together with Sources/SvoyiCore/HTTP with `swiftc -sanitize=fuzzer,address`.
//
// The first input byte picks where to cut the rest in two. The parser must not crash, and must report the
// same events and the same error whether it is fed the rest whole or in those two parts; every complete
// request it reports must be well formed (a head, body bytes matching its framing, an end).

/// Small caps, so the fuzzer reaches every limit check with short inputs.
private let limits = HTTPParserLimits(
    requestLine: 64, headerBytes: 256, headerCount: 8, bodyBytes: 512, chunkSizeLine: 24, trailerBytes: 64)

private struct Outcome: Equatable {
    var events: [HTTPParserEvent] = []
    var error: HTTPParseError?
}

private func parse(_ input: UnsafeRawBufferPointer, cut: Int) -> Outcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = Outcome()
    do {
        try parser.feed(UnsafeRawBufferPointer(rebasing: input[..<cut]), into: &outcome.events)
        try parser.feed(UnsafeRawBufferPointer(rebasing: input[cut...]), into: &outcome.events)
    } catch {
        outcome.error = error
        do {
            try parser.feed(UnsafeRawBufferPointer(rebasing: input[..<0]), into: &outcome.events)
            preconditionFailure("a failed parser accepted more bytes")
        } catch let again {
            precondition(again == error, "a failed parser changed its error")
        }
    }
    outcome.events = joined(outcome.events)
    return outcome
}

/// Adjacent body events joined: how a body is cut depends on how the bytes arrived.
private func joined(_ events: [HTTPParserEvent]) -> [HTTPParserEvent] {
    var result: [HTTPParserEvent] = []
    for event in events {
        if case .body(let more) = event, case .body(let earlier)? = result.last {
            precondition(!more.isEmpty, "an empty body event")
            result[result.count - 1] = .body(earlier + more)
        } else {
            result.append(event)
        }
    }
    return result
}

private func checkWellFormed(_ events: [HTTPParserEvent]) {
    var framing: HTTPBodyFraming?
    var bodyCount = 0
    for event in events {
        switch event {
        case .head(let head, let headFraming, _):
            precondition(framing == nil, "a head inside a request")
            precondition(head.version == .http1_1 || head.version == .http1_0, "an unsupported version")
            framing = headFraming
            bodyCount = 0
        case .body(let bytes):
            precondition(framing != nil && framing != HTTPBodyFraming.none, "body outside a request with a body")
            bodyCount += bytes.count
            precondition(bodyCount <= limits.bodyBytes, "a body over the limit")
        case .end:
            if case .length(let length)? = framing { precondition(bodyCount == length, "a body of the wrong length") }
            precondition(framing != nil, "an end without a head")
            framing = nil
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequestParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let input = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(start: data, count: size)[1...])
    let cut = Int(data[0]) * input.count / 255
    let whole = parse(input, cut: input.count)
    let split = parse(input, cut: cut)
    precondition(whole == split, "feeding in two parts changed the result")
    checkWellFormed(whole.events)
    return 0
}
