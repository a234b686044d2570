import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// The bot's messages as Viber `send_message` bodies, byte for byte.
@Suite struct ViberRendererTests {
    let renderer = ViberRenderer(sender: ViberSender(name: "Вишнева громада", avatar: "https://example.org/logo.png"))

    func json(_ messages: [ViberSendMessage]) -> [String] {
        messages.map { String(decoding: $0.jsonBytes(), as: UTF8.self) }
    }

    @Test func aTextWithButtonsIsOneMessageWithAReplyKeyboard() {
        let reply: [BotMessage] = [
            .text(
                "Оберіть <послугу> & тему",
                buttons: [
                    BotButton(label: "Паспорт <ID>", payload: "v1:main@1:home:0"),
                    BotButton(label: "Назад", payload: "cmd:back"),
                ])
        ]
        #expect(
            json(renderer.render(reply, receiver: "01234567890A=")) == [
                #"{"keyboard":{"Buttons":[{"ActionBody":"v1:main@1:home:0","ActionType":"reply","Columns":6,"Rows":1,"#
                    + #""Silent":true,"Text":"Паспорт &lt;ID&gt;"},{"ActionBody":"cmd:back","ActionType":"reply","#
                    + #""Columns":6,"Rows":1,"Silent":true,"Text":"Назад"}],"DefaultHeight":false,"Type":"keyboard"},"#
                    + #""min_api_version":1,"receiver":"01234567890A=","sender":{"avatar":"https://example.org/logo.png","#
                    + #""name":"Вишнева громада"},"text":"Оберіть <послугу> & тему","tracking_data":"","type":"text"}"#
            ])
    }

    @Test func aPlaceIsItsNameAndAddressThenThePin() {
        let reply: [BotMessage] = [
            .location("ЦНАП", latitude: 49.4444, longitude: 32.0598, address: "вул. Шевченка, 1")
        ]
        #expect(
            json(renderer.render(reply, receiver: "u1")) == [
                #"{"min_api_version":1,"receiver":"u1","sender":{"avatar":"https://example.org/logo.png","#
                    + #""name":"Вишнева громада"},"text":"📍 ЦНАП\nвул. Шевченка, 1","tracking_data":"","type":"text"}"#,
                #"{"location":{"lat":49.4444,"lon":32.0598},"min_api_version":1,"receiver":"u1","#
                    + #""sender":{"avatar":"https://example.org/logo.png","name":"Вишнева громада"},"tracking_data":"","#
                    + #""type":"location"}"#,
            ])
    }

    @Test func allButtonsOfAReplyGoOnItsLastMessage() {
        let reply: [BotMessage] = [
            .text("Перший", buttons: [BotButton(label: "Так", payload: "v1:q@1:a:0")]),
            .link("Дія", url: "https://diia.gov.ua"),
        ]
        let bodies = renderer.render(reply, receiver: "u1")
        #expect(bodies.map(\.text) == ["Перший", "Дія\nhttps://diia.gov.ua"])
        #expect(bodies[0].keyboard == nil)
        #expect(bodies[1].keyboard?.buttons.map(\.action) == [.reply, .openURL])
        #expect(bodies[1].keyboard?.buttons.map(\.actionBody) == ["v1:q@1:a:0", "https://diia.gov.ua"])
        #expect(bodies[1].keyboard?.buttons.map(\.silent) == [true, false])
        #expect(bodies[1].minAPIVersion == 1)
    }

    @Test func requestsBecomeLocationPickerAndSharePhoneButtonsAtAPILevel3() {
        let contact = renderer.render(
            [
                .text("Ваш номер?", buttons: [BotButton(label: "Назад", payload: "cmd:back")]),
                .request(.contact, prompt: "📱 Поділитися номером"),
            ], receiver: "u1")
        #expect(
            json(contact) == [
                #"{"keyboard":{"Buttons":[{"ActionBody":"cmd:back","ActionType":"reply","Columns":6,"Rows":1,"#
                    + #""Silent":true,"Text":"Назад"},{"ActionBody":"phone","ActionType":"share-phone","Columns":6,"#
                    + #""Rows":1,"Text":"📱 Поділитися номером"}],"DefaultHeight":false,"Type":"keyboard"},"#
                    + #""min_api_version":3,"receiver":"u1","sender":{"avatar":"https://example.org/logo.png","#
                    + #""name":"Вишнева громада"},"text":"Ваш номер?","tracking_data":"svoyi:share-phone","type":"text"}"#
            ])
        let location = renderer.render([.request(.location, prompt: "📍 Надіслати геолокацію")], receiver: "u1")
        #expect(location.count == 1)
        #expect(location[0].text == "📍 Надіслати геолокацію", "a request alone still needs a message to carry it")
        #expect(location[0].keyboard?.buttons.first?.action == .locationPicker)
        #expect(location[0].minAPIVersion == 3)
        #expect(location[0].trackingData == "")
    }

    @Test func aTextLongerThan7000CharactersIsSplitAtAParagraph() {
        let first = String(repeating: "Абзац перший. ", count: 300)  // 4,200 characters
        let second = String(repeating: "Абзац другий. ", count: 300)
        let bodies = renderer.render([.text(first + "\n\n" + second)], receiver: "u1")
        #expect(bodies.count == 2)
        #expect(bodies[0].text == first.trimmingCharacters(in: .whitespaces))
        #expect(bodies[1].text == second)
        let word = String(repeating: "я", count: 16_000)  // no place to break: cut at the limit
        let parts = ViberRenderer.split(word)
        #expect(parts.map(\.count) == [7_000, 7_000, 2_000])
        #expect(parts.joined() == word)
        #expect(ViberRenderer.split("") == [])
    }

    @Test func theWelcomeIsOneMessageWithoutAReceiver() {
        let welcome = renderer.welcome([
            .text("Готово."),
            .text("Чим допомогти?", buttons: [BotButton(label: "Послуги", payload: "v1:main@1:home:0")]),
            .location("ЦНАП", latitude: 49, longitude: 32, address: "вул. Шевченка, 1"),
        ])
        #expect(welcome.receiver == nil)
        #expect(welcome.text == "Готово.\n\nЧим допомогти?\n\n📍 ЦНАП\nвул. Шевченка, 1")
        #expect(welcome.keyboard?.buttons.map(\.actionBody) == ["v1:main@1:home:0"])
        let text = String(decoding: welcome.jsonBytes(), as: UTF8.self)
        #expect(!text.contains("receiver"))
        #expect(text.contains(#""tracking_data":"""#))
    }

    @Test func aPlainReplyHasNoKeyboardAndEmptyTextIsDropped() {
        let bodies = renderer.render([.text(""), .text("Дякуємо!")], receiver: "u1")
        #expect(bodies.map(\.text) == ["Дякуємо!"])
        #expect(bodies[0].keyboard == nil)
        #expect(!String(decoding: bodies[0].jsonBytes(), as: UTF8.self).contains("keyboard"))
    }
}
