import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli bot viber …` run in-process against the fake Viber API.
@Suite struct ViberBotCommandTests {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"

    func fake(token: String = ViberBotCommandTests.token) throws -> FakeViberAPI {
        let fake = FakeViberAPI(.init(authToken: token))
        try fake.start()
        return fake
    }

    func registry(_ harness: OperatorHarness) throws -> BotStore {
        BotStore(database: harness.database, secretKey: try DataDirectory(path: harness.dir.path("data")).secretKey())
    }

    @Test func addChecksTheTokenWithViberAndRegistersTheBot() async throws {
        let harness = try await OperatorHarness()
        let fake = try fake()
        let added = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name", "Бучанська громада",
            "--avatar", "https://bucha-rada.gov.ua/logo.png", "--api-base", fake.apiBase.absoluteString)
        #expect(added.status == 0, "\(added.err)")
        let id = try #require(
            OperatorHarness.value(after: "Added Viber bot", in: added.out)?.split(separator: " ").first)
        #expect(added.out.contains("«Бучанська громада» for bucha (Viber account «Тестова громада»)"))
        #expect(added.out.contains("Deep link: viber://pa?chatURI=testhromada"))
        #expect(added.out.contains("svoyi-cli bot viber set-webhook \(id) --url https://<your host>/hooks/viber/\(id)"))
        #expect(!added.out.contains(Self.token))
        #expect(fake.requests(to: "get_account_info").map(\.authToken) == [Self.token])

        let bot = try #require(try await registry(harness).viberBot(id: String(id)))
        #expect(bot.authToken == Self.token)
        #expect(bot.avatarURL == "https://bucha-rada.gov.ua/logo.png")
        #expect(bot.apiBase == fake.apiBase)
        #expect(try await registry(harness).bot(id: String(id))?.username == "testhromada")
        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["bot.add"])
        #expect(audit.first?.target == String(id))

        // The same token again is refused by the registry.
        let again = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name", "Інший",
            "--api-base", fake.apiBase.absoluteString)
        #expect(again.status == 65)
        #expect(again.err.contains("this token is already registered"))
        await fake.stop()
    }

    @Test func aTokenViberRefusesOrANameTooLongAddsNothing() async throws {
        let harness = try await OperatorHarness()
        let fake = try fake(token: "another-token-0000000000")
        let refused = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name", "Громада", "--api-base",
            fake.apiBase.absoluteString)
        #expect(refused.status == 1)
        #expect(refused.err.contains("Viber did not accept the token: Viber API: status 2 (invalidAuthToken)"))
        let long = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name",
            String(repeating: "я", count: 29), "--api-base", fake.apiBase.absoluteString)
        #expect(long.status == 65)
        #expect(long.err.contains("Ім'я бота: від 1 до 28 символів. / Bot name: 1 to 28 characters."))
        let badBase = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name", "Громада", "--api-base",
            "ftp://example.org")
        #expect(badBase.status == 64)
        let noToken = await harness.run("bot", "viber", "add", "--hromada", "bucha", "--name", "Громада")
        #expect(noToken.status == 64)
        #expect(noToken.err.contains("give the token with --token or SVOYI_BOT_TOKEN"))
        #expect(fake.requests.count == 1, "only the refused check reached Viber")
        #expect(try await registry(harness).bots().isEmpty)
        #expect(try await harness.auditRows().isEmpty)
        await fake.stop()
    }

    @Test func setWebhookReachesTheServersWebhookThroughViber() async throws {
        let harness = try await OperatorHarness()
        let fake = try fake()
        let added = await harness.run(
            "bot", "viber", "add", "--hromada", "bucha", "--token", Self.token, "--name", "Громада", "--api-base",
            fake.apiBase.absoluteString)
        let id = String(
            try #require(OperatorHarness.value(after: "Added Viber bot", in: added.out)?.split(separator: " ").first))
        // The server's side: the webhook route over the same registry.
        let registry = try registry(harness)
        let webhook = ViberWebhook(
            bots: registry.viberBot(id:),
            inbox: MessengerInbox(
                conversations: ConversationService(database: harness.database, dialogues: StaticDialogueSource([])),
                residents: ResidentStore(
                    database: harness.database,
                    secretKey: try DataDirectory(path: harness.dir.path("data")).secretKey())),
            client: MockHTTPClient(), log: .discard)
        var router = Router()
        webhook.register(on: &router)
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.loops = 1
        // Viber's check of the URL has a deadline; the webhook answers on threads of its own, not behind the suite.
        configuration.handlerExecutor = FakeServerExecutor.shared
        let server = HTTPServer(
            configuration: configuration, responder: try router.buildResponder(errors: ErrorRenderer(hromadaName: "Т")))
        try server.start()
        let url = "http://127.0.0.1:\(server.port)/hooks/viber/\(id)"

        let set = await harness.run("bot", "viber", "set-webhook", id, "--url", url)
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("Viber now sends bot \(id)'s callbacks to \(url)"))
        #expect(
            set.out.contains("Events: delivered, seen, failed, subscribed, unsubscribed, conversation_started, message")
        )
        #expect(fake.webhook == url)
        #expect(try await harness.auditRows().map(\.action) == ["bot.add", "bot.set-webhook"])

        let wrongPath = await harness.run(
            "bot", "viber", "set-webhook", id, "--url", "https://bucha-rada.gov.ua/hooks/viber/x")
        #expect(wrongPath.status == 64)
        let plainHTTP = await harness.run(
            "bot", "viber", "set-webhook", id, "--url", "http://bucha-rada.gov.ua/hooks/viber/\(id)")
        #expect(plainHTTP.status == 64)
        let unknown = await harness.run(
            "bot", "viber", "set-webhook", "AAAAAAAAAAAAAAAAAAAAAA", "--url",
            "https://h/hooks/viber/AAAAAAAAAAAAAAAAAAAAAA")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no enabled Viber bot with id AAAAAAAAAAAAAAAAAAAAAA"))
        // Viber's check fails when the server does not answer: the webhook is not set.
        await server.shutdown(gracePeriod: .seconds(1))
        let down = await harness.run(
            "bot", "viber", "set-webhook", id, "--url", url.replacingOccurrences(of: "127.0.0.1", with: "localhost"))
        #expect(down.status == 1)
        #expect(down.err.contains("Viber did not set the webhook: Viber API: status 1 (invalidUrl)"))
        #expect(fake.webhook == url)
        await fake.stop()
    }

    @Test func helpListsTheViberCommands() async {
        let help = await OperatorHarness.help(["bot", "viber"])
        #expect(help.status == 0)
        #expect(help.out.contains("add"))
        #expect(help.out.contains("set-webhook"))
        #expect(help.out.contains("commercial terms"))
    }
}
