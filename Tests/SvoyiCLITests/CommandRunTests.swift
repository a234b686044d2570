import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// Runs whole command lines in-process against a temporary data directory.
@Suite struct CommandRunTests {
    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory("svoyi-cli")
    }

    func run(_ arguments: String...) async -> Result {
        let output = CapturedOutput()
        let status = await SvoyiCLI.run(
            ["--data-dir", dir.path("data")] + arguments, environment: CLIEnvironment(output: output, variables: [:]))
        return Result(status: status, out: output.standardOutput, err: output.standardError)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func helpExitsZeroAndUsageErrorsExit64() async {
        let help = await run("--help")
        #expect(help.status == 0)
        #expect(help.out.contains("SUBCOMMANDS:"))
        let bad = await run("hromada", "create")
        #expect(bad.status == 64)
        #expect(bad.err.contains("Error: missing <slug>"))
        #expect(bad.err.contains("USAGE: svoyi-cli hromada create"))
    }

    @Test func commandsOnAMissingDatabaseSaySoWithoutCreatingIt() async {
        let result = await run("hromada", "list")
        #expect(result.status == 1)
        #expect(result.err.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("data")))
    }

    @Test func createListAndShowAHromada() async {
        let created = await run(
            "hromada", "create", "bucha", "--name", "Бучанська міська територіальна громада", "--oblast",
            "Київська область")
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Created hromada bucha"))
        // Its chatbot works at once: the shipped dialogues are published, as the server does at start.
        #expect(created.out.contains("Published \(ShippedDialogues.all.count) shipped chatbot dialogues"))
        let dialogues = await run("dialogues", "list", "--hromada", "bucha")
        #expect(dialogues.out.contains("main"), "\(dialogues.out)")
        let list = await run("hromada", "list")
        #expect(list.out.contains("bucha  Europe/Kyiv   Бучанська міська територіальна громада"))
        let show = await run("hromada", "show", "bucha")
        #expect(show.out.contains("oblast:       Київська область"))
        #expect(show.out.contains("services:     0"))
        let again = await run("hromada", "create", "bucha", "--name", "Інша")
        #expect(again.status == 65)
        #expect(again.err.contains("slug \"bucha\""))
        let badSlug = await run("hromada", "create", "Bad Slug", "--name", "X")
        #expect(badSlug.status == 65)
        let missing = await run("hromada", "show", "nowhere")
        #expect(missing.err.contains("no hromada nowhere; known: bucha"))
    }

    @Test func bundleExportThenImportIntoAFreshInstallation() async throws {
        let seeded = try await DataDirectory(path: dir.path("data")).open(modules: SvoyiCLI.modules)
        try await CommunityStore(database: seeded).importBundle(DemoHromada.bundle)
        let export = await run("hromada", "export", "demo", "--output", dir.path("demo.json"))
        #expect(export.status == 0, "\(export.err)")

        let other = CapturedOutput()
        let status = await SvoyiCLI.run(
            ["--data-dir", dir.path("other"), "hromada", "import", dir.path("demo.json")],
            environment: CLIEnvironment(output: other, variables: [:]))
        #expect(status == 0, "\(other.standardError)")
        #expect(other.standardOutput.contains("Imported demo: 12 settlements"))
        let copy = try await DataDirectory(path: dir.path("other")).open(modules: SvoyiCLI.modules)
        let store = CommunityStore(database: copy)
        let hromada = try #require(try await store.hromada(slug: "demo"))
        let exported = try await store.exportBundle(hromadaID: hromada.id!)
        #expect(exported.withoutDatabaseIDs() == DemoHromada.bundle)
        let file = try String(contentsOfFile: dir.path("demo.json"), encoding: .utf8)
        #expect(!file.contains("\"id\""))
    }

    @Test func aCatalogueWithABadRowIsRejectedWholeAndNamesTheRow() async throws {
        _ = await run("hromada", "create", "test", "--name", "Тестова громада")
        let header = "code,name_uk,cost_kind,cost_value,term_amount,term_unit"
        let good = try write("good.csv", "\(header)\nbirth,Реєстрація народження,free,,1,workingDays\n")
        #expect(await run("catalog", "import", good, "--hromada", "test").status == 0)

        let bad = try write(
            "bad.csv",
            "\(header)\npassport,Паспорт,fixed,345.00,20,workingDays\nland,Витяг,expensive,1,10,workingDays\n")
        let result = await run("catalog", "import", bad, "--hromada", "test", "--mode", "replace")
        #expect(result.status == 65)
        #expect(result.err.contains("row 3"), "\(result.err)")
        let export = await run("catalog", "export", "--hromada", "test", "--format", "json")
        #expect(export.out.contains("\"code\" : \"birth\""))
        #expect(!export.out.contains("passport"))
    }

    @Test func aReplacingImportOfNothingNeedsConfirmation() async throws {
        _ = await run("hromada", "create", "test", "--name", "Тестова громада")
        let empty = try write("empty.json", "[]")
        let refused = await run("catalog", "import", empty, "--hromada", "test", "--mode", "replace")
        #expect(refused.status == 65)
        #expect(refused.err.contains("--allow-empty"))
        #expect(
            await run("catalog", "import", empty, "--hromada", "test", "--mode", "replace", "--allow-empty").status == 0
        )
    }

    @Test func backupAndRestoreThroughTheCommandLine() async throws {
        _ = await run("hromada", "create", "first", "--name", "Перша громада")
        let backup = await run("db", "backup", dir.path("b.sqlite"))
        #expect(backup.status == 0, "\(backup.err)")
        _ = await run("hromada", "create", "second", "--name", "Друга громада")

        let unconfirmed = await run("db", "restore", dir.path("b.sqlite"))
        #expect(unconfirmed.status == 64)
        let restored = await run("db", "restore", dir.path("b.sqlite"), "--yes")
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("previous content was saved to"))
        let list = await run("hromada", "list")
        #expect(list.out.contains("first"))
        #expect(!list.out.contains("second"))
        #expect(await run("db", "check").out == "ok\n")
    }
}

