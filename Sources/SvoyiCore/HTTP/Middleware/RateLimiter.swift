public import Foundation
import Synchronization

/// The buckets of every client and route, behind one lock, in bounded memory.
///
/// When ``maximumKeys`` buckets exist and a new key arrives, buckets that have refilled completely are dropped
/// first (forgetting them changes no decision); if that frees nothing, the least recently used eighth goes, so
/// a flood of new addresses costs one sweep per `maximumKeys / 8` of them.
public final class RateLimiter: Sendable {
    private struct Entry {
        var bucket: TokenBucket
        let limit: RateLimit
    }

    /// The most buckets kept.
    public let maximumKeys: Int
    private let buckets = Mutex<[String: Entry]>([:])

    /// A limiter keeping at most `maximumKeys` buckets.
    public init(maximumKeys: Int = 10_000) {
        precondition(maximumKeys > 0, "a rate limiter must keep at least one bucket")
        self.maximumKeys = maximumKeys
    }

    /// Takes a token from `key`'s bucket at `now`.
    public func take(key: String, limit: RateLimit, now: Date) -> TokenBucket.Decision {
        buckets.withLock { buckets in
            if var entry = buckets[key] {
                let decision = entry.bucket.take(limit: limit, now: now)
                buckets[key] = entry
                return decision
            }
            if buckets.count >= maximumKeys { Self.evict(&buckets, now: now, target: maximumKeys) }
            var bucket = TokenBucket(limit: limit, now: now)
            let decision = bucket.take(limit: limit, now: now)
            buckets[key] = Entry(bucket: bucket, limit: limit)
            return decision
        }
    }

    /// The number of buckets kept now.
    public var count: Int { buckets.withLock { $0.count } }

    private static func evict(_ buckets: inout [String: Entry], now: Date, target: Int) {
        buckets = buckets.filter { !$0.value.bucket.isFull(limit: $0.value.limit, now: now) }
        guard buckets.count >= target else { return }
        let oldest = buckets.sorted { $0.value.bucket.updated < $1.value.bucket.updated }
            .prefix(max(1, target / 8))
        for (key, _) in oldest { buckets[key] = nil }
    }
}
