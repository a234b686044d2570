import ChatbotKit
import Foundation
import SvoyiCore
import Synchronization
import Testing

@Suite struct DialogueEngineNodeTests {
    @Test func aNewConversationStartsAtTheMainMenuWithoutNavigationButtons() async throws {
        var chat = Chat()
        try await chat.say("/start")
        #expect(chat.texts == ["Чим допомогти?", "Сайт громади"])
        #expect(chat.labels == ["Паспорт", "Укриття"])
        #expect(chat.last[1].kind == .link && chat.last[1].url == "https://example.gov.ua")
        #expect(chat.node == "main@1:home")
        #expect(chat.state?.startedAt == EngineFixtures.now)
    }

    @Test func aMenuButtonWalksMessagesUntilAQuestionAndOffersBackAndMenu() async throws {
        var chat = Chat()
        try await chat.say("/start")
        try await chat.press("Паспорт")
        #expect(chat.texts == ["Оформимо ID-картку.", "Скільки вам повних років?"])
        #expect(chat.labels == ["⬅ Назад", "🏠 Головне меню"])
        #expect(chat.node == "idcard@1:age")
        #expect(chat.state?.history.map(\.position.description) == ["main@1:home"])
    }

    @Test func conditionsPickTheFirstTransitionThatHolds() async throws {
        var minor = Chat()
        try await minor.say("/start")
        try await minor.press("Паспорт")
        try await minor.say("12")
        // `end` says its text, then the main menu follows and Back has nothing left.
        #expect(
            minor.texts == ["До 14 років ID-картку оформлюють за бажанням батьків.", "Чим допомогти?", "Сайт громади"])
        #expect(minor.node == "main@1:home")
        #expect(minor.state?.history == [])
        #expect(minor.state?.variables == [:])

        var adult = Chat()
        try await adult.say("/start")
        try await adult.press("Паспорт")
        try await adult.say("35")
        #expect(adult.node == "idcard@1:citizen")
        #expect(adult.labels == ["Так", "Ні", "⬅ Назад", "🏠 Головне меню"])
        try await adult.press("Так")
        // `set` copies a variable and a literal; `{{missing}}` renders empty.
        #expect(adult.texts.prefix(2) == ["Вам 35 років, маршрут adult.", "Готово!"])

