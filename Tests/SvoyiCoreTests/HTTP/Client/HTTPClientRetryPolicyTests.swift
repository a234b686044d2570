import Foundation
import SvoyiCore
import Testing

@Suite struct HTTPClientRetryPolicyTests {
    let policy = HTTPRetryPolicy(
        maxAttempts: 4, initialBackoff: .milliseconds(200), maxBackoff: .seconds(1), maxRetryAfter: .seconds(30))
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func decide(
        _ outcome: HTTPRetryPolicy.Outcome, attempt: Int = 1, idempotent: Bool = true
    ) -> HTTPRetryPolicy.Decision {
        policy.decision(after: outcome, attempt: attempt, isIdempotent: idempotent, now: now, jitter: 1)
    }

    @Test func clientRequestsAreIdempotentByMethodUnlessMarked() {
        let url = URL(string: "https://example.org/")!
        let defaults = [HTTPMethod.get, .head, .put, .delete, .options, .post, .patch].map {
            HTTPClientRequest(method: $0, url: url).isIdempotent
        }
        #expect(defaults == [true, true, true, true, true, false, false])
        #expect(HTTPClientRequest(method: .post, url: url, idempotent: true).isIdempotent)
        #expect(!HTTPClientRequest(method: .put, url: url, idempotent: false).isIdempotent)
    }

    @Test func clientRetriesGatewayStatusesForIdempotentRequestsOnly() {
        for status in [502, 503, 504] {
            #expect(decide(.response(statusCode: status, retryAfter: nil)) == .retry(after: .milliseconds(200)))
            #expect(decide(.response(statusCode: status, retryAfter: nil), idempotent: false) == .stop)
        }
    }

    @Test func clientDoesNotRetryOtherStatuses() {
        for status in [200, 204, 301, 400, 401, 404, 408, 429, 500, 501, 505] {
            #expect(decide(.response(statusCode: status, retryAfter: nil)) == .stop, "status \(status)")
        }
    }

    @Test func clientRetriesTimeoutsAndConnectionFailuresOnly() {
        #expect(decide(.failure(.timeout)) == .retry(after: .milliseconds(200)))
        #expect(decide(.failure(.connection)) == .retry(after: .milliseconds(200)))
        for kind in [HTTPClientError.Kind.tooLarge, .cancelled, .invalidResponse] {
            #expect(decide(.failure(kind)) == .stop, "\(kind)")
        }
        #expect(decide(.failure(.timeout), idempotent: false) == .stop)
        #expect(decide(.failure(.connection), idempotent: false) == .stop)
    }

    @Test func clientStopsAtTheLastAttempt() {
        #expect(decide(.failure(.connection), attempt: 3) == .retry(after: .milliseconds(800)))
        #expect(decide(.failure(.connection), attempt: 4) == .stop)
        #expect(
            HTTPRetryPolicy.never.decision(
                after: .failure(.timeout), attempt: 1, isIdempotent: true, now: now, jitter: 0) == .stop)
    }

    @Test func clientHonoursRetryAfterOn503And429UpToTheCap() {
        #expect(decide(.response(statusCode: 503, retryAfter: "7")) == .retry(after: .seconds(7)))
        #expect(decide(.response(statusCode: 429, retryAfter: "2")) == .retry(after: .seconds(2)))
        #expect(decide(.response(statusCode: 429, retryAfter: "30")) == .retry(after: .seconds(30)))
        #expect(decide(.response(statusCode: 429, retryAfter: "31")) == .stop)
        #expect(decide(.response(statusCode: 503, retryAfter: "3600")) == .stop)
        let date = "Mon, 21 Sep 2026 14:13:30 GMT"  // 10 s after `now`
        #expect(decide(.response(statusCode: 503, retryAfter: date)) == .retry(after: .seconds(10)))
        #expect(decide(.response(statusCode: 429, retryAfter: "2"), idempotent: false) == .stop)
    }

    @Test func clientFallsBackToBackoffWhenRetryAfterIsUnusable() {
        #expect(decide(.response(statusCode: 503, retryAfter: "soon")) == .retry(after: .milliseconds(200)))
        #expect(decide(.response(statusCode: 429, retryAfter: "soon")) == .stop)
        // Retry-After is only a promise on 429 and 503; on 502 the backoff applies.
        #expect(decide(.response(statusCode: 502, retryAfter: "20")) == .retry(after: .milliseconds(200)))
    }

    @Test func clientBackoffDoublesUpToTheCap() {
        let full = (1...7).map { policy.backoff(attempt: $0, jitter: 1) }
        #expect(
            full == [
                .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1), .seconds(1), .seconds(1),
                .seconds(1),
            ])
        let least = (1...4).map { policy.backoff(attempt: $0, jitter: 0) }
        #expect(least == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500)])
        #expect(policy.backoff(attempt: 2, jitter: 0.5) == .milliseconds(300))
    }

    @Test func clientBackoffSurvivesOutOfRangeJitterAndHugeAttempts() {
        #expect(policy.backoff(attempt: 1, jitter: -3) == .milliseconds(100))
        #expect(policy.backoff(attempt: 1, jitter: 7) == .milliseconds(200))
        #expect(policy.backoff(attempt: 1, jitter: .nan) == .milliseconds(200))
        #expect(policy.backoff(attempt: 10_000, jitter: 1) == .seconds(1))
        #expect(policy.backoff(attempt: 0, jitter: 1) == .milliseconds(200))
    }
}
