import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A migrated database with two hromadas and a bot registry over it.
struct BotStoreHarness {
    static let telegramToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    static let otherTelegramToken = "987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    static let viberToken = "445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9"

    let dir: TemporaryDirectory
    let database: SQLiteDatabase
    let hromadaID: Int64
    let otherHromadaID: Int64
    let key: [UInt8]
    let store: BotStore

    init(key: [UInt8] = Array(repeating: 7, count: 32)) async throws {
        dir = try TemporaryDirectory("chatbot-bots")
        database = try SQLiteDatabase(path: dir.path("svoyi.sqlite"))
        try await Migrator(CoreModule().migrations + ChatbotModule().migrations).migrate(database)
        let community = CommunityStore(database: database)
        hromadaID = try #require(
            try await community.createHromada(Hromada(slug: "bucha", name: LocalizedText(uk: "Бучанська громада"))).id)
        otherHromadaID = try #require(
            try await community.createHromada(Hromada(slug: "irpin", name: LocalizedText(uk: "Ірпінська громада"))).id)
        self.key = key
        store = BotStore(database: database, secretKey: key)
    }

    func rowCount() async throws -> Int {
        try await database.read { db in try db.scalar("SELECT count(*) FROM chatbot_bots", as: Int.self) ?? 0 }
    }
}

