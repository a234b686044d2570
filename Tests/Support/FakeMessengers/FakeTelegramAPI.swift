public import Foundation
import SvoyiCore
import Synchronization

/// A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks, faithful to the documented behaviour:
/// `POST /bot<token>/<method>` with JSON, answered `{"ok":true,"result":…}` or `{"ok":false,"error_code":…,
/// "description":…,"parameters":{"retry_after":…}}`.
///
/// Methods: getMe, setWebhook, deleteWebhook, getWebhookInfo, getUpdates (long poll of injected updates),
/// sendMessage, editMessageText, answerCallbackQuery, sendLocation, sendVenue. It checks what Telegram checks: an
/// unknown token is 401 "Unauthorized", an unknown chat 400 "Bad Request: chat not found", HTML that does not parse
/// 400 "Bad Request: can't parse entities: …", a text of 0 or more than 4,096 characters after entity parsing 400,
/// `callback_data` over 64 bytes 400 "Bad Request: BUTTON_DATA_INVALID"; a blocked person 403 "Forbidden: bot was
/// blocked by the user", a deactivated one 403 "Forbidden: user is deactivated"; and rate limits per bot and per
/// chat, plus injected 429s, answered with `parameters.retry_after`. Every request is recorded.
public final class FakeTelegramAPI: Sendable {
    /// Limits and recording.
    public struct Configuration: Sendable {
        /// Messages a second per bot (`nil`: no limit) and the burst allowed.
        public var botMessagesPerSecond: Double?
        public var botBurst: Double?
        /// Messages a second per bot for sends with `allow_paid_broadcast: true` (Telegram: up to 1,000, paid in
        /// Stars), counted in a bucket of their own; `nil`: such sends count against ``botMessagesPerSecond`` like
        /// any other.
        public var paidBroadcastMessagesPerSecond: Double?
        public var paidBroadcastBurst: Double?
        /// Messages a second per chat (Telegram: about 1, with short bursts).
        public var chatMessagesPerSecond: Double?
        public var chatBurst: Double
        /// Whether request bodies are kept (a benchmark of 100,000 messages may keep only counts).
        public var recordBodies: Bool

        public init(
            botMessagesPerSecond: Double? = nil, botBurst: Double? = nil, paidBroadcastMessagesPerSecond: Double? = nil,
            paidBroadcastBurst: Double? = nil, chatMessagesPerSecond: Double? = nil, chatBurst: Double = 3,
            recordBodies: Bool = true
        ) {
            self.botMessagesPerSecond = botMessagesPerSecond
            self.botBurst = botBurst
            self.paidBroadcastMessagesPerSecond = paidBroadcastMessagesPerSecond
            self.paidBroadcastBurst = paidBroadcastBurst
            self.chatMessagesPerSecond = chatMessagesPerSecond
            self.chatBurst = chatBurst
            self.recordBodies = recordBodies
        }
    }

    /// One request as received.
    public struct Request: Sendable, Hashable {
        public var token: String
        public var method: String
        /// The JSON body (empty when bodies are not recorded).
        public var body: String
    }

    struct Bot {
        var id: Int64
        var username: String
        var firstName: String
        var webhookURL = ""
        var webhookSecret: String?
        var allowedUpdates: [String]?
        var pending: [(id: Int64, json: String)] = []
        var nextUpdateID: Int64 = 1
    }

    struct State {
        var bots: [String: Bot] = [:]
        var chats: Set<Int64> = []
        var blocked: Set<Int64> = []
        var deactivated: Set<Int64> = []
        var botLimit: FakeRateLimit
        var paidLimit: FakeRateLimit?
        var chatLimit: FakeRateLimit
        var injected: [Int] = []
        var requests: [Request] = []
        var sentPerChat: [Int64: Int] = [:]
        /// When each accepted send was accepted (seconds of system uptime), oldest first.
        var acceptedAt: [Double] = []
        var paidBroadcasts = 0
        /// When each 429 was answered.
        var rejectedAt: [Double] = []
        var messages: [Int64: [Int64: (text: String, markup: String)]] = [:]
        var nextMessageID: Int64 = 1
        var answeredCallbacks: [String] = []
    }

