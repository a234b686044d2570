/// One message to one person on one messenger, as the outbox hands it to a ``NotificationTransport``.
public struct OutboundNotification: Sendable, Hashable {
    /// The outbox delivery's id (unique; a transport may use it to correlate a batch's outcomes).
    public var deliveryID: Int64
    /// The hromada the message is sent for.
    public var hromadaID: Int64
    /// The channel and the id the channel gives the person (a Telegram chat id, a Viber user id).
    public var channel: ResidentChannel
    public var externalID: String
    /// What to send: the bot's channel-independent messages, already in the resident's language (a text, then a
    /// location or a link when the notification has one).
    public var messages: [BotMessage]

    public init(
        deliveryID: Int64, hromadaID: Int64, channel: ResidentChannel, externalID: String, messages: [BotMessage]
    ) {
        self.deliveryID = deliveryID
        self.hromadaID = hromadaID
        self.channel = channel
        self.externalID = externalID
        self.messages = messages
    }
}

/// What became of one ``OutboundNotification``.
public enum DeliveryOutcome: Sendable, Hashable {
    /// The messenger accepted the message (`providerMessageID` is its id for it, when it gave one).
    case sent(providerMessageID: String?)
    /// The person cannot be reached on this channel any more (Telegram 403 "blocked"/"deactivated", Viber status 6
    /// or 5): the ledger marks the channel inactive and nothing more is sent to it.
    case unreachable(ChannelStatus, detail: String)
    /// The messenger asked to slow down (Telegram 429 `retry_after`, Viber status 12): send again after `delay`;
    /// the governor pauses the whole bot for that long.
    case retryAfter(Duration, detail: String)
    /// A failure that may pass and surely sent nothing (a 5xx answer, a refused connection, a connection dropped
    /// before the request was written): try again with backoff.
    case transient(detail: String)
    /// The request may have reached the messenger but no answer came (a timeout or a connection lost after the
    /// request was written). It is never sent again by itself, so no one gets a message twice; staff see how many
    /// are uncertain and may send those again.
    case uncertain(detail: String)
    /// A failure that will not pass (400 "chat not found", a message the messenger refuses): no more attempts.
    case failed(detail: String)
}

/// How fast a transport may send, as its messenger documents it.
public struct DeliveryLimits: Sendable, Hashable {
    /// Messages per second for the whole bot (Telegram: about 30).
    public var messagesPerSecond: Double
    /// The least time between two messages to one person (Telegram: about 1 s).
    public var perRecipientInterval: Duration
    /// The most notifications one ``NotificationTransport/deliver(_:)`` call takes (Viber broadcast: 300; 1 when
    /// the messenger sends one by one).
    public var batchSize: Int
    /// The most ``NotificationTransport/deliver(_:)`` calls in flight at once.
    public var concurrency: Int

    public init(messagesPerSecond: Double, perRecipientInterval: Duration, batchSize: Int, concurrency: Int) {
        self.messagesPerSecond = messagesPerSecond
        self.perRecipientInterval = perRecipientInterval
        self.batchSize = batchSize
        self.concurrency = concurrency
    }

    /// Telegram's documented limits: about 30 messages a second per bot, 1 a second per chat, one by one.
    public static let telegram = telegram(messagesPerSecond: 30)

    /// Telegram at `rate` messages a second (more than 30 needs paid broadcasts, up to 1,000): 1 a second per chat,
    /// one message a call, and enough calls in flight to keep the pace over a round trip of about 100 ms (a tenth of
    /// the rate, at least 8 and at most 100). The calls in flight are also what a crash can leave uncertain.
    public static func telegram(messagesPerSecond rate: Double) -> DeliveryLimits {
        let rate = rate.isFinite ? max(1, rate) : 30
        return DeliveryLimits(
            messagesPerSecond: rate, perRecipientInterval: .seconds(1), batchSize: 1,
            concurrency: min(100, max(8, Int((rate / 10).rounded(.up)))))
    }
    /// Viber's: `broadcast_message` takes 300 receivers, 500 requests per 10 s.
    public static let viber = DeliveryLimits(
        messagesPerSecond: 50 * 300, perRecipientInterval: .seconds(1), batchSize: 300, concurrency: 4)
}

/// Sends outbox notifications through one bot of one messenger. ChatbotKit provides the Telegram and Viber
/// transports; the outbox's delivery worker calls them under a rate governor built from ``limits``.
public protocol NotificationTransport: Sendable {
    /// The channel this transport sends on.
    var channel: ResidentChannel { get }
    /// The hromada whose bot this is.
    var hromadaID: Int64 { get }
    /// How fast it may send.
    var limits: DeliveryLimits { get }
    /// Sends `batch` (at most ``DeliveryLimits/batchSize`` notifications) and returns one outcome per notification,
    /// in the same order. Never throws: every failure is an outcome.
    func deliver(_ batch: [OutboundNotification]) async -> [DeliveryOutcome]
}
