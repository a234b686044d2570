import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization

/// A demo hromada with the shipped dialogues, a Viber bot, the fake Viber API, and the webhook served over real
/// HTTP on a loopback port, so the fake can play Viber's side.
final class ViberHarness: Sendable {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"
    static let botID = "vb_test_1"

    let directory: TemporaryDirectory
    let database: SQLiteDatabase
    let hromadaID: Int64
    let fake: FakeViberAPI
    let bot: ViberBot
    let residents: ResidentStore
    let conversations: ConversationService
    let server: HTTPServer
    let client: URLSessionHTTPClient
    let recorder: Recorder

    /// What the webhook logged and the receipts it handed on.
    final class Recorder: Sendable {
        let lines = Mutex<[String]>([])
        let receipts = Mutex<[ViberWebhook.Receipt]>([])
    }

    init(
        dialogues: [Dialogue] = ShippedDialogues.all, configure: (inout FakeViberAPI.Configuration) -> Void = { _ in }
    )
        async throws
    {
        directory = try TemporaryDirectory("svoyi-viber")
        (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        var configuration = FakeViberAPI.Configuration(authToken: Self.token)
        configure(&configuration)
        fake = FakeViberAPI(configuration)
        try fake.start()
        bot = try ViberBot(
            id: Self.botID, hromadaID: hromadaID, authToken: Self.token, name: "Вишнева громада",
            avatarURL: "https://example.org/logo.png", apiBase: fake.apiBase)
        residents = ResidentStore(database: database, secretKey: Array(repeating: 7, count: 32))
        conversations = ConversationService(
            database: database, dialogues: StaticDialogueSource(dialogues), actions: CoreConversationActions.all,
            clock: ManualClock(EngineFixtures.now), log: .discard)
        client = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)
        let known = bot
        var webhook = ViberWebhook(
            bots: { id in id == known.id ? known : nil },
            inbox: MessengerInbox(conversations: conversations, residents: residents), client: client)
        webhook.timeout = FakeViberAPI.callTimeout
        let recorder = Recorder()
        self.recorder = recorder
        webhook.log = LogSink { line in recorder.lines.withLock { $0.append(line) } }
        // As the server does, receipts go to the outbox; the harness also keeps them.
        webhook.recordReceipts(in: NotifyStore(database: database))
        let toOutbox = webhook.receipts
        webhook.receipts = { receipt in
            recorder.receipts.withLock { $0.append(receipt) }
            await toOutbox?(receipt)
        }
        var router = Router()
        webhook.register(on: &router)
        var http = HTTPServerConfiguration()
        http.port = 0
        http.loops = 1
        // The fake's callbacks have a deadline; the webhook answers on threads of its own, not behind the suite.
        http.handlerExecutor = FakeServerExecutor.shared
        server = HTTPServer(
            configuration: http, responder: try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест")))
        try server.start()
        // As an operator would: Viber checks the URL with a signed `webhook` callback.
        try await ViberAPI(bot: bot, client: client, timeout: FakeViberAPI.callTimeout).setWebhook(
            url: webhookURL().absoluteString)
    }

    /// The webhook's address for `bot` (the harness's bot by default).
    func webhookURL(_ bot: String = ViberHarness.botID) -> URL {
        URL(string: "http://127.0.0.1:\(server.port)/hooks/viber/\(bot)")!
    }

    /// The bodies of the `send_message` requests since `start` (an index into ``FakeViberAPI/requests``).
    func sent(since start: Int = 0) -> [String] {
        fake.requests.dropFirst(start).filter { $0.endpoint == "send_message" }.map(\.text)
    }

    var logs: [String] { recorder.lines.withLock { $0 } }
    var receipts: [ViberWebhook.Receipt] { recorder.receipts.withLock { $0 } }

    func stop() async {
        await server.shutdown(gracePeriod: .seconds(1))
        await fake.stop()
        client.invalidate()
        database.close()
    }
}

/// JSON text → object, for reading what was sent.
func jsonObject(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
}

/// The `ActionBody` of the keyboard button labelled `label` in a `send_message` body.
func actionBody(_ label: String, in body: String) -> String? {
    let buttons = (jsonObject(body)["keyboard"] as? [String: Any])?["Buttons"] as? [[String: Any]] ?? []
    return buttons.first { $0["Text"] as? String == label }?["ActionBody"] as? String
}
