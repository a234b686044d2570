public import Foundation
public import SvoyiCore

/// The Viber channel's webhook, `POST /hooks/viber/{bot}`: Viber's callbacks for one bot come in, the bot's
/// replies go out through the REST API.
///
/// Every callback is checked before it is read: an unknown bot answers 404; a missing `X-Viber-Content-Signature`
/// answers 401 and a wrong one 403 (the HMAC-SHA256 of the raw body keyed with the bot's token, compared in
/// constant time), with nothing processed; a body that is not a Viber callback answers 400 and is logged. Then:
///
/// - `webhook` (Viber's check when the webhook is set): 200.
/// - `conversation_started`: the welcome message in the answer's body, by the deep link's `context` (the shared
///   ``DeepLinks`` of ``MessengerInbox/start(payload:from:hromadaID:)``, as Telegram's `/start <payload>`): the main
///   menu, a dialogue, or a link code redeemed.
/// - `subscribed`: the person becomes a resident (Viber has no list of subscribers) and the ledger says active;
///   `unsubscribed`: the ledger says unsubscribed; `failed`: deactivated.
/// - `delivered`, `seen`: handed to ``receipts`` for delivery statistics.
/// - `message`: handled once per `message_token` (``ViberInboundLog``), through ``MessengerInbox`` as resident
///   `viber:<user id>`; the reply is sent with `send_message`, in order per person.
public struct ViberWebhook: Sendable {
    /// The bot with a public id, or `nil` when there is none.
    public typealias BotLookup = @Sendable (_ id: String) async throws -> ViberBot?

    /// A message of ours reached a person's phone (`delivered`) or was seen (`seen`).
    public struct Receipt: Sendable, Hashable {
        public typealias Kind = NotifyReceiptKind

        public var kind: Kind
        public var botID: String
        public var hromadaID: Int64
        public var userID: String
        /// The token `send_message` or `broadcast_message` answered with (a ``DeliveryOutcome/sent(providerMessageID:)``).
        public var messageToken: ViberNumber
        /// When, from the callback's Unix milliseconds.
        public var at: Date?
    }

    /// The route's pattern.
    public static let pattern = "/hooks/viber/{bot}"
    /// The largest callback accepted (Viber's are a few KB).
    public static let bodyLimit = 64 * 1024

    let bots: BotLookup
    /// What every messenger channel does with a person's input (residents, phone, deep links, the conversation).
    public let inbox: MessengerInbox
    let client: any HTTPClient
    /// Where refusals and send failures are logged (never tokens or message texts).
    public var log: LogSink
    /// The longest one reply's `send_message` may take.
    public var timeout: Duration = .seconds(30)
    /// Receives `delivered` and `seen` (the outbox's delivery statistics, ``recordReceipts(in:)``); `nil` ignores
    /// them.
    public var receipts: (@Sendable (Receipt) async -> Void)?
    /// Keeps one person's replies in order when two of their messages arrive at once.
    let replies = KeyedSerialLock()

    /// A webhook finding bots with `bots` (``BotStore/viberBot(id:)``), handing inputs to `inbox` (shared with the
    /// Telegram channel) and sending with `client` (the server's one messenger client, retries off).
    public init(bots: @escaping BotLookup, inbox: MessengerInbox, client: any HTTPClient, log: LogSink = .standardError)
    {
        self.bots = bots
        self.inbox = inbox
        self.client = client
        self.log = log
    }

    var residents: ResidentStore { inbox.residents }

    /// Registers `POST /hooks/viber/{bot}`, public: the signature authenticates it.
    public func register(on router: inout Router) {
        router.post(Self.pattern, bodyLimit: Self.bodyLimit, tag: RouteAccess.public.tag) { request, context in
            var body: [UInt8] = []
            try request.forEachBodyChunk { body += $0 }
            return try await handle(
                botID: try context.parameters.string("bot"), body: body,
                signature: request.headers[ViberSignature.header])
        }
    }

    /// Handles one callback for bot `botID`: `body` exactly as received, `signature` from its header.
    public func handle(botID: String, body: [UInt8], signature: String?) async throws -> HTTPResponse {
        guard let bot = try await bots(botID) else {
            return Self.problem(.notFound, "Такого бота Viber немає. / No such Viber bot.", botID: botID)
        }
        guard let signature, !signature.isEmpty else {
            log.refusal("missing signature", bot: bot)
            return Self.problem(.unauthorized, "Немає підпису X-Viber-Content-Signature.", botID: botID)
        }
        guard ViberSignature.isValid(signature, body: body, authToken: bot.authToken) else {
            log.refusal("wrong signature", bot: bot)
            return Self.problem(.forbidden, "Підпис X-Viber-Content-Signature не збігається.", botID: botID)
        }
        let callback: ViberCallback
        do {
            callback = try JSONDecoder().decode(ViberCallback.self, from: Data(body))
        } catch {
            log.refusal("malformed callback (\(body.count) bytes): \(Self.summary(of: error))", bot: bot)
            return Self.problem(.badRequest, "Тіло не є зворотним викликом Viber.", botID: botID)
        }
        switch callback.event {
        case .webhook, .other: return HTTPResponse(status: .ok)
        case .conversationStarted: return try await conversationStarted(callback, bot: bot)
        case .subscribed: return try await subscribed(callback, bot: bot)
        case .unsubscribed: return try await ledger(.unsubscribed, callback, bot: bot)
        case .failed: return try await ledger(.deactivated, callback, bot: bot)
        case .delivered: return await receipt(.delivered, callback, bot: bot)
        case .seen: return await receipt(.seen, callback, bot: bot)
        case .message: return try await message(callback, bot: bot)
        }
    }

    /// Problem JSON (RFC 9457) with `detail`.
    static func problem(_ status: HTTPStatus, _ detail: String, botID: String) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: HTTPHeaders([("Content-Type", ProblemDetails.contentType), ("Cache-Control", "no-store")]),
            body: .bytes(ProblemDetails(HTTPError(status, detail), instance: "/hooks/viber/\(botID)").jsonBytes()))
    }

    /// A decoding error named by its field path, without the values (which may be personal data).
    static func summary(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        switch error {
        case .keyNotFound(let key, let context): return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        @unknown default: return "undecodable"
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension LogSink {
    /// One JSON line about a refused or failed Viber callback (no body, no token).
    func refusal(_ what: String, bot: ViberBot) {
        self(
            ViberLogLine(
                [
                    "level": "warning", "channel": "viber", "bot": bot.id, "hromada": String(bot.hromadaID),
                    "event": what,
                ]
            ).text)
    }
}

/// A flat JSON object of strings, keys sorted, for log lines.
struct ViberLogLine {
    let fields: [String: String]

    init(_ fields: [String: String]) {
        self.fields = fields
    }

    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
