import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// Viber bots in the bot registry, as the webhook finds them.
@Suite struct ViberRegistryTests {
    @Test func anEnabledViberBotIsFoundWithItsTokenAndPicture() async throws {
        let harness = try await BotStoreHarness()
        let added = try await harness.store.addViberBot(
            hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Бучанська громада",
            uri: "buchahromada", avatarURL: "https://bucha-rada.gov.ua/logo.png",
            apiBase: URL(string: "http://127.0.0.1:9/pa/"))
        #expect(added.channel == .viber)
        #expect(added.username == "buchahromada")
        #expect(added.webhookPath == "/hooks/viber/\(added.id)")
        let bot = try #require(try await harness.store.viberBot(id: added.id))
        #expect(bot.id == added.id)
        #expect(bot.hromadaID == harness.hromadaID)
        #expect(bot.authToken == BotStoreHarness.viberToken)
        #expect(bot.name == "Бучанська громада")
        #expect(bot.avatarURL == "https://bucha-rada.gov.ua/logo.png")
        #expect(bot.url("send_message").absoluteString == "http://127.0.0.1:9/pa/send_message")

        try await harness.store.setEnabled(false, id: added.id)
        #expect(try await harness.store.viberBot(id: added.id) == nil, "a disabled bot has no webhook")
        try await harness.store.setEnabled(true, id: added.id)
        #expect(try await harness.store.viberBot(id: added.id) != nil)

        let telegram = try await harness.store.add(
            .init(channel: .telegram, hromadaID: harness.hromadaID, name: "Бот", token: BotStoreHarness.telegramToken))
        #expect(try await harness.store.viberBot(id: telegram.id) == nil, "not a Viber bot")
        #expect(try await harness.store.viberBot(id: "nope") == nil)

        try await harness.store.delete(id: added.id)
        let pictures = try await harness.database.read { db in
            try db.scalar("SELECT count(*) FROM chatbot_viber_profiles", as: Int.self)
        }
        #expect(pictures == 0, "removed with the bot")
    }

    @Test func whatViberWouldRefuseIsRefusedBeforeAnythingIsWritten() async throws {
        let harness = try await BotStoreHarness()
        await #expect(throws: ViberBotError.invalidName) {
            try await harness.store.addViberBot(
                hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken,
                name: String(repeating: "я", count: 29),
                uri: nil, avatarURL: nil, apiBase: nil)
        }
        await #expect(throws: ViberBotError.invalidAvatarURL) {
            try await harness.store.addViberBot(
                hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Громада", uri: nil,
                avatarURL: "logo.png", apiBase: nil)
        }
        await #expect(throws: BotStoreError.invalidToken) {
            try await harness.store.addViberBot(
                hromadaID: harness.hromadaID, token: "token_with_underscores", name: "Громада", uri: nil,
                avatarURL: nil,
                apiBase: nil)
        }
        #expect(try await harness.rowCount() == 0)
        let first = try await harness.store.addViberBot(
            hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Громада", uri: nil, avatarURL: nil,
            apiBase: nil)
        await #expect(throws: BotStoreError.tokenAlreadyRegistered) {
            try await harness.store.addViberBot(
                hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Громада", uri: nil,
                avatarURL: nil, apiBase: nil)
        }
        #expect(try await harness.store.viberBot(id: first.id)?.avatarURL == nil)
        #expect(try await harness.rowCount() == 1)
    }

    @Test func theWebhookFindsBotsInTheRegistry() async throws {
        let harness = try await BotStoreHarness()
        let added = try await harness.store.addViberBot(
            hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Громада", uri: nil, avatarURL: nil,
            apiBase: nil)
        let webhook = ViberWebhook(
            bots: harness.store.viberBot(id:),
            inbox: MessengerInbox(
                conversations: ConversationService(database: harness.database, dialogues: StaticDialogueSource([])),
                residents: ResidentStore(database: harness.database, secretKey: harness.key)),
            client: MockHTTPClient(), log: .discard)
        let body = Array(#"{"event":"webhook","timestamp":1,"message_token":4912661846655238145}"#.utf8)
        let signature = ViberSignature.sign(body, authToken: BotStoreHarness.viberToken)
        #expect(try await webhook.handle(botID: added.id, body: body, signature: signature).status.code == 200)
        try await harness.store.setEnabled(false, id: added.id)
        #expect(try await webhook.handle(botID: added.id, body: body, signature: signature).status.code == 404)
    }
}
