import Foundation
import SvoyiCore
import Testing

@Suite struct HTTPClientRetryAfterTests {
    /// Mon, 21 Sep 2026 14:13:20 GMT.
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func clientReadsRetryAfterSeconds() {
        #expect(HTTPRetryAfter.delay("120", now: now) == .seconds(120))
        #expect(HTTPRetryAfter.delay("0", now: now) == .zero)
        #expect(HTTPRetryAfter.delay(" 5 ", now: now) == .seconds(5))
        #expect(HTTPRetryAfter.delay("0007", now: now) == .seconds(7))
    }

    @Test func clientClampsAbsurdRetryAfterInsteadOfOverflowing() throws {
        let huge = try #require(HTTPRetryAfter.delay("99999999999999999999999", now: now))
        #expect(huge >= .seconds(1_000_000_000))
    }

    @Test(arguments: ["", " ", "-1", "+5", "1.5", "5s", "1 2", "0x10", "soon", "١٢"])
    func clientRejectsMalformedRetryAfter(_ value: String) {
        #expect(HTTPRetryAfter.delay(value, now: now) == nil)
    }

    @Test func clientReadsRetryAfterDatesInAllThreeForms() {
        #expect(HTTPRetryAfter.delay("Mon, 21 Sep 2026 14:13:50 GMT", now: now) == .seconds(30))
        #expect(HTTPRetryAfter.delay("Monday, 21-Sep-26 14:14:20 GMT", now: now) == .seconds(60))
        #expect(HTTPRetryAfter.delay("Mon Sep 21 14:13:25 2026", now: now) == .seconds(5))
        #expect(HTTPRetryAfter.delay("Mon Sep  1 00:00:00 2026", now: now) == .zero, "a past date means no wait")
    }

    @Test func clientParsesHTTPDatesToTheSecond() {
        let expected = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994") == expected)
        #expect(HTTPDate.parse("Thu, 01 Jan 1970 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
        #expect(HTTPDate.parse("Tue, 29 Feb 2028 23:59:59 GMT") == Date(timeIntervalSince1970: 1_835_481_599))
    }

    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:49 GMT",
        "Sun, 06 Nov 1994 08:60:00 GMT", "Sun 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sun, +6 Nov 1994 08:49:37 GMT", "2026-09-21T14:13:20Z",
    ])
    func clientRejectsMalformedHTTPDates(_ text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }
}
