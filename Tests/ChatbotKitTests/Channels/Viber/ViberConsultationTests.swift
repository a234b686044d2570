import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import Testing

/// The ID card consultation walked through the Viber webhook against the fake Viber API, checking every byte the
/// bot sends: a QR code's deep link opens it, the person presses buttons and types their age, the answer ends at
/// the main menu.
@Suite struct ViberConsultationTests {
    /// A `send_message` body as Viber must get it (keys sorted, the bot as sender), written out by hand.
    static func expected(_ text: String, buttons: [(String, String)] = [], receiver: String? = "resident-1") -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var json = "{"
        if !buttons.isEmpty {
            let list = buttons.map { body, label in
                #"{"ActionBody":\#(quoted(body)),"ActionType":"reply","Columns":6,"Rows":1,"Silent":true,"#
                    + #""Text":\#(quoted(label))}"#
            }
            json +=
                #""keyboard":{"Buttons":[\#(list.joined(separator: ","))],"DefaultHeight":false,"Type":"keyboard"},"#
        }
        json += #""min_api_version":1,"#
        if let receiver { json += #""receiver":\#(quoted(receiver)),"# }
        json += #""sender":{"avatar":"https://example.org/logo.png","name":"Вишнева громада"},"#
        json += #""text":\#(quoted(text)),"tracking_data":"","type":"text"}"#
        return json
    }

    static let back = [("cmd:back", "⬅ Назад"), ("cmd:menu", "🏠 Головне меню")]

    @Test func theIDCardConsultationThroughViber() async throws {
        let harness = try await ViberHarness()
        // The QR code on the ЦНАП's door: viber://pa?chatURI=…&context=d_id_card.
        let welcome = try await harness.fake.startConversation("resident-1", context: "d_id_card")
        #expect(welcome.status == 200)
        #expect(
            welcome.text
                == Self.expected(
                    "Паспорт громадянина України (ID-картка): підкажу, як його оформити саме у вашій ситуації.\n"
                        + "Особа, для якої оформлюють паспорт, — громадянин(ка) України?",
                    buttons: [
                        ("v1:id_card@1:cit:0", "Так, громадянин(ка) України"),
                        ("v1:id_card@1:cit:1", "Ні, іноземець / без громадянства"),
                    ] + Self.back, receiver: nil))
        #expect(harness.sent().isEmpty)

        // The person presses «Так»: Viber sends the button's ActionBody as their text.
        var start = harness.fake.requests.count
        #expect(try await harness.fake.sendMessage(from: "resident-1", text: "v1:id_card@1:cit:0").status == 200)
        #expect(harness.sent(since: start) == [Self.expected("Скільки повних років цій особі?", buttons: Self.back)])

        start = harness.fake.requests.count
        _ = try await harness.fake.sendMessage(from: "resident-1", text: "35")
        let reasons = [
            "Паспорт оформлюю вперше", "Закінчився строк / пошкоджений", "Змінилося прізвище чи інші дані",
            "Маю паспорт-книжечку", "Паспорт втрачено", "Паспорт викрадено",
        ]
        #expect(
            harness.sent(since: start) == [
                Self.expected(
                    "Яка ваша ситуація?",
                    buttons: reasons.enumerated().map { ("v1:id_card@1:reason:\($0)", $1) } + Self.back)
            ])

        start = harness.fake.requests.count
        _ = try await harness.fake.sendMessage(from: "resident-1", text: "v1:id_card@1:reason:1")
        #expect(
            harness.sent(since: start) == [
                Self.expected(
                    "Паспорт обмінюють, коли закінчився строк його дії (ID-картку, видану до 18 років, — у 18), якщо "
                        + "він пошкоджений або в ньому є помилка. Візьміть паспорт, який обмінюєте. Не відкладайте: з "
                        + "недійсним паспортом складно отримати інші послуги, відкрити рахунок чи перетнути кордон."),
                Self.expected(
                    "Під час воєнного стану чоловікам віком 18–60 років варто мати з собою військово-обліковий "
                        + "документ (паперовий або електронний у застосунку «Резерв+»): його можуть попросити пред’явити "
                        + "під час звернення."),
                Self.expected(
                    "Вартість, строки, документи та місця оформлення в нашій громаді (термінове оформлення коштує "
                        + "дорожче):"),
                Self.expected(
                    "Вартість: Вперше у 14 років — безоплатно. Обмін або замість втраченого: 618 грн (до 20 робочих "
                        + "днів), 988 грн (до 7 робочих днів).\n"
                        + "Строк: до 20 робочих днів (Термінове оформлення — до 7 робочих днів)\n"
                        + "Документи:\n• Свідоцтво про народження (для першого паспорта)\n"
                        + "• Паспорт, що підлягає обміну (за наявності)\n"
                        + "• Документ про реєстрацію місця проживання (за наявності)\n"
                        + "• Реєстраційний номер облікової картки платника податків (за наявності)\n"
                        + "• Квитанція про оплату (крім першого паспорта)\n"
                        + "Де отримати:\n• Центр надання адміністративних послуг Вишнедольської міської ради — "
                        + "вул. Шевченка, 12, м. Вишнедольськ"),
                Self.expected(
                    "Подати документи на паспорт онлайн не можна: під час оформлення фотографують і знімають відбитки "
                        + "пальців, тож потрібен особистий візит. Оформити паспорт можна в ЦНАП, підрозділі ДМС чи "
                        + "Паспортному сервісі. Одночасно можна оформити й закордонний паспорт. Після видачі ID-картки її "
                        + "цифрову копію можна додати в Дію. Якщо ваша ситуація інша або щось незрозуміло — зверніться до "
                        + "адміністратора ЦНАП: він підкаже."),
                Self.expected(
                    "Вітаємо! Я чат-бот СВОЇ вашої громади. Оберіть розділ:",
                    buttons: ["Послуги", "Я + Влада", "Моя громада", "Налаштування"].enumerated().map {
                        ("v1:main@1:start:\($0)", $1)
                    }),
            ])
        // Every request carried the bot's token; the resident exists once, reachable, at the messenger level.
        #expect(harness.fake.requests(to: "send_message").allSatisfy { $0.authToken == ViberHarness.token })
        let resident = try #require(
            try await harness.residents.resident(
                channel: .viber, externalID: "resident-1", hromadaID: harness.hromadaID))
        #expect(resident.displayName == "Тарас Шевченко")
        #expect(resident.channels.map(\.status) == [.active])
        #expect(harness.fake.deliveries.count == 8)
        await harness.stop()
    }
}
