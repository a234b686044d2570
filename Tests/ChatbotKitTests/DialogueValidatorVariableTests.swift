import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Variables, conditions, questions: one test per check with the exact code and path.
@Suite struct DialogueValidatorVariableTests {
    typealias F = DialogueFixtures
    static let choice = #"{"c": {"type": "choice", "values": ["ua", "other"]}}"#

    func question(_ fields: String, next: String = #"[{"goto": "z"}]"#) -> String {
        #"{"a": {"kind": "question", "text": \#(F.text), \#(fields), "next": \#(next)}, "z": {"kind": "end"}}"#
    }

    @Test func undeclaredQuestionVariable() throws {
        let dialogue = try F.dialogue(question(#""variable": "age", "input": "number""#))
        #expect(F.problems(dialogue) == ["undeclaredVariable $.nodes.a.variable"])
    }

    @Test func undeclaredSetKeyAndOperand() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "set", "set": {"x": {"var": "y"}, "n": 1}, "next": [{"goto": "z"}]}, "z": {"kind": "end"}}"#,
            variables: #"{"n": {"type": "number"}}"#)
        #expect(
            F.problems(dialogue) == ["undeclaredVariable $.nodes.a.set.x", "undeclaredVariable $.nodes.a.set.x.var"])
    }

    @Test func undeclaredActionArgumentOperand() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "action", "action": "queue.book", "arguments": {"who": {"var": "name"}, "n": 2}, "next": [{"goto": "z"}]}, "z": {"kind": "end"}}"#
        )
        #expect(F.problems(dialogue) == ["undeclaredVariable $.nodes.a.arguments.who.var"])
    }

    @Test func undeclaredConditionVariable() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"all": [{"var": "age", "op": "lt", "value": 14}]}, "goto": "z"}, {"goto": "z"}]}, "z": {"kind": "end"}}"#
        )
        #expect(F.problems(dialogue) == ["undeclaredVariable $.nodes.a.next[0].when.all[0].var"])
    }

    @Test func undeclaredTemplateVariable() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "end", "text": {"uk": "Вам {{ age }} років", "en": "You are {{age}}, {{name}}"}}}"#,
            variables: #"{"age": {"type": "number"}}"#)
        #expect(F.problems(dialogue) == ["undeclaredVariable $.nodes.a.text.en"])
    }

    @Test func invalidVariableName() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "end"}}"#, variables: #"{"my age": {"type": "number"}}"#)
        #expect(F.problems(dialogue) == ["invalidVariableName $.variables['my age']"])
    }

    @Test func missingValuesOfAChoiceVariable() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "end"}}"#, variables: #"{"c": {"type": "choice"}}"#)
        #expect(F.problems(dialogue) == ["missingValues $.variables.c.values"])
    }

    @Test func undeclaredChoiceValueOfAnOption() throws {
        let options = #"[{"value": "ua", "label": \#(F.text)}, {"value": "eu", "label": \#(F.text)}]"#
        let dialogue = try F.dialogue(
            question(#""variable": "c", "input": "choice", "options": \#(options)"#), variables: Self.choice)
        #expect(F.problems(dialogue) == ["undeclaredChoiceValue $.nodes.a.options[1].value"])
    }

    @Test func undeclaredChoiceValueInAConditionAndASet() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "set", "set": {"c": "eu"}, "next": [{"when": {"var": "c", "op": "in", "value": ["ua", "eu"]}, "goto": "z"}, {"goto": "z"}]}, "z": {"kind": "end"}}"#,
            variables: Self.choice)
        #expect(
            F.problems(dialogue) == [
                "undeclaredChoiceValue $.nodes.a.set.c", "undeclaredChoiceValue $.nodes.a.next[0].when.value[1]",
            ])
    }

    @Test func missingOptionsOfAChoiceQuestion() throws {
        let dialogue = try F.dialogue(question(#""variable": "c", "input": "choice""#), variables: Self.choice)
        #expect(F.problems(dialogue) == ["missingOptions $.nodes.a.options"])
    }

    @Test func inputTypeMismatch() throws {
        let dialogue = try F.dialogue(
            question(#""variable": "born", "input": "number""#), variables: #"{"born": {"type": "date"}}"#)
        #expect(F.problems(dialogue) == ["inputTypeMismatch $.nodes.a.input"])
    }

    @Test func invalidPatternOfAnAnswer() throws {
        let dialogue = try F.dialogue(
            question(#""variable": "t", "input": "text", "validation": {"pattern": "[0-9"}"#),
            variables: #"{"t": {"type": "text"}}"#)
        #expect(F.problems(dialogue) == ["invalidPattern $.nodes.a.validation.pattern"])
    }

    @Test func invalidPatternOfACondition() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"not": {"var": "t", "op": "matches", "value": "(a"}}, "goto": "z"}, {"goto": "z"}]}, "z": {"kind": "end"}}"#,
            variables: #"{"t": {"type": "text"}}"#)
        #expect(F.problems(dialogue) == ["invalidPattern $.nodes.a.next[0].when.not.value"])
    }

    @Test func invalidCondition() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "message", "text": \#(F.text), "next": [{"when": {"any": [{"var": "t", "op": "isSet", "value": 1}, {"var": "t", "op": "in", "value": "a"}, {"var": "t", "op": "eq"}]}, "goto": "z"}, {"goto": "z"}]}, "z": {"kind": "end"}}"#,
            variables: #"{"t": {"type": "text"}}"#)
        #expect(
            F.problems(dialogue) == [
                "invalidCondition $.nodes.a.next[0].when.any[0].value",
                "invalidCondition $.nodes.a.next[0].when.any[1].value",
                "invalidCondition $.nodes.a.next[0].when.any[2].value",
            ])
    }

    @Test func invalidDateLimit() throws {
        let dialogue = try F.dialogue(
            question(#""variable": "d", "input": "date", "validation": {"minDate": "01.01.2026"}"#),
            variables: #"{"d": {"type": "date"}}"#)
        #expect(F.problems(dialogue) == ["invalidDate $.nodes.a.validation.minDate"])
    }
}
