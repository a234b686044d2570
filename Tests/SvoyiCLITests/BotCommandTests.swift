import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli bot …` run in-process against a fake Telegram Bot API.
@Suite struct BotCommandTests {
    static let token = "6660002222:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"

    @Test func addSetWebhookInfoAndList() async throws {
        let harness = try await OperatorHarness()
        let fake = FakeTelegramAPI()
        try fake.start()
        defer { Task { await fake.shutdown() } }
        fake.addBot(token: Self.token, id: 6_660_002_222, username: "bucha_city_bot", firstName: "Буча")
        let base = fake.baseURL.absoluteString

        let added = await harness.run(
            "bot", "telegram", "add", "--hromada", "bucha", "--token", Self.token, "--api-base", base)
        #expect(added.status == 0, "\(added.err)")
        #expect(!added.out.contains(Self.token))
        let store = BotStore(
            database: harness.database, secretKey: try DataDirectory(path: harness.dir.path("data")).secretKey())
        let bot = try #require(try await store.bots().first)
        #expect(bot.username == "bucha_city_bot" && bot.name == "Буча" && bot.mode == .webhook)
        #expect(added.out.contains("set-webhook \(bot.id) --url https://<your-domain>/hooks/telegram/\(bot.id)"))
        #expect(!fake.requests("getMe").isEmpty)

        let refusedURL = await harness.run(
            "bot", "telegram", "set-webhook", bot.id, "--url", "http://svoyi.example/hooks/telegram/\(bot.id)")
        #expect(refusedURL.status == 64)
        let set = await harness.run(
            "bot", "telegram", "set-webhook", bot.id, "--url", "https://svoyi.example/hooks/telegram/\(bot.id)")
        #expect(set.status == 0, "\(set.err)")
        let webhook = try #require(fake.webhook(token: Self.token))
        #expect(webhook.url == "https://svoyi.example/hooks/telegram/\(bot.id)")
        let stored = try await store.credentials(id: bot.id)?.webhookSecret
        #expect(webhook.secret == stored)
        #expect(
            fake.requests("setWebhook").first?.body.contains(
                #""allowed_updates":["message","callback_query","my_chat_member"]"#) == true)

        let info = await harness.run("bot", "telegram", "info", bot.id)
        #expect(info.status == 0, "\(info.err)")
        #expect(info.out.contains("Webhook:         https://svoyi.example/hooks/telegram/\(bot.id)"))
        #expect(info.out.contains("Pending updates: 0") && info.out.contains("@bucha_city_bot"))

        let list = await harness.run("bot", "list")
        #expect(list.status == 0 && list.out.contains("\(bot.id)  telegram  bucha    enabled  webhook"), "\(list.out)")
        #expect(!list.out.contains(Self.token))

        let disabled = await harness.run("bot", "disable", bot.id)
        let enabled = try await store.bot(id: bot.id)?.isEnabled
        #expect(disabled.status == 0 && enabled == false)
    }

    @Test func badTokensAreRefusedAndNothingIsStored() async throws {
        let harness = try await OperatorHarness()
        let fake = FakeTelegramAPI()
        try fake.start()
        defer { Task { await fake.shutdown() } }
        let malformed = await harness.run("bot", "telegram", "add", "--hromada", "bucha", "--token", "not-a-token")
        #expect(malformed.status == 64)
        let missing = await harness.run("bot", "telegram", "add", "--hromada", "bucha")
        #expect(missing.status == 64)
        // Well-formed but unknown to Telegram: getMe answers 401.
        let unknown = await harness.run(
            "bot", "telegram", "add", "--hromada", "bucha", "--token", Self.token, "--api-base",
            fake.baseURL.absoluteString)
        #expect(unknown.status == 65 && unknown.err.contains("Unauthorized"), "\(unknown.err)")
        let count = try await harness.database.read { db in
            try db.scalar("SELECT count(*) FROM chatbot_bots", as: Int.self)
        }
        #expect(count == 0)
        let info = await harness.run("bot", "telegram", "info", "AAAAAAAAAAAAAAAAAAAAAA")
        #expect(info.status == 1 && info.err.contains("no telegram bot"))
    }
}
