public import Foundation

/// The notification outbox: messages to residents (PUSH alerts from staff, notifications from modules), their
/// topics and audiences, residents' topic choices, and the deliveries the ``NotifyDispatcher`` sends.
///
/// Enqueueing stores the message and schedules a durable job (`notify.expand`) at its time; the job writes one
/// delivery per resident in the audience, in batches, and the dispatcher sends them through the messengers'
/// ``NotificationTransport``s. Nobody ever gets a message twice: a delivery whose outcome is unknown becomes
/// ``NotifyDeliveryState/uncertain`` and is sent again only when staff ask.
///
/// Every async method runs in one transaction and reads the time from the injected clock; each has a static twin
/// taking `now:` and `in db:` for a module's own transaction (so a petition's outcome and its notification commit
/// together). Every operation takes the hromada's id: another hromada's message is ``NotifyError/messageNotFound``.
public struct NotifyStore: Sendable {
    /// The most characters (UTF-16 code units, as Telegram counts them) a message's text may have in each language.
    public static let maximumTextLength = 4_000

    /// Where the data lives; migrated with ``CoreModule``'s migrations.
    public let database: any Database
    /// The source of the current time.
    public let clock: any WallClock
    /// Woken after a message is enqueued, so a message for now is expanded at once rather than at the runner's
    /// next check.
    let jobs: JobRunner?

    /// A store over `database`. Pass the server's `jobs` runner so messages for now start at once.
    public init(database: any Database, clock: any WallClock = SystemClock(), jobs: JobRunner? = nil) {
        self.database = database
        self.clock = clock
        self.jobs = jobs
    }

    /// Validates and stores a message and schedules its expansion; see ``enqueue(_:now:in:)``.
    @discardableResult
    public func enqueue(_ draft: NotifyDraft) async throws -> NotifyEnqueueResult {
        let now = clock.now
        let result = try await database.write { db in try Self.enqueue(draft, now: now, in: db) }
        if result.isNew { jobs?.wake() }
        return result
    }

    /// The message with its delivery counts, or `nil` when the hromada has no such message.
    public func message(id: Int64, hromadaID: Int64) async throws -> NotifyMessage? {
        try await database.read { db in try Self.message(id: id, hromadaID: hromadaID, in: db) }
    }

    /// The hromada's messages, newest first, with their delivery counts: up to `limit`, with ids below `before`
    /// when given (the next page), of the given states when given.
    public func messages(
        hromadaID: Int64, states: Set<NotifyMessageState>? = nil, before: Int64? = nil, limit: Int = 50
    ) async throws -> [NotifyMessage] {
        try await database.read { db in
            try Self.messages(hromadaID: hromadaID, states: states, before: before, limit: limit, in: db)
        }
    }

    /// Cancels a message: nothing more of it is written or sent; queued deliveries become cancelled. Deliveries
    /// already handed to a messenger finish as they do. Throws ``NotifyError/messageNotFound`` and
    /// ``NotifyError/notCancellable(_:)``.
    @discardableResult
    public func cancel(messageID: Int64, hromadaID: Int64) async throws -> NotifyMessage {
        let now = clock.now
        return try await database.write { db in
            try Self.cancel(messageID: messageID, hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// Records a Viber receipt: the message Viber accepted with token `providerMessageID` reached the phone of the
    /// person `externalID` (`delivered`) or was seen (`seen`, which implies delivered). The first time of each is
    /// kept. Returns whether an outbox delivery matched: receipts for the bot's replies in a conversation match none.
    @discardableResult
    public func recordReceipt(
        _ kind: NotifyReceiptKind, hromadaID: Int64, providerMessageID: String, externalID: String, at: Date? = nil
    ) async throws -> Bool {
        let at = at ?? clock.now
        return try await database.write { db in
            try Self.recordReceipt(
                kind, hromadaID: hromadaID, providerMessageID: providerMessageID, externalID: externalID, at: at,
                in: db)
        }
    }

    /// Queues the message's uncertain deliveries again (staff decided that a possible second copy is better than a
    /// possibly missing one). Returns how many. Throws ``NotifyError/messageNotFound``.
    @discardableResult
    public func resendUncertain(messageID: Int64, hromadaID: Int64) async throws -> Int {
        let now = clock.now
        let count = try await database.write { db in
            try Self.resendUncertain(messageID: messageID, hromadaID: hromadaID, now: now, in: db)
        }
        if count > 0 { NotifyBell.shared.ring() }
        return count
    }

    /// How many residents a message with this topic and audience would reach now, by channel. Throws the
    /// audience's validation errors (unknown settlements or districts, an unknown topic).
    public func audiencePreview(
        topic: String, audience: NotifyAudience, hromadaID: Int64
    ) async throws -> NotifyAudiencePreview {
        try await database.read { db in
            try Self.audiencePreview(topic: topic, audience: audience, hromadaID: hromadaID, in: db)
        }
    }

    /// The resident's choice for every standard topic. Throws ``NotifyError/residentNotFound``.
    public func topicChoices(residentID: Int64, hromadaID: Int64) async throws -> [NotifyTopicChoice] {
        try await database.read { db in
            try Self.topicChoices(residentID: residentID, hromadaID: hromadaID, in: db)
        }
    }

    /// Subscribes the resident to a topic or unsubscribes them. Throws ``NotifyError/unknownTopic(_:)`` and
    /// ``NotifyError/residentNotFound``.
    public func setTopic(
        _ topic: String, subscribed: Bool, residentID: Int64, hromadaID: Int64
    ) async throws {
        let now = clock.now
        try await database.write { db in
            try Self.setTopic(
                topic, subscribed: subscribed, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
        }
    }
}
