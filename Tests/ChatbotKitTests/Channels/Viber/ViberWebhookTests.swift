import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// `POST /hooks/viber/{bot}` over real HTTP, with the fake Viber API playing Viber's side.
@Suite struct ViberWebhookTests {
    static let messageJSON =
        #"{"event":"message","timestamp":1457764197627,"message_token":4912661846655238145,"#
        + #""sender":{"id":"u1","name":"Тарас","language":"uk"},"message":{"type":"text","text":"паспорт"}}"#

    func count(_ table: String, _ harness: ViberHarness) async throws -> Int64 {
        try await harness.database.read { db in
            try db.scalar("SELECT COUNT(*) FROM \(table)", [], as: Int64.self) ?? -1
        }
    }

    @Test func anUnknownBotIs404() async throws {
        let harness = try await ViberHarness()
        let result = try await harness.fake.post(
            bytes: Array(Self.messageJSON.utf8), to: harness.webhookURL("vb_unknown"))
        #expect(result.status == 404)
        #expect(result.text.contains("Такого бота Viber немає"))
        await harness.stop()
    }

    @Test func aMissingOrWrongSignatureIsRefusedWithNothingProcessed() async throws {
        let harness = try await ViberHarness()
        let body = Array(Self.messageJSON.utf8)
        let missing = try await harness.fake.post(bytes: body, to: harness.webhookURL(), signature: "")
        #expect(missing.status == 401)
        let wrong = try await harness.fake.post(
            bytes: body, to: harness.webhookURL(), signature: ViberSignature.sign(body, authToken: "another-token-1"))
        #expect(wrong.status == 403)
        // Signed for other bytes: one changed character is enough.
        let other = Array(Self.messageJSON.replacingOccurrences(of: "паспорт", with: "паспорт!").utf8)
        let tampered = try await harness.fake.post(
            bytes: body, to: harness.webhookURL(), signature: ViberSignature.sign(other, authToken: ViberHarness.token))
        #expect(tampered.status == 403)
        #expect(try await count("resident_channels", harness) == 0)
        #expect(try await count("chatbot_conversations", harness) == 0)
        #expect(try await count("chatbot_viber_inbound", harness) == 0)
        #expect(harness.sent().isEmpty, "nothing was sent")
        #expect(harness.logs.filter { $0.contains("signature") }.count == 3)
        #expect(!harness.logs.joined().contains(ViberHarness.token))
        // The same body correctly signed is taken.
        let good = try await harness.fake.post(bytes: body, to: harness.webhookURL())
        #expect(good.status == 200)
        #expect(try await count("resident_channels", harness) == 1)
        await harness.stop()
    }

