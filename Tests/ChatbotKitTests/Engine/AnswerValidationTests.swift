import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct AnswerValidationTests {
    static func question(_ input: String, _ extra: String = "") -> DialogueNode.Question {
        let json =
            #"{"kind": "question", "variable": "v", "input": "\#(input)", "text": {"uk": "?"}, "next": []\#(extra)}"#
        guard case .question(let question) = try! JSONDecoder().decode(DialogueNode.self, from: Data(json.utf8)) else {
            fatalError("not a question")
        }
        return question
    }

    func check(_ input: ResidentInput, _ question: DialogueNode.Question) -> AnswerValidator.Outcome {
        AnswerValidator.check(input, for: question, language: .uk)
    }

    func rejected(_ outcome: AnswerValidator.Outcome) -> Bool {
        if case .rejected = outcome { return true }
        return false
    }

    @Test func numbersAcceptCommasSpacesAndLimits() {
        let question = Self.question("number", #", "validation": {"min": 0, "max": 120}"#)
        #expect(check(.text("12"), question) == .accepted(.number(12)))
        #expect(check(.text(" 12,5 "), question) == .accepted(.number(12.5)))
        #expect(check(.text("1 00"), question) == .accepted(.number(100)))
        #expect(check(.text("121"), question) == .rejected(hint: "Введіть, будь ласка, число від 0 до 120."))
        #expect(check(.text("дванадцять"), question) == .rejected(hint: "Введіть, будь ласка, число від 0 до 120."))
        #expect(rejected(check(.text("nan"), question)))
        #expect(rejected(check(.text("inf"), question)))
        let english = AnswerValidator.check(.text("-1"), for: question, language: .en)
        #expect(english == .rejected(hint: "Please enter a number from 0 to 120."))
    }

    @Test func datesAcceptBothFormatsWithinLimits() {
        let question = Self.question("date", #", "validation": {"minDate": "1900-01-01", "maxDate": "2026-11-25"}"#)
        let day = CivilDate(year: 1991, month: 8, day: 24)!
        #expect(check(.text("24.08.1991"), question) == .accepted(.date(day)))
        #expect(check(.text("1991-08-24"), question) == .accepted(.date(day)))
        #expect(check(.text("4.8.1991"), question) == .accepted(.date(CivilDate(year: 1991, month: 8, day: 4)!)))
        for wrong in ["31.02.2020", "24.08.91", "2027-01-01", "01.01.1899", "вчора"] {
            guard case .rejected(let hint) = check(.text(wrong), question) else {
                Issue.record("\(wrong) accepted")
                continue
            }
            #expect(hint.contains("ДД.ММ.РРРР"))
        }
    }

    @Test func choicesAcceptTypedLabelsAndValuesInAnyCase() {
        let question = Self.question(
            "choice",
            #", "options": [{"value": "ua", "label": {"uk": "Україна", "en": "Ukraine"}}, {"value": "other", "label": {"uk": "Інше"}}]"#
        )
        #expect(check(.text("україна"), question) == .accepted(.text("ua")))
        #expect(check(.text("UKRAINE"), question) == .accepted(.text("ua")))
        #expect(check(.text("other"), question) == .accepted(.text("other")))
        #expect(check(.text("Польща"), question) == .rejected(hint: "Оберіть, будь ласка, один із варіантів кнопкою."))
    }

    @Test func textsKeepToTheirLengthAndPattern() {
        let plain = Self.question("text")
        #expect(check(.text("  вул. Шевченка, 1  "), plain) == .accepted(.text("вул. Шевченка, 1")))
        #expect(
            check(.text(String(repeating: "а", count: 1001)), plain)
                == .rejected(hint: "Відповідь має бути не довшою за 1000 символів."))
        #expect(
            check(.text("   "), plain) == .rejected(hint: "Перевірте, будь ласка, відповідь і надішліть її ще раз."))
        let code = Self.question("text", #", "validation": {"maxLength": 10, "pattern": "[0-9]{10}"}"#)
        #expect(check(.text("1234567890"), code) == .accepted(.text("1234567890")))
        #expect(
            check(.text("123456789"), code)
                == .rejected(hint: "Перевірте, будь ласка, відповідь і надішліть її ще раз."))
        #expect(check(.text("12345678901"), code) == .rejected(hint: "Відповідь має бути не довшою за 10 символів."))
    }

    @Test func locationContactAndPhotoComeFromTheirOwnInputs() {
        #expect(
            check(.location(latitude: 49.1, longitude: 31.2), Self.question("location"))
                == .accepted(.location(latitude: 49.1, longitude: 31.2)))
        #expect(rejected(check(.text("вул. Шевченка"), Self.question("location"))))
        #expect(
            check(.contact(phone: "+380501234567", isOwn: true), Self.question("contact"))
                == .accepted(.text("+380501234567")))
        // Someone else's contact is not the resident's own number.
        #expect(
            check(.contact(phone: "+380501234567", isOwn: false), Self.question("contact"))
                == .rejected(hint: "Надішліть, будь ласка, свій номер кнопкою «📱 Поділитися номером»."))
        #expect(check(.photo(reference: "file-1"), Self.question("photo")) == .accepted(.text("file-1")))
        #expect(check(.text("фото"), Self.question("photo")) == .rejected(hint: "Надішліть, будь ласка, фото."))
    }

    @Test func aQuestionsOwnInvalidTextReplacesTheDefaultHint() {
        let question = Self.question("number", #", "invalid": {"uk": "Лише цифрами, будь ласка", "en": "Digits only"}"#)
        #expect(check(.text("abc"), question) == .rejected(hint: "Лише цифрами, будь ласка"))
        #expect(AnswerValidator.check(.text("abc"), for: question, language: .en) == .rejected(hint: "Digits only"))
    }

    @Test func wrongAnswersAreRetriedThenGiveUpGoesWhereTheQuestionSays() async throws {
        let form = EngineFixtures.dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "form", "version": 1, "kind": "information",
             "title": {"uk": "Анкета"}, "start": "born",
             "nodes": {
               "born": {"kind": "question", "variable": "born", "input": "date", "text": {"uk": "Дата народження?"},
                        "maxRetries": 3, "giveUp": "help", "next": [{"goto": "done"}]},
               "help": {"kind": "end", "text": {"uk": "Зверніться до ЦНАП особисто."}},
               "done": {"kind": "end", "text": {"uk": "Дякуємо, {{born}}"}}
             }}
            """)
        var chat = Chat(EngineFixtures.context([EngineFixtures.main, form]))
        try await chat.say("анкета")
        #expect(chat.node == "form@1:born")
        try await chat.say("вчора")
        #expect(
            chat.texts == ["Введіть, будь ласка, дату у форматі ДД.ММ.РРРР, наприклад 24.08.1991", "Дата народження?"])
        #expect(chat.state?.retries == 1)
        try await chat.say("31.02.2000")
        #expect(chat.state?.retries == 2)
        try await chat.say("24.08.1991")
        #expect(chat.texts.first == "Дякуємо, 24.08.1991")
        #expect(chat.state?.retries == 0)

        try await chat.say("анкета")
        for wrong in ["a", "b"] { try await chat.say(wrong) }
        #expect(chat.node == "form@1:born")
        try await chat.say("c")
        #expect(
            chat.texts.prefix(2) == [
                "Схоже, з цим кроком виникли труднощі. Спробуймо інакше.", "Зверніться до ЦНАП особисто.",
            ])
        #expect(chat.node == "main@1:home")
    }

    @Test func withoutGiveUpTwoWrongAnswersLeadToTheMainMenu() async throws {
        var chat = Chat()
        try await chat.say("паспорт")
        try await chat.say("сто п'ятдесят")
        #expect(chat.node == "idcard@1:age")
        try await chat.say("200")
        #expect(chat.texts.first == "Схоже, з цим кроком виникли труднощі. Спробуймо інакше.")
        #expect(chat.node == "main@1:home")
    }
}