@Suite struct BotStoreTests {
    @Test func addsATelegramBotWithARandomPublicIDAndASealedToken() async throws {
        let harness = try await BotStoreHarness()
        let bot = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: " Бот Бучі ", username: "@bucha_bot",
                token: BotStoreHarness.telegramToken))
        #expect(BotStore.isWellFormedID(bot.id))
        #expect(!bot.id.contains("123456789"))
        #expect(bot.name == "Бот Бучі")
        #expect(bot.username == "bucha_bot")
        #expect(bot.apiBase.absoluteString == "https://api.telegram.org")
        #expect(bot.mode == .webhook && bot.isEnabled && bot.pollOffset == 0)
        #expect(bot.webhookPath == "/hooks/telegram/\(bot.id)")

        let credentials = try #require(try await harness.store.credentials(id: bot.id))
        #expect(credentials.token == BotStoreHarness.telegramToken)
        let secret = try #require(credentials.webhookSecret)
        #expect(secret.utf8.count >= 32 && secret.utf8.allSatisfy { $0 < 128 })
        #expect(secret.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(!"\(credentials)".contains(BotStoreHarness.telegramToken) && !"\(credentials)".contains(secret))

        // Neither the token nor the secret is in the database in the clear.
        let raw = try await harness.database.read { db in
            try db.query("SELECT * FROM chatbot_bots").map { row in
                try ["token_sealed", "webhook_secret_sealed"].map {
                    String(decoding: try row.get($0, as: Data.self), as: UTF8.self)
                }.joined() + (try row.get("token_digest", as: String.self))
            }.joined()
        }
        #expect(!raw.contains("AAHdqTcvCH1vGWJx") && !raw.contains(secret))

        // A second bot gets another id and another secret.
        let second = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.otherHromadaID, name: "Бот Ірпеня",
                token: BotStoreHarness.otherTelegramToken))
        #expect(second.id != bot.id)
        #expect(try await harness.store.credentials(id: second.id)?.webhookSecret != secret)
    }

    @Test func aViberBotHasNoWebhookSecretAndNoPolling() async throws {
        let harness = try await BotStoreHarness()
        await #expect(throws: BotStoreError.modeUnsupported(channel: .viber, mode: .polling)) {
            try await harness.store.add(
                .init(
                    channel: .viber, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.viberToken,
                    mode: .polling))
        }
        let bot = try await harness.store.add(
            .init(
                channel: .viber, hromadaID: harness.hromadaID, name: "Буча", username: "buchabot",
                token: BotStoreHarness.viberToken))
        #expect(bot.apiBase.absoluteString == "https://chatapi.viber.com/pa")
        let credentials = try #require(try await harness.store.credentials(id: bot.id))
        #expect(credentials.webhookSecret == nil && credentials.token == BotStoreHarness.viberToken)
        await #expect(throws: BotStoreError.modeUnsupported(channel: .viber, mode: .polling)) {
            try await harness.store.setMode(.polling, id: bot.id)
        }
        // Telegram and Viber bots of one hromada are enabled side by side.
        _ = try await harness.store.add(
            .init(channel: .telegram, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.telegramToken))
        #expect(try await harness.store.bots(hromadaID: harness.hromadaID).filter(\.isEnabled).count == 2)
        #expect(try await harness.store.enabledBot(hromadaID: harness.hromadaID, channel: .viber)?.id == bot.id)
    }

    @Test func refusesBadInputAndWritesNothing() async throws {
        let harness = try await BotStoreHarness()
        func add(
            token: String = BotStoreHarness.telegramToken, name: String = "Бот", username: String? = nil,
            base: String? = nil, hromada: Int64? = nil
        ) async throws {
            _ = try await harness.store.add(
                .init(
                    channel: .telegram, hromadaID: hromada ?? harness.hromadaID, name: name, username: username,
                    token: token, apiBase: base.map { URL(string: $0)! }))
        }
        for token in [
            "", "123456789", "abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq", "123:short",
            "123:AAHdq cvCH1vGWJxfSeofSAs0K5PALDsawq",
        ] {
            await #expect(throws: BotStoreError.invalidToken, "\(token)") { try await add(token: token) }
        }
        await #expect(throws: BotStoreError.invalidName) { try await add(name: "  ") }
        await #expect(throws: BotStoreError.invalidName) { try await add(name: String(repeating: "я", count: 129)) }
        await #expect(throws: BotStoreError.invalidName) { try await add(username: "bad name") }
        for base in [
            "ftp://api.telegram.org", "https://api.telegram.org/?x=1", "https://u:p@api.telegram.org", "/relative",
        ] {
            await #expect(throws: BotStoreError.invalidAPIBase, "\(base)") { try await add(base: base) }
        }
        await #expect(throws: BotStoreError.hromadaNotFound) { try await add(hromada: 9_999) }
        #expect(try await harness.rowCount() == 0)
    }

    @Test func atMostOneEnabledBotPerHromadaAndChannelAndOneRowPerToken() async throws {
        let harness = try await BotStoreHarness()
        let first = try await harness.store.add(
            .init(channel: .telegram, hromadaID: harness.hromadaID, name: "Бот", token: BotStoreHarness.telegramToken))
        await #expect(throws: BotStoreError.tokenAlreadyRegistered) {
            try await harness.store.add(
                .init(
                    channel: .telegram, hromadaID: harness.otherHromadaID, name: "Бот",
                    token: BotStoreHarness.telegramToken))
        }
        await #expect(throws: BotStoreError.alreadyEnabled(channel: .telegram, existingID: first.id)) {
            try await harness.store.add(
                .init(
                    channel: .telegram, hromadaID: harness.hromadaID, name: "Бот",
                    token: BotStoreHarness.otherTelegramToken))
        }
        let spare = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: "Запасний",
                token: BotStoreHarness.otherTelegramToken, enabled: false))
        await #expect(throws: BotStoreError.alreadyEnabled(channel: .telegram, existingID: first.id)) {
            try await harness.store.setEnabled(true, id: spare.id)
        }
        try await harness.store.setEnabled(false, id: first.id)
        #expect(try await harness.store.setEnabled(true, id: spare.id).isEnabled)
        #expect(try await harness.store.enabledBot(hromadaID: harness.hromadaID, channel: .telegram)?.id == spare.id)
        #expect(try await harness.store.bots(channel: .telegram).map(\.id) == [first.id, spare.id])
        await #expect(throws: BotStoreError.notFound) { try await harness.store.setEnabled(true, id: "nope") }
    }

    @Test func modeProfileOffsetAndSecretRotation() async throws {
        let harness = try await BotStoreHarness()
        let bot = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: "Бот", token: BotStoreHarness.telegramToken,
                apiBase: URL(string: "http://127.0.0.1:8081/")!, mode: .polling))
        #expect(bot.apiBase.absoluteString == "http://127.0.0.1:8081" && bot.mode == .polling)
        #expect(try await harness.store.setMode(.webhook, id: bot.id).mode == .webhook)
        let renamed = try await harness.store.setProfile(name: "Бучанський бот", username: "bucha_city_bot", id: bot.id)
        #expect(renamed.name == "Бучанський бот" && renamed.username == "bucha_city_bot")

        try await harness.database.write { db in
            try BotStore.advancePollOffset(to: 42, id: bot.id, in: db)
            try BotStore.advancePollOffset(to: 17, id: bot.id, in: db)  // never backwards
        }
        #expect(try await harness.store.bot(id: bot.id)?.pollOffset == 42)

        let before = try #require(try await harness.store.credentials(id: bot.id)?.webhookSecret)
        let rotated = try await harness.store.rotateWebhookSecret(id: bot.id)
        #expect(rotated != before)
        #expect(try await harness.store.credentials(id: bot.id)?.webhookSecret == rotated)
    }

    @Test func anotherSecretKeyCannotOpenTheToken() async throws {
        let harness = try await BotStoreHarness()
        let bot = try await harness.store.add(
            .init(channel: .telegram, hromadaID: harness.hromadaID, name: "Бот", token: BotStoreHarness.telegramToken))
        let stranger = BotStore(database: harness.database, secretKey: Array(repeating: 9, count: 32))
        await #expect(throws: BotStoreError.sealedSecretUnreadable) { try await stranger.credentials(id: bot.id) }
        #expect(try await stranger.bot(id: bot.id)?.name == "Бот")
        #expect(try await harness.store.credentials(id: "not-a-bot-id") == nil)
    }
}
