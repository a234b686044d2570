import Foundation

/// A token bucket like the ones the messengers' servers keep: `rate` requests a second with bursts of `burst`,
/// per key (a bot, a chat). The fake Telegram and Viber APIs ask it before accepting a request and answer 429 (or
/// Viber status 12) with the wait it returns when the bucket is empty.
public struct FakeRateLimit: Sendable {
    /// Requests a second; `nil` means no limit.
    public var rate: Double?
    /// How many requests may come at once after a quiet time.
    public var burst: Double

    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    public init(rate: Double?, burst: Double? = nil) {
        self.rate = rate
        self.burst = max(1, burst ?? rate ?? 1)
    }

    /// Takes one token for `key` at time `now` (seconds on any monotonic scale). Returns `nil` when the request is
    /// allowed, or the seconds to wait until a token is back.
    public mutating func take(_ key: String, now: Double) -> Double? {
        guard let rate, rate > 0 else { return nil }
        var bucket = buckets[key] ?? (burst, now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * rate)
        bucket.at = now
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            buckets[key] = bucket
            return nil
        }
        buckets[key] = bucket
        return (1 - bucket.tokens) / rate
    }
}
