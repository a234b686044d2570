public import SvoyiCore

extension BotChannel {
    /// The send rates (messages a second through the whole bot) an operator may set, or `nil` when the messenger's
    /// pace is not configurable. Telegram: 1–1,000; above ``telegramFreeRate`` the sends are paid broadcasts.
    public var sendRates: ClosedRange<Int>? {
        switch self {
        case .telegram: 1...1_000
        case .viber: nil
        }
    }

    /// The rate a bot sends at when none is set: Telegram's free broadcast limit, about 30 messages a second; Viber's
    /// own pace (``DeliveryLimits/viber``, 300 receivers a request).
    public var defaultSendRate: Int {
        switch self {
        case .telegram: Self.telegramFreeRate
        case .viber: Int(DeliveryLimits.viber.messagesPerSecond)
        }
    }

    /// Telegram lets a bot send about 30 messages a second for free; faster sends need `allow_paid_broadcast`
    /// (up to 1,000 a second, 0.1 Telegram Star per message, paid from the bot's balance).
    public static let telegramFreeRate = 30
}

extension BotStore {
    /// The bots' send rates (module `chatbot`, version 7): `send_rate` is the most messages a second the outbox sends
    /// through the bot, `NULL` for the messenger's default. Telegram allows 1–1,000 (above 30, paid broadcasts); the
    /// store checks the range per messenger, the column only that it is positive.
    public static let sendRateMigration = Migration(
        module: "chatbot", version: 7, name: "bot send rate",
        sql: """
            ALTER TABLE chatbot_bots ADD COLUMN send_rate INTEGER CHECK (send_rate IS NULL OR send_rate > 0);
            """)

    /// Sets how many messages a second the outbox sends through bot `id` (`nil`: the messenger's default). The
    /// running server's delivery worker takes the new rate at its next reading of the registry (within seconds).
    ///
    /// Throws ``BotStoreError/notFound`` or ``BotStoreError/invalidSendRate(channel:allowed:)``.
    @discardableResult
    public func setSendRate(_ rate: Int?, id: String) async throws -> Bot {
        try await database.write { db in
            let bot = try Self.require(id, in: db)
            if let rate { try Self.checkSendRate(rate, channel: bot.channel) }
            try db.execute("UPDATE chatbot_bots SET send_rate = ? WHERE id = ?", rate, id)
            return try Self.require(id, in: db)
        }
    }

    static func checkSendRate(_ rate: Int, channel: BotChannel) throws {
        guard let allowed = channel.sendRates, allowed.contains(rate) else {
            throw BotStoreError.invalidSendRate(channel: channel, allowed: channel.sendRates)
        }
    }
}
