import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// The message tokens a bot has taken: claimed once, released after a failure, forgotten after two days.
@Suite struct ViberInboundLogTests {
    /// Dialogues that fail the first time they are read, as a database hiccup would.
    final class FailingOnce: DialogueSource {
        let inner = StaticDialogueSource(ShippedDialogues.all)
        let failed = Mutex(false)

        struct Hiccup: Error {}

        func check() throws {
            let first = failed.withLock { failed in
                let first = !failed
                failed = true
                return first
            }
            if first { throw Hiccup() }
        }

        func published(id: String, hromadaID: Int64) async throws -> Dialogue? {
            try check()
            return try await inner.published(id: id, hromadaID: hromadaID)
        }

        func dialogue(id: String, version: Int, hromadaID: Int64) async throws -> Dialogue? {
            try check()
            return try await inner.dialogue(id: id, version: version, hromadaID: hromadaID)
        }

        func allPublished(hromadaID: Int64) async throws -> [Dialogue] {
            try check()
            return try await inner.allPublished(hromadaID: hromadaID)
        }
    }

    @Test func aMessageThatFailedIsHandledWhenViberRetries() async throws {
        let harness = try await ViberHarness()
        let webhook = ViberWebhook(
            bots: { [bot = harness.bot] id in id == bot.id ? bot : nil },
            inbox: MessengerInbox(
                conversations: ConversationService(database: harness.database, dialogues: FailingOnce(), log: .discard),
                residents: harness.residents),
            client: harness.client, log: .discard)
        let body = Array(ViberWebhookTests.messageJSON.utf8)
        let signature = ViberSignature.sign(body, authToken: ViberHarness.token)
        harness.fake.subscribe("u1")
        await #expect(throws: FailingOnce.Hiccup.self) {
            try await webhook.handle(botID: harness.bot.id, body: body, signature: signature)
        }
        let tokens = try await harness.database.read { db in
            try db.scalar("SELECT COUNT(*) FROM chatbot_viber_inbound", [], as: Int64.self)
        }
        #expect(tokens == 0, "released, so the retry is not taken for a repeat")
        let retry = try await webhook.handle(botID: harness.bot.id, body: body, signature: signature)
        #expect(retry.status.code == 200)
        #expect(harness.sent().count == 1)
        #expect(
            jsonObject(harness.sent()[0])["text"] as? String
                == "Паспорт громадянина України (ID-картка): підкажу, як його оформити саме у вашій ситуації.\nОсоба, для якої оформлюють паспорт, — громадянин(ка) України?"
        )
        let repeated = try await webhook.handle(botID: harness.bot.id, body: body, signature: signature)
        #expect(repeated.status.code == 200)
        #expect(harness.sent().count == 1)
        await harness.stop()
    }

    @Test func tokensAreForgottenAfterTwoDays() async throws {
        let harness = try await ViberHarness()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let claimed = try await harness.database.write { db in
            [
                try ViberInboundLog.claim(1, bot: harness.bot, now: now.addingTimeInterval(-3 * 86_400), in: db),
                try ViberInboundLog.claim(2, bot: harness.bot, now: now.addingTimeInterval(-86_400), in: db),
                try ViberInboundLog.claim(2, bot: harness.bot, now: now, in: db),
            ]
        }
        #expect(claimed == [true, true, false])
        let deleted = try await harness.database.write { db in
            try ViberInboundLog.deleteOld(before: now.addingTimeInterval(-ViberInboundLog.retention), in: db)
        }
        #expect(deleted == 1)
        let again = try await harness.database.write { db in
            [
                try ViberInboundLog.claim(1, bot: harness.bot, now: now, in: db),
                try ViberInboundLog.claim(2, bot: harness.bot, now: now, in: db),
            ]
        }
        #expect(again == [true, false])
        await harness.stop()
    }
}