        var foreigner = Chat()
        try await foreigner.say("/start")
        try await foreigner.press("Паспорт")
        try await foreigner.say("35")
        try await foreigner.press("Ні")
        // `goto` jumps straight to the end.
        #expect(foreigner.texts.first == "Готово!")
    }

    @Test func conditionOperatorsCompareNumbersTextsDatesAndLists() {
        let variables: [String: ConversationValue] = [
            "age": .number(20), "city": .text("Київ"), "born": .date(CivilDate(year: 2000, month: 5, day: 1)!),
        ]
        func holds(_ json: String) -> Bool {
            let condition = try! JSONDecoder().decode(DialogueCondition.self, from: Data(json.utf8))
            return condition.holds(for: variables)
        }
        #expect(holds(#"{"var": "age", "op": "ge", "value": 20}"#))
        #expect(!holds(#"{"var": "age", "op": "gt", "value": 20}"#))
        #expect(holds(#"{"var": "city", "op": "eq", "value": "київ"}"#))
        #expect(holds(#"{"var": "city", "op": "in", "value": ["Львів", "Київ"]}"#))
        #expect(holds(#"{"var": "born", "op": "lt", "value": "2001-01-01"}"#))
        #expect(holds(#"{"not": {"var": "phone", "op": "isSet"}}"#))
        #expect(holds(#"{"var": "phone", "op": "ne", "value": "x"}"#))
        #expect(!holds(#"{"var": "phone", "op": "eq", "value": "x"}"#))
        #expect(
            holds(
                #"{"any": [{"var": "age", "op": "lt", "value": 18}, {"var": "city", "op": "matches", "value": "К.*"}]}"#
            ))
        #expect(!holds(#"{"all": [{"var": "age", "op": "lt", "value": 18}, {"var": "city", "op": "isSet"}]}"#))
    }

    @Test func templatesFillVariablesAndLeaveUnknownOnesEmpty() {
        let variables: [String: ConversationValue] = ["name": .text("Олена"), "n": .number(3)]
        #expect(TextTemplate.render("Привіт, {{ name }}! {{n}} {{x}}.", variables: variables) == "Привіт, Олена! 3 .")
        #expect(TextTemplate.render("без {{закриття", variables: variables) == "без {{закриття")
    }

    @Test func actionsStoreTheirVariablesShowTheirMessagesAndUnknownOnesApologise() async throws {
        let echo = ConversationAction(name: "test.echo", summary: "Echo") { call in
            ConversationActionResult(
                messages: [.text("Отримано \(call.arguments["what"]?.description ?? "-") (\(call.language.rawValue))")],
                variables: ["echoed": .bool(true)])
        }
        let flow = EngineFixtures.dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "flow", "version": 1, "kind": "information",
             "title": {"uk": "Дії"}, "start": "a",
             "nodes": {
               "a": {"kind": "action", "action": "test.echo", "arguments": {"what": "заява"}, "next": [{"goto": "b"}]},
               "b": {"kind": "action", "action": "no.such", "next": [{"goto": "c"}]},
               "c": {"kind": "menu", "text": {"uk": "echoed={{echoed}}"}, "options": []}
             }}
            """)
        let lines = LogLines()
        var chat = Chat(EngineFixtures.context([EngineFixtures.main, flow], actions: [echo], log: lines.sink))
        try await chat.send(.button("cmd:start"))
        try await chat.say("дії")  // the title, matched from free text
        #expect(chat.texts == ["Отримано заява (uk)", EngineTestTexts.actionFailed, "echoed=так"])
        #expect(chat.state?.variables["echoed"] == .bool(true))
        #expect(lines.all.contains { $0.contains("unknown action no.such") })
    }

    @Test func aLoopingDialogueEndsAtTheMainMenuWithAnApology() async throws {
        let loop = EngineFixtures.dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "loop", "version": 1, "kind": "information",
             "title": {"uk": "Петля"}, "start": "a",
             "nodes": {"a": {"kind": "goto", "goto": "b"}, "b": {"kind": "goto", "goto": "a"}}}
            """)
        var chat = Chat(EngineFixtures.context([EngineFixtures.main, loop]))
        try await chat.say("петля")
        #expect(chat.texts.first == EngineTestTexts.broken)
        #expect(chat.node == "main@1:home")
    }

    @Test func withoutAMainMenuTheBotApologisesAndTriesAgainNextTime() async throws {
        var chat = Chat(EngineFixtures.context([EngineFixtures.idCard()]))
        try await chat.say("/start")
        #expect(chat.texts == ["Вибачте, бот зараз налаштовується. Спробуйте трохи пізніше або зверніться до ЦНАП."])
        try await chat.say("паспорт")
        #expect(chat.node == "main@0:")
        #expect(chat.texts.count == 1)
    }
}

/// Texts the engine says, as the tests expect them.
enum EngineTestTexts {
    static let actionFailed = "Вибачте, цю дію зараз не вдалося виконати. Спробуйте пізніше або зверніться до ЦНАП."
    static let broken = "Вибачте, у цьому розділі сталася помилка. Повертаю вас до головного меню."
    static let notUnderstood = "Я не зрозумів запитання. Оберіть, будь ласка, розділ у меню або сформулюйте інакше."
    static let oldButton = "Ця кнопка з попереднього повідомлення. Продовжимо з того місця, де ми зараз:"
}

/// Collects log lines.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    var sink: LogSink { LogSink { line in self.lines.withLock { $0.append(line) } } }
    var all: [String] { lines.withLock { $0 } }
}
