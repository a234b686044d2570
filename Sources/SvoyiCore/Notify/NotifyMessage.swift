public import Foundation

/// Where a message is in the outbox: `scheduled` → `expanding` (deliveries being written, one per resident) →
/// `sending` → `done`, or `cancelled` before it is done.
public enum NotifyMessageState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Waiting for its time.
    case scheduled
    /// Its time came; deliveries are being written in batches (and the first already go out).
    case expanding
    /// Every delivery is written; some are still queued or being sent.
    case sending
    /// Nothing of it is queued or being sent any more.
    case done
    /// Staff cancelled it: what was not sent yet never will be.
    case cancelled

    /// Whether ``NotifyStore/cancel(messageID:hromadaID:)`` still has something to stop.
    public var isCancellable: Bool { self == .scheduled || self == .expanding || self == .sending }
}

/// Where one delivery (one message to one resident on one messenger) is.
public enum NotifyDeliveryState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Waiting to be sent (or to be tried again at its next attempt time).
    case queued
    /// Handed to the messenger, answer not yet recorded.
    case sending
    /// The messenger accepted it.
    case sent
    /// It will not be sent: a permanent error, or every attempt failed.
    case failed
    /// The person blocked the bot, unsubscribed or is gone (the ledger marks the channel).
    case blocked
    /// It may or may not have arrived (no answer, or the server stopped while sending). Never sent again by itself:
    /// staff may send those again with ``NotifyStore/resendUncertain(messageID:hromadaID:)``.
    case uncertain
    /// The message was cancelled before this was sent.
    case cancelled
}

/// What a messenger reports about a message after accepting it.
public enum NotifyReceiptKind: String, Sendable, Hashable, CaseIterable {
    /// On the person's phone.
    case delivered
    /// Opened by the person.
    case seen
}

/// A message's deliveries counted by state, with the receipts messengers sent.
public struct NotifyDeliveryStats: Sendable, Hashable {
    /// Counts by state; a state with none is absent.
    public var counts: [NotifyDeliveryState: Int]
    /// Deliveries the messenger reported on the person's phone (Viber's `delivered`, or `seen`, which implies it).
    /// Telegram sends no receipts, so this counts Viber deliveries only.
    public var delivered: Int
    /// Deliveries the messenger reported seen (Viber's `seen`).
    public var seen: Int

    public init(counts: [NotifyDeliveryState: Int] = [:], delivered: Int = 0, seen: Int = 0) {
        self.counts = counts.filter { $0.value > 0 }
        self.delivered = delivered
        self.seen = seen
    }

    /// The count of one state (0 when none).
    public subscript(state: NotifyDeliveryState) -> Int { counts[state] ?? 0 }

    /// Every delivery written so far.
    public var total: Int { counts.values.reduce(0, +) }
}

/// A message as the outbox stores it, with its delivery counts.
public struct NotifyMessage: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var hromadaID: Int64
    /// The topic (a standard topic, or one stored by a newer version shown by its key).
    public var topic: NotifyTopic
    public var text: LocalizedText
    public var link: NotifyLink?
    public var location: NotifyLocation?
    public var priority: NotifyPriority
    public var audience: NotifyAudience
    /// When it is (or was) due.
    public var scheduledAt: Date
    public var state: NotifyMessageState
    public var createdBy: NotifyAuthor
    public var createdAt: Date
    public var idempotencyKey: String?
    /// When it became ``NotifyMessageState/done`` or ``NotifyMessageState/cancelled``.
    public var finishedAt: Date?
    /// Its deliveries by state.
    public var stats: NotifyDeliveryStats
}

/// What ``NotifyStore/enqueue(_:)`` did.
public struct NotifyEnqueueResult: Sendable, Hashable {
    /// The message: the new one, or the one that already had the draft's idempotency key.
    public var message: NotifyMessage
    /// `false` when the idempotency key was already used and nothing new was stored.
    public var isNew: Bool
}

/// How many residents a message would reach now, by the messenger each would get it on.
public struct NotifyAudiencePreview: Sendable, Hashable {
    /// Residents by channel (Telegram, Viber).
    public var byChannel: [ResidentChannel: Int]

    public init(byChannel: [ResidentChannel: Int]) {
        self.byChannel = byChannel
    }

    /// Every resident it would reach.
    public var total: Int { byChannel.values.reduce(0, +) }
}