extension CommandRunTests {
    @Test func backupRefusesDirectoriesTheLiveDatabaseAndExistingFilesUnlessForced() async throws {
        _ = await run("hromada", "create", "first", "--name", "Перша громада")
        let data = dir.path("data")
        let intoDirectory = await run("db", "backup", data)
        #expect(intoDirectory.status == 1)
        #expect(intoDirectory.err.contains("is a directory"))
        let ontoLive = await run("db", "backup", dir.path("data/svoyi.sqlite"))
        #expect(ontoLive.err.contains("is the live database"))
        #expect(await run("hromada", "list").out.contains("first"))

        #expect(await run("db", "backup", dir.path("b.sqlite")).status == 0)
        let again = await run("db", "backup", dir.path("b.sqlite"))
        #expect(again.status == 1)
        #expect(again.err.contains("add --force"))
        #expect(await run("db", "backup", dir.path("b.sqlite"), "--force").status == 0)

        let first = await run("db", "backup")
        let second = await run("db", "backup")
        #expect(first.out != second.out, "default names never collide: \(first.out) \(second.out)")
    }

    @Test func deletingAHromadaNeedsConfirmationAndRemovesItsData() async throws {
        let seeded = try await DataDirectory(path: dir.path("data")).open(modules: SvoyiCLI.modules)
        try await CommunityStore(database: seeded).importBundle(DemoHromada.bundle)
        #expect(await run("hromada", "delete", "demo").status == 64)
        let deleted = await run("hromada", "delete", "demo", "--yes")
        #expect(deleted.status == 0, "\(deleted.err)")
        let left = try await seeded.read { db in
            try db.scalar("SELECT (SELECT count(*) FROM services) + (SELECT count(*) FROM institutions)", as: Int.self)
        }
        #expect(left == 0)
    }

    @Test func repeatedAndRequiredOptions() async throws {
        let twice = await run("hromada", "create", "two", "--name", "А", "--name", "Б")
        #expect(twice.status == 64)
        #expect(twice.err.contains("--name given twice"))
        let hosts = await run(
            "hromada", "create", "lviv", "--name", "Львівська громада", "--host", "lviv.example", "--host",
            "WWW.lviv.example")
        #expect(hosts.status == 0, "\(hosts.err)")
        #expect(await run("hromada", "show", "lviv").out.contains("hosts:        lviv.example, www.lviv.example"))
        let noHromada = await run("catalog", "export")
        #expect(noHromada.status == 64)
        #expect(noHromada.err.contains("missing --hromada <slug>"))
        #expect(await run("--version").out.hasPrefix("svoyi-cli "))
    }

    @Test func slugsAndKATOTTGCodesAreCheckedWithClearMessages() async {
        for slug in ["x-", "a--b", "A1", "ж"] {
            let result = await run("hromada", "create", slug, "--name", "Х")
            #expect(result.status == 65, "\(slug)")
        }
        #expect(await run("hromada", "create", "one", "--name", "Одна", "--katottg", "UA71020990000047315").status == 0)
        let twin = await run("hromada", "create", "twin", "--name", "Друга", "--katottg", "UA71020990000047315")
        #expect(twin.status == 65)
        #expect(twin.err.contains("already has the КАТОТТГ code"))
    }

    @Test func importErrorsNameTheFieldInWords() async throws {
        _ = await run("hromada", "create", "test", "--name", "Тестова громада")
        let wrongType = try write(
            "bad.json",
            #"[{"code": "x", "name": {"uk": "Х"}, "description": {"uk": "Х"}, "cost": {"kopecks": "free"}, "term": {"amount": 1, "unit": "workingDays"}}]"#
        )
        let result = await run("catalog", "import", wrongType, "--hromada", "test")
        #expect(result.status == 65)
        #expect(result.err.contains("[0].cost.kopecks"), "\(result.err)")
        let missing = await run("catalog", "import", dir.path("nothing.json"), "--hromada", "test")
        #expect(missing.status == 66)
        #expect(missing.err.contains("no such file"))
    }
}

extension CommandRunTests {
    @Test func restoreIsRefusedWhileAServerRunsAndForABackupFromANewerVersion() async throws {
        _ = await run("hromada", "create", "first", "--name", "Перша громада")
        #expect(await run("db", "backup", dir.path("good.sqlite")).status == 0)

        do {
            let lock = try DataDirectory(path: dir.path("data")).lockForServer()
            let whileRunning = await run("db", "restore", dir.path("good.sqlite"), "--yes")
            #expect(whileRunning.status == 1)
            #expect(whileRunning.err.contains("svoyi-server is running"))
            withExtendedLifetime(lock) {}
        }

        // A backup whose ledger has a migration this binary does not know.
        let newer = try SQLiteDatabase(path: dir.path("newer.sqlite"))
        try await newer.restore(from: dir.path("good.sqlite"))
        try await newer.write { db in
            try db.execute(
                "INSERT INTO svoyi_migrations (module, version, name, applied_at) VALUES ('community', 99, 'future', ?)",
                Date())
        }
        try await newer.checkpoint()
        newer.close()
        _ = await run("hromada", "create", "second", "--name", "Друга громада")
        let refused = await run("db", "restore", dir.path("newer.sqlite"), "--yes")
        #expect(refused.status == 1)
        #expect(refused.err.contains("newer Svoyi"), "\(refused.err)")
        let list = await run("hromada", "list")
        #expect(list.out.contains("second"))
    }
}
