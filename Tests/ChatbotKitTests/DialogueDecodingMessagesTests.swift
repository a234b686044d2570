import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// JSON that does not decode into a dialogue is explained to staff in Ukrainian, with the JSON path kept: one case
/// per kind of mistake, and never the decoder's English.
@Suite struct DialogueDecodingMessagesTests {
    /// A dialogue's JSON with `node` as its only node `a` and `extra` fields.
    static func json(node: String = #"{"kind": "end"}"#, variables: String = "{}", extra: String = "") -> String {
        """
        {"schema": "svoyi-dialogue/1", "id": "demo", "version": 1, "kind": "information",
         "title": {"uk": "Текст", "en": "Text"}, "start": "a", "variables": \(variables),
         "nodes": {"a": \(node)}\(extra)}
        """
    }

    static let text = #"{"uk": "Текст", "en": "Text"}"#

    /// The problem of `json`, which must not decode.
    func problem(_ json: String) throws -> DialogueProblem {
        do {
            _ = try Dialogue.decode(json: Data(json.utf8))
        } catch {
            return error.problem
        }
        throw Unexpected()
    }

    struct Unexpected: Error {}

    /// English the decoder might have leaked into a Ukrainian message.
    static let english = [
        "annot", "xpected", "nvalid", "value", "Unexpected", "column", "line", "String", "Int", "Double", "Bool",
        "Kind",
        "Input", "Operator", "Fact", "VariableType", "CivilDate", "Dictionary", "Array", "data", "JSON text",
    ]

    @Test(arguments: [
        (
            json(node: #"{"kind": "mesage", "text": \#(text), "next": []}"#), "$.nodes.a.kind",
            "недопустиме значення; можливі: message, menu, question, set, action, facts, goto, end"
        ),
        (
            json(node: #"{"kind": "question", "text": \#(text), "variable": "x", "input": "gps", "next": []}"#),
            "$.nodes.a.input", "недопустиме значення; можливі: text, number, date, choice, location, contact, photo"
        ),
        (
            json(
                node:
                    #"{"kind": "message", "text": \#(text), "next": [{"when": {"var": "x", "op": "equals"}, "goto": "a"}]}"#
            ),
            "$.nodes.a.next[0].when.op", "недопустиме значення; можливі: eq, ne, lt, le, gt, ge, in, isSet, matches"
        ),
        (
            json(variables: #"{"x": {"type": "string"}}"#), "$.variables.x.type",
            "недопустиме значення; можливі: text, number, date, choice, bool, location, contact, photo"
        ),
        (
            json(node: #"{"kind": "facts", "service": "s", "show": ["cost", "price"], "next": []}"#),
            "$.nodes.a.show[1]", "недопустиме значення; можливі: cost, term, documents, eligibility, places"
        ),
        (
            json(extra: #", "review": {"legalBasis": ["Закон"], "lastReviewed": "01.02.2026"}"#),
            "$.review.lastReviewed", "очікується дата у форматі РРРР-ММ-ДД"
        ),
        (
            json(
                extra:
                    #", "review": {"legalBasis": ["Закон"], "lastReviewed": "2026-02-01", "reviewEveryDays": 99999999}"#
            ),
            "$.review.reviewEveryDays", "перевіряти можна що 1–3650 днів, а не що 99999999"
        ),
        (
            json(extra: #", "review": {"legalBasis": ["Закон"], "lastReviewed": "2026-02-01", "reviewEveryDays": 0}"#),
            "$.review.reviewEveryDays", "перевіряти можна що 1–3650 днів, а не що 0"
        ),
        (
            json(node: #"{"kind": "set", "set": {"x": {"nested": {"deep": 1}}}, "next": []}"#), "$.nodes.a.set.x",
            "значення — це текст, число, true чи false, список"
        ),
        (json(node: #"{"kind": "end", "text": true}"#), "$.nodes.a.text", "очікується об'єкт {...}"),
        (json(node: #"{"kind": "goto", "goto": 7}"#), "$.nodes.a.goto", "очікується текст у лапках"),
        (json(extra: #", "keywords": {"uk": "a"}"#), "$.keywords", "очікується список [...]"),
        (
            json(
                node:
                    #"{"kind": "question", "text": \#(text), "variable": "x", "input": "text", "maxRetries": "two", "next": []}"#
            ), "$.nodes.a.maxRetries", "очікується ціле число"
        ),
        (json(node: #"{"text": \#(text)}"#), "$.nodes.a.kind", "бракує поля kind"),
        (#"{"schema": "svoyi-dialogue/1", "id": "demo",, }"#, "$", "це не коректний JSON"),
        ("[1, 2", "$", "це не коректний JSON"),
        ("", "$", "це не коректний JSON"),
    ])
    func aMistakeIsExplainedInUkrainianWithItsPath(json: String, path: String, message: String) throws {
        let problem = try problem(json)
        #expect(problem.code == .invalidJSON)
        #expect(problem.path == path)
        #expect(problem.message.uk.hasPrefix(message), "\(problem.message.uk)")
        #expect(!Self.english.contains { problem.message.uk.contains($0) }, "\(problem.message.uk)")
        #expect(problem.message.en?.isEmpty == false)
    }

    @Test func aSyntaxErrorSaysOnWhichLine() throws {
        let problem = try problem("{\n  \"id\": \"demo\",\n  \"title\": \"Довідка\",\n  \"version\": 1,,\n}")
        #expect(problem.path == "$")
        #expect(problem.message.uk == "це не коректний JSON (помилка в рядку 4)", "\(problem.message.en ?? "")")
    }

    @Test func theAdminPageShowsTheUkrainianMessageWithThePath() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let bad = DialogueAdminHarness.json(id: "idcard").replacingOccurrences(
            of: #""kind": "menu""#, with: #""kind": "mneu""#)
        let refused = await editor.post("/admin/dialogues/idcard/draft", [("json", bad)])
        #expect(refused.status.code == 422)
        #expect(
            refused.text.contains(
                "JSON не вдалося прочитати: недопустиме значення; можливі: message, menu, question, set, action, "
                    + "facts, goto, end (місце: $.nodes.hello.kind)."))
        #expect(!refused.text.contains("Cannot initialize"))
    }
}
