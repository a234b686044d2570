import Foundation
import SvoyiCore
import Testing

@Suite struct RateLimitMiddlewareTests {
    func responder(clock: ManualClock) throws -> RouterResponder {
        var router = Router()
        router.add(RateLimitMiddleware(limits: ["/sign": RateLimit(requests: 2, per: 60)], clock: clock))
        router.post("/sign") { _, _ in .text("signed") }
        router.post("/other") { _, _ in .text("other") }
        return try router.buildResponder(errors: testErrors())
    }

    @Test func overTheLimitIs429WithRetryAfterAndRecoversWhenATokenReturns() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_000_000))
        let responder = try responder(clock: clock)
        let sign = request(.post, "/sign", remoteAddress: "198.51.100.1")
        #expect(await responder.respond(to: sign).status == .ok)
        #expect(await responder.respond(to: sign).status == .ok)
        let refused = await responder.respond(to: sign)
        #expect(refused.status == .tooManyRequests)
        #expect(refused.headers["Retry-After"] == "30")
        clock.advance(by: 29.5)
        #expect(await responder.respond(to: sign).headers["Retry-After"] == "1")
        clock.advance(by: 0.5)
        #expect(await responder.respond(to: sign).text == "signed")
        #expect(await responder.respond(to: sign).status == .tooManyRequests)
    }

    @Test func bucketsAreSeparateByAddressAndRoute() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_000_000))
        let responder = try responder(clock: clock)
        for _ in 0..<3 { _ = await responder.respond(to: request(.post, "/sign", remoteAddress: "198.51.100.1")) }
        #expect(await responder.respond(to: request(.post, "/sign", remoteAddress: "198.51.100.2")).status == .ok)
        for _ in 0..<5 {
            #expect(await responder.respond(to: request(.post, "/other", remoteAddress: "198.51.100.1")).status == .ok)
        }
    }

    @Test func tokenBucketRefillsFractionallyAndNeverAboveCapacity() {
        let limit = RateLimit(requests: 3, per: 3)
        let t0 = Date(timeIntervalSince1970: 0)
        var bucket = TokenBucket(limit: limit, now: t0)
        #expect(bucket.take(limit: limit, now: t0) == .allowed)
        #expect(bucket.tokens == 2)
        #expect(bucket.isFull(limit: limit, now: t0.addingTimeInterval(0.5)) == false)
        #expect(bucket.isFull(limit: limit, now: t0.addingTimeInterval(1)) == true)
        _ = bucket.take(limit: limit, now: t0.addingTimeInterval(100))
        #expect(bucket.tokens == 2)
    }

    @Test func limiterMemoryIsBoundedDroppingFullBucketsFirst() {
        let limiter = RateLimiter(maximumKeys: 4)
        let limit = RateLimit(requests: 1, per: 10)
        let t0 = Date(timeIntervalSince1970: 0)
        for key in ["a", "b", "c", "d"] { #expect(limiter.take(key: key, limit: limit, now: t0) == .allowed) }
        #expect(limiter.take(key: "e", limit: limit, now: t0) == .allowed)  // nothing full: the oldest goes
        #expect(limiter.count == 4)
        #expect(limiter.take(key: "e", limit: limit, now: t0) == .limited(retryAfter: 10))
        #expect(limiter.take(key: "f", limit: limit, now: t0.addingTimeInterval(10)) == .allowed)
        #expect(limiter.count == 1)  // every earlier bucket had refilled, so all were forgotten
    }
}
