import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// `docs/dialogue.schema.json` and the Swift decoder agree: Python's `jsonschema` (installed by scripts/test)
/// accepts the examples Swift decodes and refuses the shapes Swift refuses.
@Suite struct DialogueSchemaTests {
    static let schema = DialogueFixtures.examplesDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogue.schema.json")

    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
            print(("VALID " if not errors else "INVALID ") + path.rsplit("/", 1)[-1])
        print("done")
        """

    /// Shapes both must refuse, by file name.
    static let refused: [String: String] = [
        "unknown-kind": #"{"kind": "ask", "text": {"uk": "Т"}, "next": []}"#,
        "message-without-next": #"{"kind": "message", "text": {"uk": "Т"}}"#,
        "unknown-operator":
            #"{"kind": "message", "text": {"uk": "Т"}, "next": [{"when": {"var": "a", "op": "like", "value": 1}, "goto": "z"}]}"#,
        "text-without-uk": #"{"kind": "end", "text": {"en": "Bye"}}"#,
        "question-without-variable": #"{"kind": "question", "text": {"uk": "Т"}, "input": "text", "next": []}"#,
        "unknown-fact": #"{"kind": "facts", "service": "s", "show": ["price"], "next": []}"#,
        "bad-date-value": #"{"kind": "set", "set": {"d": {"date": "1 May"}}, "next": []}"#,
    ]

    /// Shapes both must accept beyond the examples.
    static let accepted: [String: String] = [
        "location-operand":
            #"{"kind": "set", "set": {"here": {"latitude": 50.54, "longitude": 30.21}, "list": [1, "a", true]}, "next": [{"goto": "z"}]}"#,
        "nested-condition":
            #"{"kind": "message", "text": {"uk": "Т"}, "next": [{"when": {"not": {"any": [{"var": "a", "op": "in", "value": ["x"]}, {"all": []}]}}, "goto": "z"}, {"goto": "dialogue:main"}]}"#,
    ]

    static func document(node: String) -> String {
        """
        {"schema": "svoyi-dialogue/1", "id": "s", "version": 2, "kind": "faq", "title": {"uk": "Т"}, "start": "a",
         "nodes": {"a": \(node), "z": {"kind": "end"}}}
        """
    }

    @Test func schemaAndSwiftAgreeOnExamplesAndCounterExamples() async throws {
        let dir = try TemporaryDirectory("dialogue-schema")
        var paths: [String] = []
        var expected: [String] = []
        let examples = try FileManager.default.contentsOfDirectory(atPath: DialogueFixtures.examplesDirectory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        for name in examples {
            let url = DialogueFixtures.examplesDirectory.appendingPathComponent(name)
            _ = try Dialogue.decode(json: try Data(contentsOf: url))
            paths.append(url.path)
            expected.append("VALID \(name)")
        }
        for (name, node) in Self.accepted.sorted(by: { $0.key < $1.key }) {
            let data = Data(Self.document(node: node).utf8)
            #expect(throws: Never.self, "Swift refuses \(name)") { try Dialogue.decode(json: data) }
            try data.write(to: URL(fileURLWithPath: dir.path("\(name).json")))
            paths.append(dir.path("\(name).json"))
            expected.append("VALID \(name).json")
        }
        for (name, node) in Self.refused.sorted(by: { $0.key < $1.key }) {
            let data = Data(Self.document(node: node).utf8)
            #expect(throws: DialogueDecodingError.self, "Swift accepts \(name)") { try Dialogue.decode(json: data) }
            try data.write(to: URL(fileURLWithPath: dir.path("\(name).json")))
            paths.append(dir.path("\(name).json"))
            expected.append("INVALID \(name).json")
        }
        let python = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.script, Self.schema.path] + paths)
        try await python.waitForExit(timeout: 60)
        #expect(python.exitStatus == 0, "\(python.standardError)")
        #expect(python.lines == expected + ["done"], "\(python.standardError)")
    }
}
