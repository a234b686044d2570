import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

@Suite struct TelegramWebhookTests {
    @Test func aWrongOrMissingSecretIs401AndNothingIsStored() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let update = TelegramHarness.text("Привіт", update: 1)
        #expect(await harness.post(update, secret: .some(nil)) == 401)
        #expect(await harness.post(update, secret: "wrong-secret") == 401)
        #expect(await harness.post(update, secret: String(harness.secret.dropLast())) == 401)
        #expect(try await harness.updateRows() == 0)
        #expect(harness.fake.requests.isEmpty)
        #expect(
            try await harness.residents.resident(
                channel: .telegram, externalID: "\(TelegramHarness.chat)", hromadaID: harness.hromadaID) == nil)
    }

    @Test func anUnknownOrDisabledBotIs404() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let update = TelegramHarness.text("Привіт", update: 1)
        #expect(await harness.post(update, botID: "AAAAAAAAAAAAAAAAAAAAAA") == 404)
        #expect(await harness.post(update, botID: "../../etc") == 404)
        try await harness.bots.setEnabled(false, id: harness.bot.id)
        #expect(await harness.post(update) == 404)
        #expect(try await harness.updateRows() == 0)
    }

    @Test func malformedJSONIs400AndLogged() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        #expect(await harness.post("{\"update_id\": ") == 400)
        #expect(await harness.post("[1,2]") == 400)
        #expect(await harness.post(#"{"update_id":"seven"}"#) == 400)
        #expect(try await harness.updateRows() == 0)
        #expect(harness.log.lines.withLock { $0.filter { $0.contains("malformed update") }.count } == 3)
    }

    @Test func aTextIsAnsweredAndARepeatedDeliveryIsHandledOnce() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let update = TelegramHarness.text("/start", update: 10)
        #expect(await harness.post(update) == 200)
        let first = harness.sent("sendMessage")
        #expect(first.count == 1)
        #expect(first[0].contains(#""chat_id":7000000001"#) && first[0].contains(#""inline_keyboard""#))
        #expect(await harness.post(update) == 200)  // Telegram retried: acknowledged, not answered again
        #expect(harness.sent("sendMessage").count == 1)
        #expect(try await harness.updateRows() == 1)
        // The resident exists, named by Telegram, and the stored update no longer holds the message.
        let resident = try #require(
            try await harness.residents.resident(
                channel: .telegram, externalID: "7000000001", hromadaID: harness.hromadaID))
        #expect(resident.displayName == "Олена Коваль")
        let payloads = try await harness.database.read { db in
            try db.scalar("SELECT count(*) FROM chatbot_telegram_updates WHERE payload IS NOT NULL", as: Int.self)
        }
        #expect(payloads == 0)
    }

    @Test func aButtonPressEditsTheMenuAndIsAlwaysAnswered() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        await harness.post(TelegramHarness.text("/start", update: 1))
        let menu = try #require(harness.fake.texts(chat: TelegramHarness.chat).keys.max())
        let payload = try #require(
            harness.sent("sendMessage")[0].firstMatch(of: /"callback_data":"(v1:[^"]+)"/).map { String($0.1) })
        #expect(await harness.post(TelegramHarness.press(payload, update: 2, message: menu)) == 200)
        #expect(harness.fake.answeredCallbacks == ["cb2"])
        let edits = harness.sent("editMessageText")
        #expect(edits.count == 1 && edits[0].contains(#""message_id":\#(menu)"#))
        // A press the bot cannot use (a stale payload) and one without data are answered too.
        await harness.post(TelegramHarness.press("v1:gone@9:x:0", update: 3, message: menu))
        await harness.post(
            #"{"update_id":4,"callback_query":{"id":"cb4","chat_instance":"1","from":{"id":7000000001,"is_bot":false,"first_name":"О"},"game_short_name":"g"}}"#
        )
        #expect(harness.fake.answeredCallbacks == ["cb2", "cb3", "cb4"])
    }

    @Test func aFailingConversationStillAnswersTheButton() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        await harness.post(TelegramHarness.text("/start", update: 1))
        // The conversation table is gone: handling fails, and the button is answered with an apology.
        try await harness.database.write { db in try db.execute("DROP TABLE chatbot_conversations") }
        await harness.post(TelegramHarness.press("cmd:menu", update: 2, message: 1))
        #expect(harness.fake.answeredCallbacks == ["cb2"])
        #expect(harness.sent("answerCallbackQuery").last?.contains("Вибачте") == true)
    }

    @Test func anOwnContactIsRecordedAndSomeoneElsesIsNot() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        func contact(_ update: Int64, userID: Int64?, phone: String) -> String {
            """
            {"update_id":\(update),"message":{"message_id":\(update),"date":1,\
            "from":{"id":7000000001,"is_bot":false,"first_name":"Олена"},"chat":{"id":7000000001,"type":"private"},\
            "contact":{"phone_number":"\(phone)","first_name":"Х"\(userID.map { ",\"user_id\":\($0)" } ?? "")}}}
            """
        }
        await harness.post(contact(1, userID: 123, phone: "+380501112233"))
        await harness.post(contact(2, userID: nil, phone: "+380501112244"))
        var resident = try #require(
            try await harness.residents.resident(
                channel: .telegram, externalID: "7000000001", hromadaID: harness.hromadaID))
        #expect(resident.phone == nil && resident.verificationLevel == .messenger)
        await harness.post(contact(3, userID: 7_000_000_001, phone: "380671234567"))
        resident = try #require(
            try await harness.residents.resident(
                channel: .telegram, externalID: "7000000001", hromadaID: harness.hromadaID))
        #expect(resident.phone == "+380671234567" && resident.verificationLevel == .phone)
    }

    @Test func blockingAndUnblockingTheBotMoveTheLedger() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        func member(_ update: Int64, _ old: String, _ new: String) -> String {
            """
            {"update_id":\(update),"my_chat_member":{"chat":{"id":7000000001,"type":"private"},\
            "from":{"id":7000000001,"is_bot":false,"first_name":"О"},"date":1760000000,\
            "old_chat_member":{"status":"\(old)","user":{"id":5550001111,"is_bot":true,"first_name":"Бот"}},\
            "new_chat_member":{"status":"\(new)","user":{"id":5550001111,"is_bot":true,"first_name":"Бот"}}}}
            """
        }
        await harness.post(TelegramHarness.text("/start", update: 1))
        func status() async throws -> ChannelStatus? {
            try await harness.database.read { db in
                try ResidentStore.channelStatus(
                    channel: .telegram, externalID: "7000000001", hromadaID: harness.hromadaID, in: db)
            }
        }
        #expect(try await status() == .active)
        #expect(await harness.post(member(2, "member", "kicked")) == 200)
        #expect(try await status() == .blocked)
        #expect(await harness.post(member(3, "kicked", "member")) == 200)
        #expect(try await status() == .active)
        // Nothing was sent in reply to either.
        #expect(harness.sent("sendMessage").count == 1)
    }

    @Test func photosStickersAndLocationsReachTheDialogues() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        await harness.post(TelegramHarness.text("/start", update: 1))
        await harness.post(
            #"{"update_id":2,"message":{"message_id":2,"date":1,"from":{"id":7000000001,"is_bot":false,"first_name":"О"},"chat":{"id":7000000001,"type":"private"},"sticker":{"file_id":"s","file_unique_id":"u","width":1,"height":1,"is_animated":false,"is_video":false,"type":"regular"}}}"#
        )
        #expect(harness.sent("sendMessage").contains { $0.contains("стікер") })
        // Messages in groups are not answered.
        await harness.post(
            #"{"update_id":3,"message":{"message_id":3,"date":1,"from":{"id":7000000001,"is_bot":false,"first_name":"О"},"chat":{"id":-100500,"type":"supergroup"},"text":"hi"}}"#
        )
        #expect(!harness.fake.requests.contains { $0.body.contains("-100500") })
    }

    @Test func updatesAcceptedBeforeARestartAreHandledAfterIt() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        // Accepted (the webhook answered 200) but the process stopped before handling it.
        try await harness.database.write { db in
            _ = try TelegramUpdateLog.accept(
                botID: harness.bot.id, updateID: 50, payload: TelegramHarness.text("меню", update: 50), now: Date(),
                in: db)
        }
        await harness.channel.resumePending()
        await harness.channel.waitUntilIdle()
        #expect(harness.sent("sendMessage").count == 1)
        await harness.channel.resumePending()
        await harness.channel.waitUntilIdle()
        #expect(harness.sent("sendMessage").count == 1)
    }

    @Test func thePruneJobForgetsUpdatesAfterADay() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let now = Date()
        try await harness.database.write { db in
            _ = try TelegramUpdateLog.accept(
                botID: harness.bot.id, updateID: 1, payload: "{}", now: now.addingTimeInterval(-90_000), in: db)
            _ = try TelegramUpdateLog.accept(
                botID: harness.bot.id, updateID: 2, payload: "{}", now: now.addingTimeInterval(-3_600), in: db)
            #expect(
                try TelegramUpdateLog.prune(before: now.addingTimeInterval(-TelegramUpdateLog.retention), in: db) == 1)
        }
        #expect(try await harness.updateRows() == 1)
    }
}
