public import Foundation

/// When an HTTP client tries a request again, and how long it waits first: one pure decision per attempt.
///
/// Only idempotent requests are retried, and only after a timeout, a connection failure, or a 502, 503 or
/// 504. A `Retry-After` on a 503 or 429 is honoured when it is no longer than ``maxRetryAfter``; a longer
/// one ends the retries and the caller gets that response. A 429 without a usable `Retry-After` is not
/// retried. Other waits grow exponentially with "equal jitter": between half and all of
/// `initialBackoff × 2^(attempt − 1)`, capped at ``maxBackoff``.
public struct HTTPRetryPolicy: Sendable, Equatable {
    /// What an attempt ended with.
    public enum Outcome: Sendable, Equatable {
        /// A response arrived, with its status code and `Retry-After` value, if any.
        case response(statusCode: Int, retryAfter: String?)
        /// No response arrived.
        case failure(HTTPClientError.Kind)
    }

    /// What to do after an attempt.
    public enum Decision: Sendable, Equatable {
        /// Wait this long, then try again.
        case retry(after: Duration)
        /// Return the response or throw the error as it is.
        case stop
    }

    /// Attempts in all, the first included; 1 turns retries off.
    public var maxAttempts: Int
    /// The wait ceiling after the first attempt; it doubles each attempt.
    public var initialBackoff: Duration
    /// The largest backoff ceiling.
    public var maxBackoff: Duration
    /// The longest `Retry-After` the client is willing to wait.
    public var maxRetryAfter: Duration
    /// Statuses that mean "try again later" even without `Retry-After`.
    public var retryableStatusCodes: Set<Int>

    /// Creates a policy; the defaults suit calls to messenger APIs from a request handler.
    public init(
        maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(200), maxBackoff: Duration = .seconds(5),
        maxRetryAfter: Duration = .seconds(30), retryableStatusCodes: Set<Int> = [502, 503, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatusCodes = retryableStatusCodes
    }

    /// A policy that never retries.
    public static let never = HTTPRetryPolicy(maxAttempts: 1)

    /// Decides what follows attempt number `attempt` (counting from 1).
    ///
    /// - Parameters:
    ///   - now: The current time, for a `Retry-After` given as a date.
    ///   - jitter: A random number in 0…1 that places the backoff within its range.
    public func decision(
        after outcome: Outcome, attempt: Int, isIdempotent: Bool, now: Date, jitter: Double
    ) -> Decision {
        guard isIdempotent, attempt < maxAttempts else { return .stop }
        switch outcome {
        case .failure(.timeout), .failure(.connection):
            return .retry(after: backoff(attempt: attempt, jitter: jitter))
        case .failure:
            return .stop
        case .response(let status, let retryAfter):
            let honoursRetryAfter = status == 429 || status == 503
            if honoursRetryAfter, let value = retryAfter, let wait = HTTPRetryAfter.delay(value, now: now) {
                return wait <= maxRetryAfter ? .retry(after: wait) : .stop
            }
            guard status != 429, retryableStatusCodes.contains(status) else { return .stop }
            return .retry(after: backoff(attempt: attempt, jitter: jitter))
        }
    }

    /// The wait after attempt `attempt` when the server named none: half to all of the capped ceiling.
    public func backoff(attempt: Int, jitter: Double) -> Duration {
        let doublings = min(max(attempt - 1, 0), 30)
        let ceiling = min(initialBackoff * (1 << doublings), maxBackoff)
        let fraction = jitter.isFinite ? min(max(jitter, 0), 1) : 1
        return ceiling * (0.5 + 0.5 * fraction)
    }
}
