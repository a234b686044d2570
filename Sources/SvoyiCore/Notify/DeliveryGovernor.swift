import Foundation

/// The pace of one bot, from its ``DeliveryLimits``: a token bucket of messages per second (a second's worth at
/// once, then the steady rate), a whole-bot pause when the messenger asks to slow down, and when each person may be
/// written to again. A pure value: the worker asks it when the next send may start and tells it what was sent.
struct DeliveryGovernor: Sendable {
    private(set) var limits: DeliveryLimits
    /// Tokens in the bucket; below zero after a send larger than what was there (the next send waits it back).
    private(set) var tokens: Double
    private(set) var updated: Date
    /// When a messenger's "too many requests" pause ends.
    private(set) var pausedUntil: Date?
    /// When each recently written person may be written to again.
    private(set) var recentlySent: [String: Date] = [:]
    private var prunedAt: Date

    init(limits: DeliveryLimits, now: Date) {
        self.limits = limits
        self.tokens = max(1, limits.messagesPerSecond)
        self.updated = now
        self.prunedAt = now
    }

    /// A second's worth of messages.
    var capacity: Double { max(1, limits.messagesPerSecond) }
    private var rate: Double { limits.messagesPerSecond > 0 ? limits.messagesPerSecond : 1 }
    private var interval: TimeInterval { max(0, limits.perRecipientInterval.timeInterval) }

    /// Takes new limits (a bot's settings changed), keeping the pace so far.
    mutating func update(_ limits: DeliveryLimits) {
        self.limits = limits
        tokens = min(tokens, capacity)
    }

    /// When a send of `cost` messages may start: after any pause, once the bucket holds `cost` tokens (a full bucket
    /// for a send larger than the bucket).
    func readyAt(cost: Double, now: Date) -> Date {
        var start = now
        if let pausedUntil, pausedUntil > start { start = pausedUntil }
        let available = min(capacity, tokens + max(0, now.timeIntervalSince(updated)) * rate)
        let needed = min(max(cost, 0), capacity)
        // A hair short (floating point) counts as there; a real wait is at least a millisecond, so the time moves.
        if available < needed - 1e-6 {
            start = max(start, now.addingTimeInterval(max(0.001, (needed - available) / rate)))
        }
        return start
    }

    /// The messages the bucket holds at `now` (0 while paused).
    func available(now: Date) -> Double {
        if let pausedUntil, pausedUntil > now { return 0 }
        return min(capacity, tokens + max(0, now.timeIntervalSince(updated)) * rate)
    }

    /// Records a send of `cost` messages to `recipients` starting at `now`.
    mutating func spend(_ cost: Double, to recipients: [String], now: Date) {
        tokens = min(capacity, tokens + max(0, now.timeIntervalSince(updated)) * rate) - max(cost, 0)
        updated = max(updated, now)
        let free = now.addingTimeInterval(interval)
        for recipient in recipients { recentlySent[recipient] = free }
        if now.timeIntervalSince(prunedAt) >= max(interval, 1) {
            recentlySent = recentlySent.filter { $0.value > now }
            prunedAt = now
        }
    }

    /// Stops every send until `until` (the messenger said to retry after it).
    mutating func pause(until: Date) {
        if let pausedUntil, pausedUntil >= until { return }
        pausedUntil = until
    }
}
