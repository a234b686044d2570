import Foundation
import SvoyiCore
import Testing

@Suite struct AccessLogMiddlewareTests {
    let start = Date(timeIntervalSince1970: 1_772_357_400)  // 2026-03-01 09:30:00 UTC

    func responder(_ lines: CollectedLines, clock: ManualClock, includeClient: Bool = false) throws -> RouterResponder {
        var router = Router()
        router.add(RequestIDMiddleware(generate: { "req-1" }))
        router.add(AccessLogMiddleware(sink: lines.sink, clock: clock, includeClientAddress: includeClient))
        router.get("/petitions/{id:int}") { _, _ in
            clock.advance(by: 0.0125)
            return .text("hello")
        }
        return try router.buildResponder(errors: testErrors())
    }

    @Test func oneJSONLinePerRequestWithTheRoutePatternAndNothingPersonal() async throws {
        let lines = CollectedLines()
        let clock = ManualClock(start)
        let responder = try responder(lines, clock: clock)
        let sent = request(
            "/petitions/17?email=olena%40example.org&q=secret",
            headers: [("Cookie", "session=s3cr3t"), ("User-Agent", "TestBrowser/1")], remoteAddress: "203.0.113.9")
        _ = await responder.respond(to: sent)
        #expect(
            lines.all == [
                #"{"time":"2026-03-01T09:30:00.000Z","method":"GET","route":"/petitions/{id:int}","status":200,"#
                    + #""duration_ms":12.5,"bytes":5,"request_id":"req-1"}"#
            ])
        let line = try #require(lines.all.first)
        for secret in ["olena", "secret", "203.0.113.9", "s3cr3t", "TestBrowser", "/petitions/17"] {
            #expect(!line.contains(secret), "the log line leaks \(secret)")
        }
    }

    @Test func clientAddressOnlyWhenAskedFor() async throws {
        let lines = CollectedLines()
        let responder = try responder(lines, clock: ManualClock(start), includeClient: true)
        _ = await responder.respond(to: request("/petitions/1", remoteAddress: "203.0.113.9"))
        #expect(lines.all.first?.hasSuffix(#""request_id":"req-1","client":"203.0.113.9"}"#) == true)
    }

    @Test func unmatchedAndOddMethodsGetFixedLabels() async throws {
        let lines = CollectedLines()
        let responder = try responder(lines, clock: ManualClock(start))
        _ = await responder.respond(to: request(.other("BREW"), "/coffee/pot-1"))
        let line = try #require(lines.all.first)
        #expect(line.contains(#""method":"OTHER","route":"unmatched","status":404,"duration_ms":0.0,"#))
        #expect(!line.contains("coffee"))
        #expect(!line.contains("BREW"))
    }
}
