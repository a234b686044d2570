import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// The shipped ID card consultation, walked as a resident would in Telegram: through the webhook, against the fake
/// Bot API, checking the exact JSON the bot sends at each step.
@Suite struct TelegramConsultationTests {
    /// The `callback_data` of the button labelled `label` in the newest keyboard sent.
    func payload(_ label: String, in harness: TelegramHarness) throws -> String {
        for request in harness.fake.requests.reversed() where request.body.contains("inline_keyboard") {
            let object = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any]
            let markup = object?["reply_markup"] as? [String: Any]
            let rows = markup?["inline_keyboard"] as? [[[String: Any]]] ?? []
            if let button = rows.joined().first(where: { $0["text"] as? String == label }) {
                return try #require(button["callback_data"] as? String)
            }
        }
        throw TestFailure(description: "no button «\(label)»")
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Method and body of the requests from index `start` on.
    func calls(_ harness: TelegramHarness, from start: Int) -> [String] {
        harness.fake.requests.dropFirst(start).map { "\($0.method) \($0.body)" }
    }

    @Test func theIDCardConsultationThroughTheWebhook() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let chat = TelegramHarness.chat
        var update: Int64 = 1000
        func say(_ text: String) async -> Int {
            update += 1
            return await harness.post(TelegramHarness.text(text, update: update))
        }
        func press(_ label: String) async throws -> Int {
            update += 1
            let message = try #require(harness.fake.texts(chat: chat).keys.max())
            return await harness.post(
                TelegramHarness.press(try payload(label, in: harness), update: update, message: message))
        }
        let back =
            #"{"callback_data":"cmd:back","text":"⬅ Назад"},{"callback_data":"cmd:menu","text":"🏠 Головне меню"}"#

        // 1. /start: the main menu as a new message.
        #expect(await say("/start") == 200)
        #expect(
            calls(harness, from: 0) == [
                #"sendMessage {"chat_id":7000000001,"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:main@1:start:0","text":"Послуги"}],[{"callback_data":"v1:main@1:start:1","text":"Я + Влада"}],[{"callback_data":"v1:main@1:start:2","text":"Моя громада"}],[{"callback_data":"v1:main@1:start:3","text":"Налаштування"}]]},"text":"Вітаємо! Я чат-бот СВОЇ вашої громади. Оберіть розділ:"}"#
            ])
        let menuMessage = try #require(harness.fake.texts(chat: chat).keys.max())

        // 2. Services → Personal documents → ID card: each press edits the same message and is answered.
        var mark = harness.fake.requests.count
        #expect(try await press("Послуги") == 200)
        var sent = calls(harness, from: mark)
        #expect(sent.count == 2)
        #expect(
            sent[0].hasPrefix(
                #"editMessageText {"chat_id":7000000001,"message_id":\#(menuMessage),"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:services@1:start:0","text":"Особисті документи"}]"#
            ))
        #expect(sent[1] == #"answerCallbackQuery {"callback_query_id":"cb1002"}"#)
        #expect(try await press("Особисті документи") == 200)
        mark = harness.fake.requests.count
        #expect(try await press("Паспорт (ID-картка)") == 200)
        sent = calls(harness, from: mark)
        #expect(
            sent == [
                #"editMessageText {"chat_id":7000000001,"message_id":\#(menuMessage),"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:id_card@1:cit:0","text":"Так, громадянин(ка) України"}],[{"callback_data":"v1:id_card@1:cit:1","text":"Ні, іноземець / без громадянства"}],[\#(back)]]},"text":"Паспорт громадянина України (ID-картка): підкажу, як його оформити саме у вашій ситуації.\nОсоба, для якої оформлюють паспорт, — громадянин(ка) України?"}"#,
                #"answerCallbackQuery {"callback_query_id":"cb1004"}"#,
            ])

        // 3. Citizen → the age question, typed.
        mark = harness.fake.requests.count
        #expect(try await press("Так, громадянин(ка) України") == 200)
        #expect(
            calls(harness, from: mark) == [
                #"editMessageText {"chat_id":7000000001,"message_id":\#(menuMessage),"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[\#(back)]]},"text":"Скільки повних років цій особі?"}"#,
                #"answerCallbackQuery {"callback_query_id":"cb1005"}"#,
            ])
        mark = harness.fake.requests.count
        #expect(await say("14") == 200)
        sent = calls(harness, from: mark)
        #expect(sent.count == 1)
        #expect(
            sent[0].hasPrefix(
                #"sendMessage {"chat_id":7000000001,"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:id_card@1:reason:0","text":"Паспорт оформлюю вперше"}]"#
            ))
        #expect(sent[0].hasSuffix(#"[\#(back)]]},"text":"Яка ваша ситуація?"}"#))

        // 4. First passport at 14 → where the birth certificate was issued.
        mark = harness.fake.requests.count
        let reasonMessage = try #require(harness.fake.texts(chat: chat).keys.max())
        #expect(try await press("Паспорт оформлюю вперше") == 200)
        sent = calls(harness, from: mark)
        #expect(
            sent.first?.hasPrefix(
                #"editMessageText {"chat_id":7000000001,"message_id":\#(reasonMessage),"parse_mode":"HTML","text":"Перший паспорт у 14 років оформлюють безоплатно;"#
            ) == true)
        #expect(sent.contains { $0.contains(#""text":"Де видано свідоцтво про народження?""#) })
        #expect(sent.last == #"answerCallbackQuery {"callback_query_id":"cb1007"}"#)

        // 5. Issued in Ukraine → the answer, the facts from the catalogue, and the main menu again.
        mark = harness.fake.requests.count
        #expect(try await press("В Україні (органом ДРАЦС)") == 200)
        sent = calls(harness, from: mark)
        #expect(sent.count >= 3)
        #expect(
            sent.dropLast().last?.contains(#""text":"Вітаємо! Я чат-бот СВОЇ вашої громади. Оберіть розділ:""#) == true)
        #expect(sent.last == #"answerCallbackQuery {"callback_query_id":"cb1008"}"#)

        // Every call was accepted by the fake's validation (HTML, lengths, keyboards), and every press answered.
        #expect(harness.log.lines.withLock { $0 }.isEmpty)
        #expect(harness.fake.answeredCallbacks == (1002...1008).filter { $0 != 1006 }.map { "cb\($0)" })
        let accepted = harness.fake.sentCount(chat: chat)
        #expect(accepted == harness.fake.requests.filter { $0.method != "answerCallbackQuery" }.count)
    }
}
