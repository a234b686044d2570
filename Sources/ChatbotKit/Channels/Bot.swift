public import Foundation

/// The messengers a hromada's bot can live in.
public enum BotChannel: String, Sendable, Hashable, CaseIterable, Codable {
    /// A Telegram bot (Bot API).
    case telegram
    /// A Viber bot (REST Bot API).
    case viber

    /// The API base URL used when none is given: Telegram's cloud Bot API, or Viber's REST API.
    public var defaultAPIBase: URL {
        switch self {
        case .telegram: URL(string: "https://api.telegram.org")!
        case .viber: URL(string: "https://chatapi.viber.com/pa")!
        }
    }
}

/// How a bot receives what residents send.
public enum BotMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The messenger POSTs each update to `/hooks/<channel>/<bot id>` (needs a public HTTPS address).
    case webhook
    /// The server asks for updates itself (Telegram `getUpdates`), for installations without a public address.
    /// Telegram only: Viber has no polling.
    case polling
}

/// One bot in the registry: a hromada's bot in one messenger, as ``BotStore`` keeps it.
///
/// The token is not here: it is sealed in the database and opened only through ``BotStore/credentials(id:)``,
/// so a `Bot` can be logged, listed and shown safely.
public struct Bot: Sendable, Hashable {
    /// The public random id (22 characters of `A-Za-z0-9_-`) used in the webhook URL `/hooks/<channel>/<id>`.
    /// It is neither sequential nor derived from the token.
    public var id: String
    /// The hromada the bot speaks for.
    public var hromadaID: Int64
    /// The messenger.
    public var channel: BotChannel
    /// The bot's name as the messenger shows it (Telegram `first_name`, Viber account name).
    public var name: String
    /// The bot's username without `@` (Telegram), or its public URI (Viber); `nil` until the messenger told it.
    public var username: String?
    /// The API base URL: the messenger's cloud API, a Local Bot API server, or a fake API in tests. No trailing
    /// slash.
    public var apiBase: URL
    /// Webhook or polling.
    public var mode: BotMode
    /// Whether the bot is in use. At most one bot per hromada and channel is enabled.
    public var isEnabled: Bool
    /// The next Telegram `getUpdates` offset (the last update id seen plus one); 0 before the first poll.
    public var pollOffset: Int64
    /// When the bot was added.
    public var createdAt: Date

    /// A bot, as the store returns it.
    public init(
        id: String, hromadaID: Int64, channel: BotChannel, name: String, username: String?, apiBase: URL,
        mode: BotMode, isEnabled: Bool, pollOffset: Int64, createdAt: Date
    ) {
        self.id = id
        self.hromadaID = hromadaID
        self.channel = channel
        self.name = name
        self.username = username
        self.apiBase = apiBase
        self.mode = mode
        self.isEnabled = isEnabled
        self.pollOffset = pollOffset
        self.createdAt = createdAt
    }

    /// The path of the bot's webhook on this server: `/hooks/telegram/<id>` or `/hooks/viber/<id>`.
    public var webhookPath: String { "/hooks/\(channel.rawValue)/\(id)" }
}

/// A bot with its opened secrets, for the code that talks to the messenger. Its description never shows them.
public struct BotCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The bot.
    public var bot: Bot
    /// The messenger's token (Telegram `123456:ABC…`, Viber `X-Viber-Auth-Token`).
    public var token: String
    /// Telegram only: the `secret_token` given to `setWebhook`, which Telegram sends back in
    /// `X-Telegram-Bot-Api-Secret-Token` with every update (`A-Za-z0-9_-`, 43 characters).
    public var webhookSecret: String?

    /// Credentials, as the store opens them.
    public init(bot: Bot, token: String, webhookSecret: String?) {
        self.bot = bot
        self.token = token
        self.webhookSecret = webhookSecret
    }

    public var description: String { "BotCredentials(\(bot.channel.rawValue) bot \(bot.id), secrets redacted)" }
}
