import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// The demo hromada with the shipped dialogues, a Telegram bot registered against a running ``FakeTelegramAPI``,
/// and the channel's webhook route in a router, called in-process.
final class TelegramHarness: Sendable {
    static let token = "5550001111:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    static let chat: Int64 = 7_000_000_001
    /// Generous: the whole suite runs in parallel on two cores.
    static let timeout: Duration = .seconds(120)

    let dir: TemporaryDirectory
    let database: SQLiteDatabase
    let hromadaID: Int64
    let fake: FakeTelegramAPI
    let bots: BotStore
    let bot: Bot
    let secret: String
    let residents: ResidentStore
    let conversations: ConversationService
    let channel: TelegramChannel
    let client: URLSessionHTTPClient
    let responder: RouterResponder
    let log: LogLines

    final class LogLines: Sendable {
        let lines = Mutex<[String]>([])
    }

    init(mode: BotMode = .webhook, dialogues seeded: Bool = true, deepLinks: DeepLinks = DeepLinks()) async throws {
        dir = try TemporaryDirectory("chatbot-telegram")
        database = try SQLiteDatabase(path: dir.path("svoyi.sqlite"))
        try await Migrator(CoreModule().migrations + ChatbotModule().migrations).migrate(database)
        let hromada = try await CommunityStore(database: database).importBundle(DemoHromada.bundle)
        hromadaID = try #require(hromada.id)
        let dialogues = DialogueStore(
            database: database, knownActions: Set(CoreModule().conversationActions.map(\.name)))
        if seeded { try await dialogues.seedShippedDialogues(hromadaID: hromadaID) }
        fake = FakeTelegramAPI()
        try fake.start()
        fake.addBot(token: Self.token, id: 5_550_001_111, username: "demo_hromada_bot")
        fake.addChats([Self.chat])
        let key = Array(repeating: UInt8(3), count: 32)
        bots = BotStore(database: database, secretKey: key)
        bot = try await bots.add(
            .init(
                channel: .telegram, hromadaID: hromadaID, name: "Бот громади", username: "demo_hromada_bot",
                token: Self.token, apiBase: fake.baseURL, mode: mode))
        secret = try #require(try await bots.credentials(id: bot.id)?.webhookSecret)
        residents = ResidentStore(database: database, secretKey: key)
        conversations = ConversationService(
            database: database, dialogues: dialogues, actions: CoreModule().conversationActions, log: .discard)
        client = URLSessionHTTPClient(configuration: .init(idleTimeout: Self.timeout, retry: .never))
        let log = LogLines()
        self.log = log
        channel = TelegramChannel(
            database: database, bots: bots,
            inbox: MessengerInbox(conversations: conversations, residents: residents, deepLinks: deepLinks),
            client: client, log: LogSink { line in log.lines.withLock { $0.append(line) } }, pollTimeout: 1,
            requestTimeout: Self.timeout)
        var router = Router()
        channel.register(on: &router)
        responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
    }

    /// Posts an update to the webhook and waits until everything accepted is handled; returns the status.
    @discardableResult
    func post(_ update: String, secret: String?? = .none, botID: String? = nil) async -> Int {
        let request = FakeTelegramWebhook.request(
            update, path: "/hooks/telegram/\(botID ?? bot.id)", secret: secret ?? self.secret)
        let response = await responder.respond(to: request)
        await channel.waitUntilIdle()
        return response.status.code
    }

    /// The JSON bodies the bot sent to `method`, decoded for comparison.
    func sent(_ method: String) -> [String] {
        fake.requests(method).map(\.body)
    }

    func updateRows() async throws -> Int {
        try await database.read { db in
            try db.scalar("SELECT count(*) FROM chatbot_telegram_updates", as: Int.self) ?? 0
        }
    }

    func shutdown() async {
        await fake.shutdown()
        client.invalidate()
    }

    /// A private-chat text message update.
    static func text(_ text: String, update: Int64, chat: Int64 = chat, language: String = "uk") -> String {
        let escaped = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        return """
            {"update_id":\(update),"message":{"message_id":\(update + 100),"date":1760000000,\
            "from":{"id":\(chat),"is_bot":false,"first_name":"Олена","last_name":"Коваль","language_code":"\(language)"},\
            "chat":{"id":\(chat),"type":"private","first_name":"Олена"},"text":\(escaped)}}
            """
    }

    /// A button press on message `message`.
    static func press(_ data: String, update: Int64, message: Int64, chat: Int64 = chat) -> String {
        """
        {"update_id":\(update),"callback_query":{"id":"cb\(update)","chat_instance":"-77",\
        "from":{"id":\(chat),"is_bot":false,"first_name":"Олена","language_code":"uk"},\
        "message":{"message_id":\(message),"date":1760000000,"chat":{"id":\(chat),"type":"private"},"text":"…"},\
        "data":"\(data)"}}
        """
    }
}
