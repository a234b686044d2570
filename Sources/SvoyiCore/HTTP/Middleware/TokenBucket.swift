public import Foundation

/// How many requests a client may make to one route: a burst of ``capacity``, refilled at
/// ``refillPerSecond``.
public struct RateLimit: Sendable, Equatable {
    /// The most requests allowed at once.
    public var capacity: Int
    /// Tokens regained per second.
    public var refillPerSecond: Double

    /// `requests` per `seconds`, all usable at once (`RateLimit(requests: 5, per: 60)`: five a minute).
    public init(requests: Int, per seconds: TimeInterval) {
        precondition(requests > 0 && seconds > 0, "a rate limit needs a positive count and period")
        capacity = requests
        refillPerSecond = Double(requests) / seconds
    }
}

/// One client's bucket for one route: a pure value, so the rule is tested without a clock or a lock.
public struct TokenBucket: Sendable, Equatable {
    /// What the bucket says to a request.
    public enum Decision: Sendable, Equatable {
        /// Go ahead.
        case allowed
        /// Refused; a token comes back in this many whole seconds (at least 1).
        case limited(retryAfter: Int)
    }

    /// The tokens left, fractional while refilling.
    public private(set) var tokens: Double
    /// When `tokens` was last brought up to date.
    public private(set) var updated: Date

    /// A full bucket at `now`.
    public init(limit: RateLimit, now: Date) {
        tokens = Double(limit.capacity)
        updated = now
    }

    /// Refills for the time since the last request, then takes a token if there is one.
    public mutating func take(limit: RateLimit, now: Date) -> Decision {
        refill(limit: limit, now: now)
        if tokens >= 1 {
            tokens -= 1
            return .allowed
        }
        let wait = (1 - tokens) / limit.refillPerSecond
        return .limited(retryAfter: max(1, Int(wait.rounded(.up))))
    }

    /// Whether the bucket would be full at `now` (so forgetting it changes nothing).
    public func isFull(limit: RateLimit, now: Date) -> Bool {
        var copy = self
        copy.refill(limit: limit, now: now)
        return copy.tokens >= Double(limit.capacity)
    }

    private mutating func refill(limit: RateLimit, now: Date) {
        let elapsed = max(0, now.timeIntervalSince(updated))
        tokens = min(Double(limit.capacity), tokens + elapsed * limit.refillPerSecond)
        updated = max(updated, now)
    }
}
