public import Foundation

/// How often, and how long apart, a delivery that failed in a way that may pass (``DeliveryOutcome/transient(detail:)``)
/// is tried again.
public struct NotifyRetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; after the last a delivery is ``NotifyDeliveryState/failed``.
    public var maximumAttempts: Int
    /// The wait after the first failure; each next one doubles, up to ``maximumDelay``.
    public var baseDelay: TimeInterval
    public var maximumDelay: TimeInterval

    /// Eight attempts from 30 s apart to at most an hour: a messenger that is down for about an hour loses nothing.
    public init(maximumAttempts: Int = 8, baseDelay: TimeInterval = 30, maximumDelay: TimeInterval = 3_600) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maximumDelay = max(self.baseDelay, maximumDelay)
    }

    /// The wait after `attempt` attempts failed, with "equal jitter": between half and all of the exponential delay,
    /// placed by `jitter` (0…1), so deliveries that failed together do not all come back together.
    public func delay(afterAttempt attempt: Int, jitter: Double) -> TimeInterval {
        let exponent = Double(max(0, min(attempt - 1, 30)))
        let full = min(maximumDelay, baseDelay * pow(2, exponent))
        let fraction = jitter.isFinite ? min(max(jitter, 0), 1) : 1
        return full / 2 + full / 2 * fraction
    }
}
