import Foundation
public import SvoyiCore
import Synchronization

/// The Telegram channel: the webhook `POST /hooks/telegram/{bot}`, long polling for bots without a public address,
/// and the one path both take: accept the update durably (de-duplicated by `update_id`), answer Telegram at once,
/// then handle it (in order per chat) and send the reply through the Bot API.
///
/// ```swift
/// let telegram = TelegramChannel(database: database, bots: bots, inbox: inbox, client: URLSessionHTTPClient())
/// telegram.register(on: &router)
/// await telegram.resumePending()          // updates accepted before a restart
/// let polling = telegram.startPolling()   // bots in polling mode; cancel the task to stop
/// ```
public final class TelegramChannel: Sendable {
    /// The header Telegram sends with the `secret_token` given to `setWebhook`.
    public static let secretHeader = "X-Telegram-Bot-Api-Secret-Token"
    /// The largest webhook body accepted: updates are small; 256 KiB leaves room for long texts and captions.
    public static let bodyLimit = 256 * 1024

    let database: any Database
    let bots: BotStore
    let inbox: MessengerInbox
    let client: any HTTPClient
    let clock: any WallClock
    let log: LogSink
    let renderer = TelegramRenderer()
    let work = ChatWorkQueue()
    let commits: GroupCommit
    let credentialsCache = CredentialsCache()
    /// `bot/chat` keys of chats where a request keyboard is shown (kept in memory: after a restart the keyboard
    /// simply stays until the person uses it, as a one-time keyboard does).
    let keyboards = Mutex<Set<String>>([])
    /// How long one long poll waits for updates (Telegram allows up to 50 s).
    public let pollTimeout: Int
    /// The longest one Bot API call may take.
    public let requestTimeout: Duration

    /// A channel over the bot registry and the messenger inbox; `client` reaches the Bot API.
    public init(
        database: any Database, bots: BotStore, inbox: MessengerInbox, client: any HTTPClient,
        clock: any WallClock = SystemClock(), log: LogSink = .standardError, pollTimeout: Int = 30,
        requestTimeout: Duration = .seconds(30)
    ) {
        self.database = database
        self.bots = bots
        self.inbox = inbox
        self.client = client
        self.clock = clock
        self.log = log
        self.pollTimeout = min(50, max(1, pollTimeout))
        self.requestTimeout = requestTimeout
        self.commits = GroupCommit(database: database)
    }

    /// Registers `POST /hooks/telegram/{bot}`: a public route, authenticated by the secret header.
    public func register(on router: inout Router) {
        router.post("/hooks/telegram/{bot}", bodyLimit: Self.bodyLimit, tag: RouteAccess.public.tag) {
            request, context in
            try await self.webhook(request, context)
        }
    }

    /// The webhook: 404 for an unknown or disabled bot, 401 for a missing or wrong secret (nothing is stored),
    /// 400 for a body that is not an update (logged), otherwise 200 as soon as the update is stored.
    func webhook(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let botID = context.parameters["bot"] ?? ""
        guard BotStore.isWellFormedID(botID), let credentials = try await cachedCredentials(botID),
            credentials.bot.isEnabled, credentials.bot.channel == .telegram
        else { throw HTTPError(.notFound, "Немає такого бота.") }
        let given = Array((request.headers[Self.secretHeader] ?? "").utf8)
        guard let secret = credentials.webhookSecret, ConstantTime.equals(given, Array(secret.utf8)) else {
            throw HTTPError(
                .unauthorized, "Підпис запиту неправильний.",
                logDetail: "telegram webhook for bot \(botID): missing or wrong secret token")
        }
        let update: TelegramUpdate
        do {
            update = try JSONDecoder().decode(TelegramUpdate.self, from: Data(request.body))
        } catch {
            log("telegram: bot \(botID): malformed update (\(request.body.count) bytes) refused")
            throw HTTPError(.badRequest, "Тіло запиту не є оновленням Telegram.")
        }
        try await accept([update], raw: [String(decoding: request.body, as: UTF8.self)], bot: credentials.bot)
        return HTTPResponse(status: .ok)
    }

    /// Stores updates of `bot` (skipping ones seen before) and queues the new ones for handling. `raw` holds each
    /// update's JSON, as received. With `pollOffset`, the bot's `getUpdates` offset moves in the same transaction.
    func accept(_ updates: [TelegramUpdate], raw: [String], bot: Bot, pollOffset: Int64? = nil) async throws {
        let now = clock.now
        let botID = bot.id
        let fresh = try await commits.write { db in
            var fresh: [TelegramUpdate] = []
            for (update, json) in zip(updates, raw)
            where try TelegramUpdateLog.accept(botID: botID, updateID: update.updateID, payload: json, now: now, in: db)
            {
                fresh.append(update)
            }
            if let pollOffset { try BotStore.advancePollOffset(to: pollOffset, id: botID, in: db) }
            return fresh
        }
        for update in fresh { enqueue(update, botID: bot.id) }
    }

    func enqueue(_ update: TelegramUpdate, botID: String) {
        work.enqueue("\(botID)/\(update.chatID.map(String.init) ?? "update-\(update.updateID)")") {
            await self.process(update, botID: botID)
        }
    }

    /// Queues every update accepted but not handled before the server stopped. Call once at start.
    public func resumePending() async {
        do {
            let pending = try await database.read { db in try TelegramUpdateLog.pending(limit: 100_000, in: db) }
            for row in pending {
                guard let update = try? JSONDecoder().decode(TelegramUpdate.self, from: Data(row.payload.utf8)) else {
                    try await database.write { db in
                        try TelegramUpdateLog.markHandled(botID: row.botID, updateID: row.updateID, in: db)
                    }
                    continue
                }
                enqueue(update, botID: row.botID)
            }
            if !pending.isEmpty { log("telegram: resuming \(pending.count) update(s) accepted before the restart") }
        } catch {
            log("telegram: cannot read pending updates: \(error)")
        }
    }

    /// Returns once every accepted update has been handled (tests; a graceful stop).
    public func waitUntilIdle() async {
        await work.waitUntilIdle()
    }

    /// Handles one update and marks it handled, whatever happened (an update is never handled twice).
    func process(_ update: TelegramUpdate, botID: String) async {
        do {
            if let credentials = try await bots.credentials(id: botID), credentials.bot.isEnabled {
                try await handle(update, credentials: credentials)
            }
        } catch {
            log("telegram: bot \(botID): update \(update.updateID) failed: \(error)")
        }
        do {
            try await commits.write { db in
                try TelegramUpdateLog.markHandled(botID: botID, updateID: update.updateID, in: db)
            }
        } catch {
            log("telegram: bot \(botID): cannot mark update \(update.updateID) handled: \(error)")
        }
    }
}

extension TelegramUpdate {
    /// The private chat the update belongs to, when it names one.
    var chatID: Int64? {
        message?.chat.id ?? editedMessage?.chat.id ?? callbackQuery.map { $0.message?.chat.id ?? $0.from.id }
            ?? myChatMember?.chat.id
    }
}
