import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// One test per structural check: each feeds a minimal bad dialogue and expects the exact code and path.
@Suite struct DialogueValidatorGraphTests {
    typealias F = DialogueFixtures
    static let end = #"{"kind": "end"}"#

    @Test func theShippedExamplesHaveNoProblems() throws {
        let examples = try F.examples()
        #expect(examples.map(\.id) == ["faq_hours", "main", "passport_id"])
        let problems = F.exampleValidator.validate(set: examples)
        #expect(problems == [], "\(problems.map(\.description))")
    }

    @Test func aMinimalValidDialogueHasNoProblems() throws {
        #expect(F.problems(try F.dialogue(#"{"a": {"kind": "end"}}"#)) == [])
    }

    @Test func unknownSchema() throws {
        var dialogue = try F.dialogue(#"{"a": \#(Self.end)}"#)
        dialogue.schema = "municipal-dialog/1"
        #expect(F.problems(dialogue) == ["unknownSchema $.schema"])
    }

    @Test func invalidID() throws {
        #expect(F.problems(try F.dialogue(#"{"a": \#(Self.end)}"#, id: "Паспорт")) == ["invalidID $.id"])
        let long = String(repeating: "a", count: 41)
        #expect(F.problems(try F.dialogue(#"{"a": \#(Self.end)}"#, id: long)) == ["invalidID $.id"])
    }

    @Test func aReservedIDIsRefusedWhileANodeMayUseIt() throws {
        let reviews = try F.dialogue(#"{"reviews": \#(Self.end)}"#, id: "reviews", start: "reviews")
        #expect(F.problems(reviews) == ["invalidID $.id"])
        #expect(DialogueValidator().validate(reviews).first?.message.uk.contains("зайнятий сторінкою панелі") == true)
        #expect(!DialogueValidator.isValidDialogueID("reviews"))
        #expect(DialogueValidator.isValidDialogueID("reviews-2026"))
        #expect(DialogueValidator.isValidID("reviews"))  // as a node id it clashes with nothing
    }

    @Test func invalidVersion() throws {
        #expect(F.problems(try F.dialogue(#"{"a": \#(Self.end)}"#, version: 0)) == ["invalidVersion $.version"])
    }

    @Test func unknownStart() throws {
        // Without a start nothing is reachable from it, so reachability is not reported on top.
        #expect(F.problems(try F.dialogue(#"{"a": \#(Self.end)}"#, start: "begin")) == ["unknownStart $.start"])
    }

    @Test func invalidNodeID() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "goto", "goto": "b:c"}, "b:c": \#(Self.end)}"#)
        #expect(F.problems(dialogue) == ["invalidNodeID $.nodes['b:c']"])
    }

    @Test func unknownTarget() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"var": "x", "op": "isSet"}, "goto": "b"}, {"goto": "nowhere"}]}, "b": \#(Self.end)}"#,
            variables: #"{"x": {"type": "text"}}"#)
        #expect(F.problems(dialogue) == ["unknownTarget $.nodes.a.next[1].goto"])
    }

    @Test func unknownTargetOfAMenuOptionAndAGiveUp() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "menu", "text": \#(F.text), "options": [{"label": \#(F.text), "goto": "b"}, {"label": \#(F.text), "goto": "gone"}]}, "b": {"kind": "question", "variable": "x", "input": "text", "text": \#(F.text), "giveUp": "lost", "next": [{"goto": "a"}]}}"#,
            variables: #"{"x": {"type": "text"}}"#)
        #expect(F.problems(dialogue) == ["unknownTarget $.nodes.a.options[1].goto", "unknownTarget $.nodes.b.giveUp"])
    }

    @Test func unknownDialogueInASetOrWithKnownIDs() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "goto", "goto": "dialogue:faq"}}"#)
        // Alone and with no list, other dialogues are not checked.
        #expect(F.problems(dialogue) == [])
        #expect(F.problems(dialogue, DialogueValidator(knownDialogues: ["main"])) == ["unknownDialogue $.nodes.a.goto"])
        #expect(F.problems(dialogue, DialogueValidator(knownDialogues: ["faq"])) == [])
        let faq = try F.dialogue(#"{"a": \#(Self.end)}"#, id: "faq")
        #expect(DialogueValidator().validate(set: [dialogue, faq]) == [])
        let problems = DialogueValidator().validate(set: [dialogue])
        #expect(problems.map { "\($0.dialogueID) \($0.code) \($0.path)" } == ["demo unknownDialogue $.nodes.a.goto"])
    }

    @Test func duplicateDialogueInASet() throws {
        let one = try F.dialogue(#"{"a": \#(Self.end)}"#)
        let problems = DialogueValidator().validate(set: [one, one])
        #expect(problems.map { "\($0.code) \($0.path)" } == ["duplicateDialogue $.id"])
    }

    @Test func unreachableNode() throws {
        let dialogue = try F.dialogue(#"{"a": \#(Self.end), "orphan": {"kind": "goto", "goto": "a"}}"#)
        #expect(F.problems(dialogue) == ["unreachableNode $.nodes.orphan"])
    }

    @Test func endlessPath() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"goto": "b"}]}, "b": {"kind": "set", "set": {"n": 1}, "next": [{"goto": "a"}]}}"#,
            variables: #"{"n": {"type": "number"}}"#)
        #expect(F.problems(dialogue) == ["endlessPath $.nodes.a"])
    }

    @Test func endlessPathIsReportedWhereItIsEntered() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"var": "n", "op": "isSet"}, "goto": "loop"}, {"goto": "z"}]}, "loop": {"kind": "goto", "goto": "again"}, "again": {"kind": "goto", "goto": "loop"}, "z": \#(Self.end)}"#,
            variables: #"{"n": {"type": "number"}}"#)
        #expect(F.problems(dialogue) == ["endlessPath $.nodes.loop"])
    }

    @Test func aLoopThroughAQuestionOrMenuIsNotEndless() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"goto": "b"}]}, "b": {"kind": "menu", "text": \#(F.text), "options": [{"label": \#(F.text), "goto": "a"}]}}"#
        )
        #expect(F.problems(dialogue) == [])
    }

    @Test func noNext() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "message", "text": \#(F.text), "next": []}}"#)
        #expect(F.problems(dialogue) == ["noNext $.nodes.a.next"])
    }

    @Test func noFallbackIsAWarning() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"var": "n", "op": "isSet"}, "goto": "b"}]}, "b": \#(Self.end)}"#,
            variables: #"{"n": {"type": "number"}}"#)
        let problems = DialogueValidator().validate(dialogue)
        #expect(problems.map { "\($0.code) \($0.path)" } == ["noFallback $.nodes.a.next"])
        #expect(problems.errors.isEmpty)
    }
}
