import ChatbotKit
import SvoyiCore
import Testing

/// The shipped dialogues pass the same validator that guards publishing, against the demo catalogue and the actions
/// the core module provides.
@Suite struct ShippedDialoguesValidationTests {
    @Test func everyShippedDialoguePassesTheValidatorAsOneSet() throws {
        let validator = DialogueValidator(
            knownActions: Set(CoreModule().conversationActions.map(\.name)),
            catalogueCodes: Set(DemoHromada.bundle.services.map(\.code)), knownDialogues: nil,
            today: CivilDate("2026-11-22")!)
        let problems = validator.validate(set: ShippedDialogues.all)
        let errors = problems.errors
        #expect(errors.isEmpty, "\(errors.prefix(20).map { "\($0.dialogueID) \($0.path) \($0.code)" })")
        #expect(ShippedDialogues.all.count >= 30)
    }
}
