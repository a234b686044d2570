public import Foundation

/// A unit of durable background work, as stored in the `jobs` table.
public struct Job: Sendable, Equatable {
    /// The job's row id.
    public let id: Int64
    /// Which handler runs it, e.g. `queue.reminder`.
    public let kind: String
    /// The hromada it belongs to, when it belongs to one.
    public let hromadaID: Int64?
    /// JSON text given when scheduled.
    public let payload: String
    /// When it is (next) due.
    public let runAt: Date
    /// 1 on the first try, 2 on the first retry…
    public let attempt: Int
    /// The key given when scheduled; handlers pass it on to external systems so a retry is not a second effect.
    public let idempotencyKey: String?

    /// Decodes the JSON payload.
    public func decodePayload<T: Decodable>(_ type: T.Type) throws -> T {
        try SQLValue.text(payload).decodeJSON(T.self)
    }
}

/// Runs jobs of one kind.
public struct JobHandler: Sendable {
    /// How the handler runs.
    public enum Body: Sendable {
        /// Runs inside the same write transaction that marks the job done, so its database effects happen
        /// exactly once even across crashes.
        case transactional(@Sendable (Job, any DatabaseConnection) throws -> Void)
        /// Runs outside any transaction (network calls). At-least-once: after a crash mid-run the job runs
        /// again, so the handler must use ``Job/idempotencyKey`` or its own records to avoid a second effect.
        case async(@Sendable (Job) async throws -> Void)
    }

    public let kind: String
    public let body: Body
    /// Called after a ``Body/transactional(_:)`` run committed (or after an ``Body/async(_:)`` run finished), to
    /// wake whoever works on what the job wrote. Not called when the run failed.
    public var afterCommit: (@Sendable (Job) -> Void)?

    public init(kind: String, body: Body, afterCommit: (@Sendable (Job) -> Void)? = nil) {
        self.kind = kind
        self.body = body
        self.afterCommit = afterCommit
    }

    /// A handler whose database effects commit together with the job's completion.
    public static func transactional(
        _ kind: String, _ body: @escaping @Sendable (Job, any DatabaseConnection) throws -> Void
    ) -> JobHandler {
        JobHandler(kind: kind, body: .transactional(body))
    }

    /// A handler that does outside work (at-least-once).
    public static func async(_ kind: String, _ body: @escaping @Sendable (Job) async throws -> Void) -> JobHandler {
        JobHandler(kind: kind, body: .async(body))
    }
}

/// Retry policy: exponential backoff from `base`, capped at `maximum`.
public struct Backoff: Sendable, Equatable {
    public var base: TimeInterval
    public var maximum: TimeInterval

    public init(base: TimeInterval = 10, maximum: TimeInterval = 3600) {
        self.base = base
        self.maximum = maximum
    }

    /// The delay before the next try after `attempt` tries have failed.
    public func delay(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = Double(max(0, min(attempt - 1, 30)))
        return min(maximum, base * pow(2, exponent))
    }
}

/// The job's lifecycle state as stored.
public enum JobState: String, Sendable, CaseIterable {
    case queued, running, done, failed, cancelled
}