    @Test func malformedJSONIs400AndLogged() async throws {
        let harness = try await ViberHarness()
        let garbage = try await harness.fake.post(bytes: Array("{\"event\": mess".utf8), to: harness.webhookURL())
        #expect(garbage.status == 400)
        let shapeless = try await harness.fake.post(
            bytes: Array(#"{"event":"message","message_token":1.5}"#.utf8), to: harness.webhookURL())
        #expect(shapeless.status == 400)
        let incomplete = try await harness.fake.post(
            bytes: Array(#"{"event":"message","timestamp":1,"message_token":7}"#.utf8), to: harness.webhookURL())
        #expect(incomplete.status == 400)
        #expect(harness.logs.count == 3)
        #expect(
            harness.logs == [
                #"{"bot":"vb_test_1","channel":"viber","event":"malformed callback (14 bytes): not JSON","#
                    + #""hromada":"\#(harness.hromadaID)","level":"warning"}"#,
                #"{"bot":"vb_test_1","channel":"viber","#
                    + #""event":"malformed callback (39 bytes): bad value at message_token","#
                    + #""hromada":"\#(harness.hromadaID)","level":"warning"}"#,
                #"{"bot":"vb_test_1","channel":"viber","event":"message without sender.id or message","#
                    + #""hromada":"\#(harness.hromadaID)","level":"warning"}"#,
            ])
        #expect(try await count("chatbot_viber_inbound", harness) == 0)
        await harness.stop()
    }

    @Test func setWebhookIsCheckedWithASignedWebhookCallback() async throws {
        let harness = try await ViberHarness()
        let api = ViberAPI(bot: harness.bot, client: harness.client, timeout: FakeViberAPI.callTimeout)
        let url = harness.webhookURL().absoluteString
        let events = try await api.setWebhook(url: url)
        #expect(events == ViberAPI.webhookEvents)
        #expect(harness.fake.webhook == url)
        let request = try #require(harness.fake.requests(to: "set_webhook").last)
        #expect(request.authToken == ViberHarness.token)
        #expect(
            request.text == #"{"event_types":["delivered","seen","failed","subscribed","unsubscribed","#
                + #""conversation_started"],"send_name":true,"send_photo":true,"url":"\#(url)"}"#)
        // A URL that does not answer 200 is refused by Viber's check.
        await #expect(throws: ViberAPIError.self) {
            try await api.setWebhook(url: harness.webhookURL("vb_unknown").absoluteString)
        }
        #expect(harness.fake.webhook == url)
        let info = try await api.accountInfo()
        #expect(info.uri == "testhromada")
        #expect(info.webhook == url)
        await harness.stop()
    }

    @Test func conversationStartedAnswersWithTheWelcomeInTheBody() async throws {
        let harness = try await ViberHarness()
        let result = try await harness.fake.startConversation("u1")
        #expect(result.status == 200)
        let welcome = jsonObject(result.text)
        #expect(welcome["receiver"] == nil)
        #expect(welcome["type"] as? String == "text")
        #expect((welcome["text"] as? String)?.hasPrefix("Вітаємо! Я чат-бот СВОЇ вашої громади.") == true)
        #expect((welcome["sender"] as? [String: Any])?["name"] as? String == "Вишнева громада")
        #expect(actionBody("Послуги", in: result.text)?.hasPrefix("v1:main@") == true)
        #expect(harness.sent().isEmpty, "a person who has not subscribed gets nothing by send_message")
        // As with Telegram's /start, the person is a resident from now on.
        let resident = try await harness.residents.resident(
            channel: .viber, externalID: "u1", hromadaID: harness.hromadaID)
        #expect(resident?.displayName == "Тарас Шевченко")
        await harness.stop()
    }

    @Test func aDeepLinkOpensItsDialogue() async throws {
        let harness = try await ViberHarness()
        let result = try await harness.fake.startConversation("u1", context: "d_id_card")
        #expect(result.status == 200)
        #expect(
            (jsonObject(result.text)["text"] as? String)?.hasPrefix("Паспорт громадянина України (ID-картка)") == true)
        let yes = try #require(actionBody("Так, громадянин(ка) України", in: result.text))
        // The person answers with the welcome's button: the dialogue goes on where the link opened it.
        let answer = try await harness.fake.sendMessage(from: "u1", text: yes)
        #expect(answer.status == 200)
        #expect(harness.sent().first.map { jsonObject($0)["text"] as? String } == "Скільки повних років цій особі?")
        await harness.stop()
    }

    @Test func aLinkCodeJoinsViberToTheResident() async throws {
        let harness = try await ViberHarness()
        let web = try await harness.residents.findOrCreate(
            channel: .web, externalID: "web:abc", displayName: nil, language: .uk, hromadaID: harness.hromadaID)
        let code = try await harness.residents.createLinkCode(residentID: web.id, hromadaID: harness.hromadaID)
        let result = try await harness.fake.startConversation("u1", context: "link_" + code.code)
        #expect(
            (jsonObject(result.text)["text"] as? String)?.hasPrefix(
                "Готово: цей месенджер приєднано до вашого профілю в боті громади.\n\nВітаємо!") == true)
        let linked = try await harness.residents.resident(
            channel: .viber, externalID: "u1", hromadaID: harness.hromadaID)
        #expect(linked?.id == web.id, "the Viber account joined the web resident")
        // Used once.
        let again = try await harness.fake.startConversation("u2", context: "link_" + code.code, language: "en")
        #expect(
            (jsonObject(again.text)["text"] as? String)?.hasPrefix(
                "The joining code is wrong or has already been used.") == true)
        let other = try await harness.residents.resident(
            channel: .viber, externalID: "u2", hromadaID: harness.hromadaID)
        #expect(other != nil && other?.id != web.id)
        // A payload no route knows: the main menu with a polite note.
        let unknown = try await harness.fake.startConversation("u3", context: "zz_whatever")
        #expect(
            (jsonObject(unknown.text)["text"] as? String)?.hasPrefix(
                "Це посилання чи QR-код мені не відоме, або воно застаріло.") == true)
        await harness.stop()
    }

    @Test func theLedgerFollowsSubscribedUnsubscribedAndFailed() async throws {
        let harness = try await ViberHarness()
        func status() async throws -> ChannelStatus? {
            try await harness.database.read { db in
                try ResidentStore.channelStatus(channel: .viber, externalID: "u2", hromadaID: harness.hromadaID, in: db)
            }
        }
        #expect(try await harness.fake.playSubscribed("u2", name: "Леся").status == 200)
        let resident = try await harness.residents.resident(
            channel: .viber, externalID: "u2", hromadaID: harness.hromadaID)
        #expect(resident?.displayName == "Леся")
        #expect(try await status() == .active)
        #expect(try await harness.fake.playUnsubscribed("u2").status == 200)
        #expect(try await status() == .unsubscribed)
        _ = try await harness.fake.sendMessage(from: "u2", text: "меню")
        #expect(try await status() == .active, "a message restores the channel")
        #expect(try await harness.fake.playReceipt("failed", for: "u2", token: 11, description: "failed").status == 200)
        #expect(try await status() == .deactivated)
        // An unsubscribe of someone the bot never met changes nothing and is still 200.
        #expect(try await harness.fake.playUnsubscribed("stranger").status == 200)
        await harness.stop()
    }

    @Test func deliveredAndSeenBecomeReceiptsWithExactTokens() async throws {
        let harness = try await ViberHarness()
        #expect(
            try await harness.fake.playReceipt("delivered", for: "u1", token: 4_912_661_846_655_238_145).status == 200)
        #expect(try await harness.fake.playReceipt("seen", for: "u1", token: 4_912_661_846_655_238_145).status == 200)
        #expect(harness.receipts.map(\.kind) == [.delivered, .seen])
        #expect(harness.receipts.map(\.messageToken.digits) == ["4912661846655238145", "4912661846655238145"])
        #expect(harness.receipts.first?.userID == "u1")
        #expect(harness.receipts.first?.hromadaID == harness.hromadaID)
        await harness.stop()
    }

    @Test func receiptsOfABroadcastCountInTheMessagesStatistics() async throws {
        let harness = try await ViberHarness()
        for user in ["r1", "r2", "r3"] {
            #expect(try await harness.fake.playSubscribed(user).status == 200)
        }
        let store = NotifyStore(database: harness.database)
        let message = try await store.enqueue(
            NotifyDraft(
                hromadaID: harness.hromadaID, topic: .news, text: LocalizedText(uk: "Свято громади в неділю."),
                createdBy: .module("tests"))
        ).message
        while case .more = try await harness.database.write({ db in
            try NotifyExpansion.expandBatch(messageID: message.id, limit: 100, now: Date(), in: db)
        }) {}
        var configuration = NotifyDispatcher.Configuration()
        configuration.report = { _ in }
        let transport = ViberTransport(bot: harness.bot, client: harness.client, timeout: FakeViberAPI.callTimeout)
        await NotifyDispatcher(
            database: harness.database, source: NotificationTransportRegistry([transport]),
            configuration: configuration
        ).runUntilIdle()
        let tokens = try await harness.database.read { db in
            try db.query(
                "SELECT external_id, provider_message_id FROM notify_deliveries WHERE message_id = ? ORDER BY 1",
                message.id
            ).map { (try $0.get(0, as: String.self), try #require(Int64(try $0.get(1, as: String.self)))) }
        }
        #expect(tokens.map(\.0) == ["r1", "r2", "r3"])
        // Viber reports two on the phone, one of them seen; the third person's phone is off. A receipt for a reply
        // in a conversation (another token) changes nothing.
        #expect(try await harness.fake.playReceipt("delivered", for: "r1", token: tokens[0].1).status == 200)
        #expect(try await harness.fake.playReceipt("seen", for: "r2", token: tokens[1].1).status == 200)
        #expect(try await harness.fake.playReceipt("seen", for: "r2", token: tokens[1].1).status == 200)
        #expect(try await harness.fake.playReceipt("delivered", for: "r3", token: 1).status == 200)
        let stats = try #require(try await store.message(id: message.id, hromadaID: harness.hromadaID)).stats
        #expect(stats[.sent] == 3)
        #expect(stats.delivered == 2)
        #expect(stats.seen == 1)
        await harness.stop()
    }

    @Test func aRepeatedDeliveryIsAnsweredOnce() async throws {
        let harness = try await ViberHarness()
        let first = try await harness.fake.sendMessage(from: "u3", text: "паспорт")
        #expect(first.status == 200)
        let replies = harness.sent()
        #expect(!replies.isEmpty)
        #expect(replies.allSatisfy { jsonObject($0)["receiver"] as? String == "u3" })
        let again = try await harness.fake.post(bytes: first.sent, to: harness.webhookURL())
        #expect(again.status == 200)
        #expect(harness.sent() == replies, "nothing sent again")
        let state = try await harness.conversations.state(of: "viber:u3", hromadaID: harness.hromadaID)
        #expect(state?.position.dialogueID == "id_card")
        await harness.stop()
    }

    @Test func theOwnNumberThroughSharePhoneRaisesTheVerificationLevel() async throws {
        let harness = try await ViberHarness()
        _ = try await harness.fake.sendMessage(
            from: "u4",
            message: [
                "type": "contact", "contact": ["name": "Тарас", "phone_number": "380501234567"],
                "tracking_data": ViberRenderer.sharePhoneTracking,
            ])
        let resident = try await harness.residents.resident(
            channel: .viber, externalID: "u4", hromadaID: harness.hromadaID)
        #expect(resident?.phone == "+380501234567")
        #expect(resident?.verificationLevel == .phone)
        // Someone else's card, shared without the button, is not the sender's number.
        _ = try await harness.fake.sendMessage(
            from: "u5", message: ["type": "contact", "contact": ["name": "Мама", "phone_number": "380671112233"]])
        let other = try await harness.residents.resident(
            channel: .viber, externalID: "u5", hromadaID: harness.hromadaID)
        #expect(other?.phone == nil)
        #expect(other?.verificationLevel == .messenger)
        await harness.stop()
    }

    @Test func anEnglishSpeakerIsAnsweredInEnglish() async throws {
        let harness = try await ViberHarness()
        _ = try await harness.fake.startConversation("u6", language: "en")
        _ = try await harness.fake.sendMessage(from: "u6", text: "menu")
        let texts = harness.sent().compactMap { jsonObject($0)["text"] as? String }
        #expect(texts.contains { $0.hasPrefix("Welcome!") }, "\(texts)")
        await harness.stop()
    }
}
