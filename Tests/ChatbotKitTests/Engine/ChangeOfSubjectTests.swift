import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Typed words that name another topic while a button is expected change the subject instead of counting as a
/// wrong answer; Back returns to the question.
@Suite struct ChangeOfSubjectTests {
    @Test func askingForAShelterInTheMiddleOfAConsultationGoesThereAndBackReturns() async throws {
        var chat = Chat(EngineFixtures.context(ShippedDialogues.all))
        try await chat.say("закордонний паспорт")
        let question = chat.texts.joined(separator: "\n")
        #expect(question.contains("громадянин"))
        try await chat.say("де найближче укриття?")
        #expect(chat.state?.position.dialogueID == "shelters")
        #expect(chat.state?.retries == 0)
        try await chat.press("⬅ Назад")
        #expect(chat.state?.position.dialogueID == "foreign_passport")
        #expect(chat.texts.joined(separator: "\n") == question)
    }

    @Test func gibberishIsStillAWrongAnswer() async throws {
        var chat = Chat(EngineFixtures.context(ShippedDialogues.all))
        try await chat.say("закордонний паспорт")
        try await chat.say("ываыва")
        #expect(chat.state?.position.dialogueID == "foreign_passport")
        #expect(chat.state?.retries == 1)
    }
}