    let configuration: Configuration
    let state: Mutex<State>
    private let server = Mutex<HTTPServer?>(nil)

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        state = Mutex(
            State(
                botLimit: FakeRateLimit(rate: configuration.botMessagesPerSecond, burst: configuration.botBurst),
                paidLimit: configuration.paidBroadcastMessagesPerSecond.map {
                    FakeRateLimit(rate: $0, burst: configuration.paidBroadcastBurst)
                },
                chatLimit: FakeRateLimit(rate: configuration.chatMessagesPerSecond, burst: configuration.chatBurst)))
    }

    /// Starts listening on an ephemeral port of 127.0.0.1.
    public func start() throws {
        var router = Router()
        router.post("/{bot}/{method}") { request, context in
            await self.respond(
                bot: context.parameters["bot"] ?? "", method: context.parameters["method"] ?? "", body: request.body)
        }
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.loops = 2
        configuration.maximumConnectionsPerAddress = 10_000
        configuration.handlerExecutor = FakeServerExecutor.shared
        let server = HTTPServer(
            configuration: configuration, responder: try router.buildResponder(errors: ErrorRenderer(hromadaName: "")))
        try server.start()
        self.server.withLock { $0 = server }
    }

    /// Stops the server.
    public func shutdown() async {
        if let server = server.withLock({ $0 }) { await server.shutdown(gracePeriod: .seconds(1)) }
    }

    /// `http://127.0.0.1:<port>`: the API base to give the bot.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(server.withLock { $0?.port ?? 0 })")! }

    /// Adds a bot the fake knows by `token`.
    public func addBot(token: String, id: Int64, username: String, firstName: String = "Бот громади") {
        state.withLock { $0.bots[token] = Bot(id: id, username: username, firstName: firstName) }
    }

    /// Makes chats known (a person who has started the bot).
    public func addChats(_ ids: [Int64]) { state.withLock { $0.chats.formUnion(ids) } }
    /// The person blocked the bot: sends to them are 403.
    public func block(_ id: Int64) { _ = state.withLock { $0.blocked.insert(id) } }
    /// The person's account was deleted: sends to them are 403.
    public func deactivate(_ id: Int64) { _ = state.withLock { $0.deactivated.insert(id) } }
    /// The next `count` sends answer 429 with `retry_after`.
    public func inject429(count: Int, retryAfter: Int = 1) {
        state.withLock { $0.injected += Array(repeating: retryAfter, count: count) }
    }

    /// Queues an update (JSON without `update_id`, which the fake assigns) for `getUpdates`; returns its id.
    @discardableResult
    public func enqueueUpdate(token: String, json: String) -> Int64 {
        state.withLock { state in
            let id = state.bots[token]!.nextUpdateID
            state.bots[token]!.nextUpdateID += 1
            let body = json.trimmingCharacters(in: .whitespaces).dropFirst()
            state.bots[token]!.pending.append((id, "{\"update_id\":\(id),\(body)"))
            return id
        }
    }

    /// Every request so far, oldest first.
    public var requests: [Request] { state.withLock { $0.requests } }
    /// The recorded requests of one method.
    public func requests(_ method: String) -> [Request] { requests.filter { $0.method == method } }
    /// How many sends to `chat` were accepted.
    public func sentCount(chat: Int64) -> Int { state.withLock { $0.sentPerChat[chat, default: 0] } }
    /// Accepted sends per chat.
    public var sentPerChat: [Int64: Int] { state.withLock { $0.sentPerChat } }
    /// How many sends were accepted in all.
    public var acceptedCount: Int { state.withLock { $0.acceptedAt.count } }
    /// When each accepted send was accepted, in seconds of `ProcessInfo.systemUptime`, oldest first: the pace a
    /// benchmark measures.
    public var acceptedTimes: [Double] { state.withLock { $0.acceptedAt } }
    /// How many accepted sends carried `allow_paid_broadcast: true`.
    public var paidBroadcastCount: Int { state.withLock { $0.paidBroadcasts } }
    /// How many sends were answered 429 (injected or over a limit).
    public var tooManyRequestsCount: Int { state.withLock { $0.rejectedAt.count } }
    /// When each 429 was answered, in seconds of `ProcessInfo.systemUptime`, oldest first.
    public var tooManyRequestsTimes: [Double] { state.withLock { $0.rejectedAt } }

    /// Replaces the per-bot limits (`nil`: none) from now on, as between two parts of a benchmark.
    public func setBotLimits(messagesPerSecond: Double?, paidBroadcastMessagesPerSecond: Double?) {
        state.withLock { state in
            state.botLimit = FakeRateLimit(rate: messagesPerSecond)
            state.paidLimit = paidBroadcastMessagesPerSecond.map { FakeRateLimit(rate: $0) }
        }
    }
    /// The callback query ids answered.
    public var answeredCallbacks: [String] { state.withLock { $0.answeredCallbacks } }
    /// The webhook set for `token` (URL and secret), or `nil`.
    public func webhook(token: String) -> (url: String, secret: String?)? {
        state.withLock { state in
            guard let bot = state.bots[token], !bot.webhookURL.isEmpty else { return nil }
            return (bot.webhookURL, bot.webhookSecret)
        }
    }
    /// The text (after entity parsing) of each message now in `chat`, by message id.
    public func texts(chat: Int64) -> [Int64: String] {
        state.withLock { $0.messages[chat]?.mapValues(\.text) ?? [:] }
    }
}
