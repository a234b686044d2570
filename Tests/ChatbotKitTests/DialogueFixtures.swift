import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Minimal dialogues for the validator's tests, written as the JSON staff write, and the shipped examples.
enum DialogueFixtures {
    /// A text in both languages.
    static let text = #"{"uk": "Текст", "en": "Text"}"#

    /// A dialogue around `nodes` (a JSON object of nodes), with every other field valid.
    static func dialogue(
        _ nodes: String, variables: String = "{}", id: String = "demo", version: Int = 1,
        kind: String = "information", start: String = "a", extra: String = ""
    ) throws -> Dialogue {
        let json = """
            {"schema": "svoyi-dialogue/1", "id": "\(id)", "version": \(version), "kind": "\(kind)",
             "title": \(text), "start": "\(start)", "variables": \(variables), "nodes": \(nodes)\(extra)}
            """
        return try Dialogue.decode(json: Data(json.utf8))
    }

    /// `code path` of each problem, in order.
    static func problems(_ dialogue: Dialogue, _ validator: DialogueValidator = DialogueValidator()) -> [String] {
        validator.validate(dialogue).map { "\($0.code.rawValue) \($0.path)" }
    }

    /// The repository's `docs/examples/dialogues` directory.
    static let examplesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples/dialogues")

    /// The shipped example dialogues, by id.
    static func examples() throws -> [Dialogue] {
        let files = try FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path).sorted()
        return try files.filter { $0.hasSuffix(".json") }.map {
            try Dialogue.decode(json: Data(contentsOf: examplesDirectory.appendingPathComponent($0)))
        }
    }

    /// What the examples are checked against: the actions, services and dialogues they name.
    static let exampleValidator = DialogueValidator(
        knownActions: ["queue.book"], catalogueCodes: ["passport-id"], today: CivilDate("2026-02-01"))
}
