import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli dialogues …` run in-process: validate needs no database; import, export and list use the
/// harness's hromada `bucha`.
@Suite struct DialogueCommandTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/dialogues").path

    /// A small dialogue `id` whose start either ends or, with `goto`, goes there.
    static func dialogue(_ id: String, goto: String? = nil) -> String {
        let first =
            goto.map { #"{"kind": "goto", "goto": "\#($0)"}"# }
            ?? #"{"kind": "end", "text": {"uk": "Все", "en": "Done"}}"#
        return """
            {"schema": "svoyi-dialogue/1", "id": "\(id)", "version": 1, "kind": "information",
             "title": {"uk": "Діалог", "en": "Dialogue"}, "start": "a", "nodes": {"a": \(first)}}
            """
    }

    func write(_ dir: TemporaryDirectory, _ name: String, _ text: String) throws -> String {
        let path = dir.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func validateTheExamplesWithoutADatabase() async throws {
        let result = await OperatorHarness.run(["dialogues", "validate", Self.examples, "--action", "queue.book"])
        #expect(result.status == 0, "\(result.out) \(result.err)")
        #expect(result.err.contains("Checked 3 dialogue(s) in 3 file(s): 0 error(s), 1 warning(s)."))
        #expect(
            result.out.hasSuffix(
                "passport_id.json: warning serviceNotChecked $.nodes.facts.service: no catalogue to check the service passport-id against\n"
            ))
        // Without the action's module, the action is unknown.
        let strict = await OperatorHarness.run(["dialogues", "validate", Self.examples])
        #expect(strict.status == 65)
        #expect(strict.out.contains("error unknownAction $.nodes.queue.action"))
    }

    @Test func validateReportsPathsAndExits65() async throws {
        let dir = try TemporaryDirectory("svoyi-cli-dialogues")
        let bad = try write(dir, "bad.json", Self.dialogue("faq", goto: "b"))
        let result = await OperatorHarness.run(["dialogues", "validate", bad])
        #expect(result.status == 65)
        #expect(result.out == "\(bad): error unknownTarget $.nodes.a.goto: no node b in this dialogue\n")
        #expect(result.err.contains("Error: Checked 1 dialogue(s) in 1 file(s): 1 error(s), 0 warning(s)."))
        let ukrainian = await OperatorHarness.run(["dialogues", "validate", "--language", "uk", bad])
        #expect(ukrainian.out.contains("у цьому діалозі немає вузла b"))
        let broken = try write(dir, "broken.json", #"{"schema": "svoyi-dialogue/1", "id": "x"}"#)
        let decoding = await OperatorHarness.run(["dialogues", "validate", broken])
        #expect(decoding.status == 65)
        #expect(decoding.out.contains("broken.json: error invalidJSON $.version: version is missing"))
        let missing = await OperatorHarness.run(["dialogues", "validate", dir.path("none.json")])
        #expect(missing.status == 66)
        let usage = await OperatorHarness.run(["dialogues", "validate"])
        #expect(usage.status == 64)
    }

    @Test func validateChecksOtherDialoguesAgainstTheSetAndKnownIDs() async throws {
        let dir = try TemporaryDirectory("svoyi-cli-dialogues")
        let file = try write(dir, "faq.json", Self.dialogue("faq", goto: "dialogue:main"))
        let alone = await OperatorHarness.run(["dialogues", "validate", file])
        #expect(alone.status == 65)
        #expect(alone.out.contains("error unknownDialogue $.nodes.a.goto"))
        let known = await OperatorHarness.run(["dialogues", "validate", file, "--known", "main"])
        #expect(known.status == 0, "\(known.out)")
        let json = await OperatorHarness.run(["dialogues", "validate", "--json", file])
        let problems = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(problems?.first?["path"] as? String == "$.nodes.a.goto")
        #expect(problems?.first?["severity"] as? String == "error")
    }

    @Test func importListAndExport() async throws {
        let h = try await OperatorHarness()
        let files = try TemporaryDirectory("svoyi-cli-dialogues")
        _ = try write(files, "set/main.json", Self.dialogue("main", goto: "dialogue:faq"))
        _ = try write(files, "set/faq.json", Self.dialogue("faq", goto: "dialogue:main"))
        let imported = await h.run("dialogues", "import", "--hromada", "bucha", files.path("set"), "--publish")
        #expect(imported.status == 0, "\(imported.out) \(imported.err)")
        #expect(imported.out.contains("  faq v1 (new, published)"))
        #expect(imported.out.contains("Imported 2 dialogue(s) into bucha: 2 new version(s), 0 unchanged."))
        let again = await h.run("dialogues", "import", "--hromada", "bucha", files.path("set"))
        #expect(again.out.contains("  main v1 (unchanged, published)"), "\(again.out)")
        let list = await h.run("dialogues", "list", "--hromada", "bucha")
        #expect(list.status == 0)
        #expect(list.out.contains("faq   information  v1         —       —           Діалог"), "\(list.out)")
        let one = await h.run("dialogues", "export", "--hromada", "bucha", "--id", "faq")
        #expect(one.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(one.out.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "faq")
        let out = try TemporaryDirectory("svoyi-cli-export")
        let all = await h.run("dialogues", "export", "--hromada", "bucha", "--output", out.url.path)
        #expect(all.status == 0, "\(all.err)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == ["faq.json", "main.json"])
        let unknown = await h.run("dialogues", "export", "--hromada", "bucha", "--id", "nope")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no dialogue nope"))
        #expect(try await h.auditRows().map(\.action) == ["dialogues.import", "dialogues.import"])
    }

    @Test func importOfASetWithOneBadDialogueWritesNothing() async throws {
        let h = try await OperatorHarness()
        let files = try TemporaryDirectory("svoyi-cli-dialogues")
        _ = try write(files, "set/main.json", Self.dialogue("main", goto: "dialogue:faq"))
        _ = try write(files, "set/faq.json", Self.dialogue("faq", goto: "nowhere"))
        let result = await h.run("dialogues", "import", "--hromada", "bucha", files.path("set"), "--publish")
        #expect(result.status == 65)
        #expect(result.out.contains("faq.json: error unknownTarget $.nodes.a.goto"), "\(result.out)")
        #expect(result.err.contains("nothing was imported: 1 error(s)"))
        let list = await h.run("dialogues", "list", "--hromada", "bucha")
        #expect(list.out.contains("No dialogues in bucha yet"))
    }
}
