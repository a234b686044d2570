import Testing

@testable import svoyi_cli

@Suite struct CommandParserTests {
    let root = RootCommand.spec

    @Test func findsNestedCommandsWithOptionsAndArguments() throws {
        let (command, parsed) = try CommandParser.parse(
            ["catalog", "import", "services.csv", "--hromada", "demo", "--mode=replace"], root: root)
        #expect(command.name == "import")
        #expect(parsed.path == ["svoyi-cli", "catalog", "import"])
        #expect(parsed.argument("file") == "services.csv")
        #expect(parsed.value("hromada") == "demo")
        #expect(parsed.value("mode") == "replace")
    }

    @Test func inheritedOptionsWorkBeforeAndAfterTheCommand() throws {
        let before = try CommandParser.parse(["--data-dir", "/srv/a", "db", "check"], root: root).1
        let after = try CommandParser.parse(["db", "check", "--data-dir=/srv/b"], root: root).1
        #expect(before.value("data-dir") == "/srv/a")
        #expect(after.value("data-dir") == "/srv/b")
    }

    @Test func defaultsApplyWhenAnOptionIsAbsent() throws {
        let parsed = try CommandParser.parse(["catalog", "import", "x.json", "--hromada", "demo"], root: root).1
        #expect(parsed.value("mode") == "merge")
        #expect(!parsed.flag("allow-empty"))
    }

    @Test func aDoubleDashEndsOptions() throws {
        let parsed = try CommandParser.parse(["db", "backup", "--", "--odd-name.sqlite"], root: root).1
        #expect(parsed.argument("file") == "--odd-name.sqlite")
    }

    @Test(arguments: [
        (["--frobnicate"], "unknown option --frobnicate"),
        (["bogus"], "unknown command bogus; expected one of: hromada, db, catalog, staff, token, dialogues, bot, push"),
        (["db"], "missing command; expected one of: migrate, status, backup, restore, check"),
        (["hromada", "show"], "missing <slug>"),
        (["hromada", "show", "a", "b"], "unexpected argument b"),
        (["db", "check", "--data-dir"], "--data-dir needs a value <path>"),
        (["db", "restore", "x", "--yes=please"], "--yes takes no value"),
        (["catalog", "import", "x", "--mode", "sideways"], "--mode must be one of replace, merge, not sideways"),
    ])
    func refusesBadCommandLinesWithAClearMessage(arguments: [String], message: String) {
        #expect(throws: UsageError.self) { try CommandParser.parse(arguments, root: root) }
        do {
            _ = try CommandParser.parse(arguments, root: root)
        } catch let error as UsageError {
            #expect(error.message == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func everyCommandHasHelp() throws {
        func visit(_ spec: CommandSpec, _ path: [String]) throws {
            let arguments = Array(path.dropFirst()) + ["--help"]
            #expect(throws: HelpRequest(path: path)) { try CommandParser.parse(arguments, root: root) }
            let text = HelpText.help(path, root: root)
            #expect(text.contains("OVERVIEW: \(spec.abstract)"))
            #expect(text.contains("USAGE: \(path.joined(separator: " "))"))
            #expect(text.contains("--data-dir <path>"))
            for sub in spec.subcommands { try visit(sub, path + [sub.name]) }
        }
        try visit(root, [root.name])
    }
}
