import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct GlobalCommandTests {
    /// A chat at the citizenship question of the ID-card dialogue, age 35.
    func atCitizenship() async throws -> Chat {
        var chat = Chat()
        try await chat.say("/start")
        try await chat.press("Паспорт")
        try await chat.say("35")
        return chat
    }

    @Test func backReturnsToThePreviousStepWithItsAnswersThenToTheMainMenu() async throws {
        var chat = try await atCitizenship()
        #expect(chat.state?.variables["age"] == .number(35))
        try await chat.press("⬅ Назад")
        #expect(chat.node == "idcard@1:age")
        #expect(chat.texts == ["Скільки вам повних років?"])
        #expect(chat.state?.variables["age"] == nil)
        try await chat.say("назад")
        #expect(chat.node == "main@1:home")
        #expect(chat.labels == ["Паспорт", "Укриття"])
        try await chat.send(.text("Back"))
        #expect(chat.node == "main@1:home")
    }

    @Test func mainMenuClearsTheConversationFromAnyStep() async throws {
        var chat = try await atCitizenship()
        try await chat.press("🏠 Головне меню")
        #expect(chat.node == "main@1:home")
        #expect(chat.state?.history == [] && chat.state?.variables == [:])
        chat = try await atCitizenship()
        try await chat.say("Головне меню")
        #expect(chat.node == "main@1:home")
    }

    @Test func restartBeginsTheCurrentDialogueAgainKeepingEarlierSteps() async throws {
        var chat = try await atCitizenship()
        try await chat.send(.button("cmd:restart"))
        #expect(chat.texts == ["Оформимо ID-картку.", "Скільки вам повних років?"])
        #expect(chat.node == "idcard@1:age")
        #expect(chat.state?.variables == [:])
        #expect(chat.state?.history.map(\.position.description) == ["main@1:home"])
        try await chat.say("почати спочатку")
        #expect(chat.node == "idcard@1:age")
    }

    @Test func languageSwitchRepeatsTheStepInTheNewLanguage() async throws {
        var chat = try await atCitizenship()
        try await chat.send(.button("cmd:lang:en"))
        #expect(chat.texts == ["Language changed: English.", "Are you a citizen of Ukraine?"])
        #expect(chat.labels == ["Yes", "No", "⬅ Back", "🏠 Main menu"])
        #expect(chat.state?.language == .en)
        try await chat.press("Yes")
        #expect(chat.texts.contains("Done!") && chat.texts.contains("How can I help?"))
        try await chat.say("українська")
        #expect(chat.state?.language == .uk)
        #expect(chat.texts == ["Мову змінено: українська.", "Чим допомогти?", "Сайт громади"])
    }

    @Test func aButtonFromAnOldMessageIsExplainedAndTheStepShownAgain() async throws {
        var chat = Chat()
        try await chat.say("/start")
        let oldMenu = chat.last
        try await chat.press("Паспорт")
        let before = chat.state
        let shelters = oldMenu.flatMap(\.buttons).first { $0.label == "Укриття" }!
        try await chat.send(.button(shelters.payload))
        #expect(chat.texts == [EngineTestTexts.oldButton, "Скільки вам повних років?"])
        #expect(chat.state == before)
        try await chat.send(.button("garbage"))
        #expect(chat.texts.first == EngineTestTexts.oldButton)
        try await chat.say("40")
        #expect(chat.node == "idcard@1:citizen")
    }

    @Test func aStickerGetsAHelpfulAnswerAndTheStepAgainUnchanged() async throws {
        var chat = try await atCitizenship()
        let before = chat.state
        try await chat.send(.unsupported("sticker"))
        #expect(chat.texts.first?.contains("стікер") == true)
        #expect(chat.texts.last == "Ви громадянин України?")
        #expect(chat.state == before)
    }

    @Test func aVeryLongTextIsRefusedPolitelyAndChangesNothing() async throws {
        var chat = try await atCitizenship()
        let before = chat.state
        try await chat.say(String(repeating: "дуже довго ", count: 400))
        #expect(chat.texts == ["Повідомлення задовге: я читаю до 4000 символів. Напишіть, будь ласка, коротше."])
        #expect(chat.state == before)
    }

    @Test func buttonPayloadsNameTheStepAndNeverExceedTelegramsLimit() {
        let short = ConversationState.Position(dialogueID: "idcard", version: 3, nodeID: "age")
        #expect(ButtonPayload.make(short, index: 1) == "v1:idcard@3:age:1")
        #expect(ButtonPayload.index(of: "v1:idcard@3:age:1", at: short) == 1)
        #expect(ButtonPayload.index(of: "v1:idcard@2:age:1", at: short) == nil)
        let long = ConversationState.Position(
            dialogueID: String(repeating: "d", count: 40), version: 12, nodeID: "node:with:colons-and-a-long-name")
        let payload = ButtonPayload.make(long, index: 7)
        #expect(payload.utf8.count <= BotButton.maximumPayloadBytes)
        #expect(payload.hasPrefix("v1:#") && payload.hasSuffix(":7"))
        #expect(payload == ButtonPayload.make(long, index: 7))
        #expect(ButtonPayload.index(of: payload, at: long) == 7)
        var other = long
        other.version = 13
        #expect(ButtonPayload.index(of: payload, at: other) == nil)
    }

    @Test func commandsAreRecognisedTypedOrPressed() {
        #expect(GlobalCommand(.text("⬅ Назад")) == .back)
        #expect(GlobalCommand(.text("🏠 Головне меню")) == .mainMenu)
        #expect(GlobalCommand(.text("MENU")) == .mainMenu)
        #expect(GlobalCommand(.text("/start ref123")) == .start)
        #expect(GlobalCommand(.text("English")) == .language(.en))
        #expect(GlobalCommand(.button("cmd:lang:uk")) == .language(.uk))
        #expect(GlobalCommand(.text("назад до ЦНАП")) == nil)
        #expect(GlobalCommand(.button("cmd:nope")) == nil)
    }
}
