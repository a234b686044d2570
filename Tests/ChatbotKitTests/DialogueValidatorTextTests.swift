import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Texts and buttons: translations, payload sizes, menu sizes, label lengths.
@Suite struct DialogueValidatorTextTests {
    typealias F = DialogueFixtures

    @Test func missingEnglishTranslationOfANodeText() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "end", "text": {"uk": "До побачення"}}}"#)
        #expect(F.problems(dialogue) == ["missingTranslation $.nodes.a.text.en"])
    }

    @Test func missingTranslationsOfTitleKeywordsAndLabels() throws {
        var dialogue = try F.dialogue(
            #"{"a": {"kind": "menu", "text": \#(F.text), "options": [{"label": {"uk": "Так", "en": " "}, "goto": "a"}]}}"#,
            extra: #", "keywords": [{"uk": "паспорт"}]"#)
        dialogue.title = LocalizedText(uk: "", en: "Title")
        #expect(
            F.problems(dialogue) == [
                "missingTranslation $.title.uk", "missingTranslation $.keywords[0].en",
                "missingTranslation $.nodes.a.options[0].label.en",
            ])
    }

    @Test func payloadTooLong() throws {
        let node = String(repeating: "n", count: 30)
        let dialogue = try F.dialogue(
            #"{"\#(node)": {"kind": "menu", "text": \#(F.text), "options": [{"label": \#(F.text), "goto": "\#(node)"}, {"label": \#(F.text), "goto": "https://diia.gov.ua/a-very-long-link-that-is-no-payload"}]}}"#,
            id: String(repeating: "d", count: 30), start: node)
        // v1: + 30 + @1: + 30 + :0 = 68 bytes; the link opens a page and carries no callback data.
        #expect(F.problems(dialogue) == ["payloadTooLong $.nodes.\(node).options[0]"])
        let payload = DialogueValidator.buttonPayload(dialogue: "passport_id", version: 12, node: "age", index: 3)
        #expect(payload == "v1:passport_id@12:age:3")
    }

    @Test func payloadOfChoiceOptionsIsCheckedToo() throws {
        let node = String(repeating: "q", count: 40)
        let dialogue = try F.dialogue(
            #"{"\#(node)": {"kind": "question", "variable": "c", "input": "choice", "text": \#(F.text), "options": [{"value": "x", "label": \#(F.text)}], "next": [{"goto": "z"}]}, "z": {"kind": "end"}}"#,
            variables: #"{"c": {"type": "choice", "values": ["x"]}}"#, id: String(repeating: "d", count: 20),
            start: node)
        #expect(F.problems(dialogue) == ["payloadTooLong $.nodes.\(node).options[0]"])
    }

    @Test func tooManyOptionsIsAWarning() throws {
        let option = #"{"label": \#(F.text), "goto": "a"}"#
        let options = Array(repeating: option, count: 11).joined(separator: ", ")
        let dialogue = try F.dialogue(#"{"a": {"kind": "menu", "text": \#(F.text), "options": [\#(options)]}}"#)
        let problems = DialogueValidator().validate(dialogue)
        #expect(problems.map { "\($0.code) \($0.path)" } == ["tooManyOptions $.nodes.a.options"])
        #expect(problems.errors.isEmpty)
    }

    @Test func labelTooLongIsAWarning() throws {
        let long = String(repeating: "ж", count: 41)
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "menu", "text": \#(F.text), "options": [{"label": {"uk": "\#(long)", "en": "Yes"}, "goto": "a"}]}}"#
        )
        let problems = DialogueValidator().validate(dialogue)
        #expect(problems.map { "\($0.code) \($0.path)" } == ["labelTooLong $.nodes.a.options[0].label.uk"])
        #expect(problems.errors.isEmpty)
    }

    @Test func everyProblemHasBothLanguagesAndASeverityFromItsCode() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "goto", "goto": "b"}}"#)
        let problem = try #require(DialogueValidator().validate(dialogue).first)
        #expect(problem.code == .unknownTarget)
        #expect(problem.severity == .error)
        #expect(problem.message.uk == "у цьому діалозі немає вузла b")
        #expect(problem.message.en == "no node b in this dialogue")
        #expect(problem.description == "error unknownTarget $.nodes.a.goto: no node b in this dialogue")
        #expect(DialogueProblem.Code.reviewOverdue.severity == .warning)
    }
}

/// Decoding: JSON that is no dialogue is refused with the path of the field at fault.
@Suite struct DialogueDecodingTests {
    func problem(_ json: String) -> String? {
        do {
            _ = try Dialogue.decode(json: Data(json.utf8))
            return nil
        } catch {
            return "\(error.problem.code) \(error.problem.path)"
        }
    }

    static let head =
        #""schema": "svoyi-dialogue/1", "id": "d", "version": 1, "kind": "faq", "title": {"uk": "Т"}, "start": "a""#

    @Test func brokenJSON() {
        #expect(problem(#"{"id": "d", "#) == "invalidJSON $")
    }

    @Test func unknownNodeKind() {
        #expect(problem(#"{\#(Self.head), "nodes": {"a": {"kind": "ask"}}}"#) == "invalidJSON $.nodes.a.kind")
    }

    @Test func missingField() {
        #expect(
            problem(#"{\#(Self.head), "nodes": {"a": {"kind": "message", "text": {"uk": "Т"}}}}"#)
                == "invalidJSON $.nodes.a.next")
    }

    @Test func wrongType() {
        let node =
            #"{"kind": "question", "variable": "x", "input": "text", "text": {"uk": "Т"}, "maxRetries": "two", "next": []}"#
        #expect(problem(#"{\#(Self.head), "nodes": {"a": \#(node)}}"#) == "invalidJSON $.nodes.a.maxRetries")
    }

    @Test func aListDecodesEachDialogueOnItsOwn() throws {
        let good = #"{\#(Self.head), "nodes": {"a": {"kind": "end"}}}"#
        let results = Dialogue.decodeAll(json: Data("[\(good), {\(Self.head)}, 7]".utf8))
        #expect(results.count == 3)
        #expect((try? results[0].get())?.id == "d")
        #expect(throws: DialogueDecodingError.self) { try results[1].get() }
        #expect(throws: DialogueDecodingError.self) { try results[2].get() }
    }
}
