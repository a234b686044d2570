import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli bot telegram add --rate` and `svoyi-cli bot set-rate`.
@Suite struct BotRateCommandTests {
    static let token = "6660003333:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"

    @Test func addWithARateThenSetAndResetIt() async throws {
        let harness = try await OperatorHarness()
        let fake = FakeTelegramAPI()
        try fake.start()
        defer { Task { await fake.shutdown() } }
        fake.addBot(token: Self.token, id: 6_660_003_333, username: "bucha_alerts_bot")
        let base = fake.baseURL.absoluteString

        for bad in ["0", "1001", "fast", "30.5"] {
            let refused = await harness.run(
                "bot", "telegram", "add", "--hromada", "bucha", "--token", Self.token, "--api-base", base, "--rate", bad
            )
            #expect(refused.status == 64 && refused.err.contains("1–1000"), "\(bad): \(refused.err)")
        }
        #expect(fake.requests("getMe").isEmpty)  // refused before asking Telegram

        let added = await harness.run(
            "bot", "telegram", "add", "--hromada", "bucha", "--token", Self.token, "--api-base", base, "--rate", "1000")
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("at up to 1000 messages a second as paid broadcasts"), "\(added.out)")
        let store = BotStore(
            database: harness.database, secretKey: try DataDirectory(path: harness.dir.path("data")).secretKey())
        let bot = try #require(try await store.bots().first)
        #expect(bot.sendRate == 1_000)
        let list = await harness.run("bot", "list")
        #expect(list.out.contains("1000/s"), "\(list.out)")

        let set = await harness.run("bot", "set-rate", bot.id, "25")
        #expect(set.status == 0 && set.out.contains("at up to 25 messages a second."), "\(set.out)\(set.err)")
        #expect(try await store.bot(id: bot.id)?.sendRate == 25)
        let reset = await harness.run("bot", "set-rate", bot.id, "default")
        #expect(reset.status == 0 && reset.out.contains("at up to 30 messages a second (the messenger's default)"))
        #expect(try await store.bot(id: bot.id)?.sendRate == nil)

        let tooFast = await harness.run("bot", "set-rate", bot.id, "5000")
        #expect(tooFast.status == 64 && tooFast.err.contains("1–1000, not 5000"), "\(tooFast.err)")
        let unknown = await harness.run("bot", "set-rate", "AAAAAAAAAAAAAAAAAAAAAA", "10")
        #expect(unknown.status == 65 && unknown.err.contains("no such bot"), "\(unknown.err)")
        let missing = await harness.run("bot", "set-rate", bot.id)
        #expect(missing.status == 64)

        let audit = try await harness.database.read { db in
            try db.query("SELECT action FROM audit_log WHERE action LIKE 'bot.%' ORDER BY id").map {
                try $0.get("action", as: String.self)
            }
        }
        #expect(audit == ["bot.add", "bot.set-rate", "bot.set-rate"])
    }
}
