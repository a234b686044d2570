import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct GoldenTranscriptTests {
    /// The ID-card consultation from `/start` to its end, with one wrong answer and an old button on the way.
    static let golden = """
        > /start
        Чим допомогти?
        [Паспорт] [Укриття]
        🔗 Сайт громади <https://example.gov.ua>
        > [Паспорт]
        Оформимо ID-картку.
        Скільки вам повних років?
        [⬅ Назад] [🏠 Головне меню]
        > двадцять
        Введіть, будь ласка, число від 0 до 120.
        Скільки вам повних років?
        [⬅ Назад] [🏠 Головне меню]
        > 35
        Ви громадянин України?
        [Так] [Ні] [⬅ Назад] [🏠 Головне меню]
        > [Укриття]
        Ця кнопка з попереднього повідомлення. Продовжимо з того місця, де ми зараз:
        Ви громадянин України?
        [Так] [Ні] [⬅ Назад] [🏠 Головне меню]
        > [Так]
        Вам 35 років, маршрут adult.
        Готово!
        Чим допомогти?
        [Паспорт] [Укриття]
        🔗 Сайт громади <https://example.gov.ua>
        """

    @Test func theIDCardPathReadsAsTheGoldenTranscript() async throws {
        var chat = Chat()
        var transcript: [String] = []
        var firstMenu: [BotMessage] = []
        func record(_ input: String, _ reply: [BotMessage]) {
            transcript.append("> \(input)")
            transcript.append(reply.transcript)
        }
        record("/start", try await chat.say("/start"))
        firstMenu = chat.last
        record("[Паспорт]", try await chat.press("Паспорт"))
        record("двадцять", try await chat.say("двадцять"))
        record("35", try await chat.say("35"))
        let old = firstMenu.flatMap(\.buttons).first { $0.label == "Укриття" }!
        record("[Укриття]", try await chat.send(.button(old.payload)))
        record("[Так]", try await chat.press("Так"))
        #expect(transcript.joined(separator: "\n") == Self.golden)
    }
}
