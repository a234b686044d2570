import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct TelegramRendererTests {
    let renderer = TelegramRenderer()

    func json(_ calls: [TelegramCall]) -> [String] {
        calls.map { "\($0.method) " + String(decoding: TelegramAPI.encode($0), as: UTF8.self) }
    }

    @Test func aTextWithButtonsIsEscapedHTMLWithAnInlineKeyboard() {
        let message = BotMessage.text(
            "Оберіть <послугу> & дію",
            buttons: [
                BotButton(label: "Паспорт", payload: "v1:id_card@1:start:0"),
                BotButton(label: "⬅ Назад", payload: "cmd:back"),
                BotButton(label: "🏠 Головне меню", payload: "cmd:menu"),
            ])
        #expect(
            json(renderer.calls(for: [message], context: .init(chatID: 42))) == [
                #"sendMessage {"chat_id":42,"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:id_card@1:start:0","text":"Паспорт"}],[{"callback_data":"cmd:back","text":"⬅ Назад"},{"callback_data":"cmd:menu","text":"🏠 Головне меню"}]]},"text":"Оберіть &lt;послугу&gt; &amp; дію"}"#
            ])
    }

    @Test func answeringAButtonEditsTheMessageThatCarriedIt() {
        let reply: [BotMessage] = [
            .text("Крок 2", buttons: [BotButton(label: "Так", payload: "v1:a@1:q:0")]), .text("Примітка"),
        ]
        #expect(
            json(renderer.calls(for: reply, context: .init(chatID: 42, editing: 77))) == [
                #"editMessageText {"chat_id":42,"message_id":77,"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:a@1:q:0","text":"Так"}]]},"text":"Крок 2"}"#,
                #"sendMessage {"chat_id":42,"parse_mode":"HTML","text":"Примітка"}"#,
            ])
        // A first message that is a place cannot replace a text: everything is sent anew.
        let place = [BotMessage.location("ЦНАП", latitude: 50.45, longitude: 30.52, address: "вул. Б, 1")]
        #expect(renderer.calls(for: place, context: .init(chatID: 42, editing: 77)).map(\.method) == ["sendVenue"])
    }

    @Test func placesLinksAndRequests() {
        let reply: [BotMessage] = [
            .location("Укриття № 3", latitude: 50.4501, longitude: 30.5234, address: "вул. Шкільна, 1 & 2"),
            .location("Пункт", latitude: 50.1, longitude: 30.2, address: nil),
            .link("Дія <онлайн>", url: "https://diia.gov.ua/services?a=1&b=2"),
            .request(.contact, prompt: "📱 Поділитися номером"),
            .request(.location, prompt: "📍 Надіслати геолокацію"),
        ]
        #expect(
            json(renderer.calls(for: reply, context: .init(chatID: -5))) == [
                #"sendVenue {"address":"вул. Шкільна, 1 & 2","chat_id":-5,"latitude":50.4501,"longitude":30.5234,"title":"Укриття № 3"}"#,
                #"sendLocation {"chat_id":-5,"latitude":50.1,"longitude":30.2}"#,
                #"sendMessage {"chat_id":-5,"link_preview_options":{"is_disabled":true},"parse_mode":"HTML","text":"🔗 <a href=\"https://diia.gov.ua/services?a=1&amp;b=2\">Дія &lt;онлайн&gt;</a>"}"#,
                #"sendMessage {"chat_id":-5,"parse_mode":"HTML","reply_markup":{"keyboard":[[{"request_contact":true,"text":"📱 Поділитися номером"}]],"one_time_keyboard":true,"resize_keyboard":true},"text":"📱 Поділитися номером"}"#,
                #"sendMessage {"chat_id":-5,"parse_mode":"HTML","reply_markup":{"keyboard":[[{"request_location":true,"text":"📍 Надіслати геолокацію"}]],"one_time_keyboard":true,"resize_keyboard":true},"text":"📍 Надіслати геолокацію"}"#,
            ])
    }

    @Test func theRequestKeyboardGoesWithTheNextReply() {
        let plain = renderer.calls(
            for: [.text("Дякуємо", buttons: [BotButton(label: "Далі", payload: "v1:a@1:b:0")]), .text("Без кнопок")],
            context: .init(chatID: 1, removeKeyboard: true, acknowledgement: "✅ Отримано"))
        #expect(
            json(plain) == [
                #"sendMessage {"chat_id":1,"parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"callback_data":"v1:a@1:b:0","text":"Далі"}]]},"text":"Дякуємо"}"#,
                #"sendMessage {"chat_id":1,"parse_mode":"HTML","reply_markup":{"remove_keyboard":true},"text":"Без кнопок"}"#,
            ])
        // When every message has buttons, a short acknowledgement carries the removal first.
        let buttons = renderer.calls(
            for: [.text("Далі?", buttons: [BotButton(label: "Так", payload: "v1:a@1:b:0")])],
            context: .init(chatID: 1, removeKeyboard: true, acknowledgement: "✅ Отримано"))
        #expect(
            json(buttons).first
                == #"sendMessage {"chat_id":1,"parse_mode":"HTML","reply_markup":{"remove_keyboard":true},"text":"✅ Отримано"}"#
        )
        #expect(buttons.count == 2)
        // A reply that asks again keeps the keyboard.
        let again = renderer.calls(
            for: [.text("Не той номер"), .request(.contact, prompt: "📱")],
            context: .init(chatID: 1, removeKeyboard: true))
        #expect(!json(again).joined().contains("remove_keyboard"))
    }

    @Test func longTextsAreSplitWithTheButtonsUnderTheLastPart() {
        let long = String(repeating: "Рядок про документи & довідки.\n", count: 300)
        let calls = renderer.calls(
            for: [.text(long, buttons: [BotButton(label: "Меню", payload: "cmd:menu")])],
            context: .init(chatID: 9, editing: 5))
        #expect(calls.count == 3 && calls.allSatisfy { $0.method == "sendMessage" })  // too long to edit in place
        for (index, call) in calls.enumerated() {
            guard case .sendMessage(let send) = call else { continue }
            #expect(send.text.replacingOccurrences(of: "&amp;", with: "&").utf16.count <= 4096)
            #expect((send.replyMarkup != nil) == (index == calls.count - 1))
        }
    }

    @Test func payloadsOverSixtyFourBytesNeverBecomeCallbackData() {
        let calls = renderer.calls(
            for: [
                .text(
                    "x",
                    buttons: [
                        BotButton(label: "ok", payload: "cmd:menu"),
                        BotButton(label: "too long", payload: String(repeating: "я", count: 33)),
                    ])
            ], context: .init(chatID: 1))
        #expect(!json(calls)[0].contains("too long"))
    }
}
