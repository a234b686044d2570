import ChatbotKit
import Foundation
import SvoyiCore

enum DialogueCommands {
    static let spec = CommandSpec(
        "dialogues", abstract: "Validate, import, export, list and simulate the chatbot's dialogues.",
        discussion: "The format is described in docs/dialogues.md; its JSON Schema is docs/dialogue.schema.json.",
        subcommands: [validate, importDialogues, exportDialogues, list, simulate])

    static let hromada = OptionSpec.value("hromada", "slug", "The hromada whose dialogues they are.", required: true)
    static let language = OptionSpec.value(
        "language", "code", "Language of the problem messages.", choices: ["en", "uk"], default: "en")

    static let validate = CommandSpec(
        "validate", abstract: "Check dialogue files without a database.",
        discussion: """
            Every file (a dialogue object or a list of them; a directory means its *.json files) is checked, and \
            all of them together as one set: 'dialogue:<id>' may name any dialogue of the set or one given with \
            --known. Actions are checked against the modules this binary carries; catalogue codes are not \
            checked here (each facts node gets a warning) but are when importing. Exits 65 when there are errors.
            --action adds an action name, for dialogues written before the module that provides it is mounted.
            """,
        options: [
            .value("known", "id", "A dialogue id to accept as a target besides the set's.", repeatable: true),
            .value("action", "name", "An action name to accept besides the modules' ones.", repeatable: true),
            .flag("json", "Print the problems as JSON."), language,
        ],
        arguments: [ArgumentSpec(name: "path", help: "A dialogue JSON file or a directory of them.")]
    ) { arguments, env in
        let loaded = try DialogueFiles.load(arguments.required("path"))
        let validator = DialogueValidator(
            knownActions: knownActions.union(arguments.values("action")), knownDialogues: Set(arguments.values("known"))
        )
        let problems = loaded.problems + loaded.locate(validator.validate(set: loaded.dialogues.map(\.dialogue)))
        if arguments.flag("json") {
            env.print(try jsonText(problems.map(\.problem)))
        } else {
            DialogueFiles.print(problems, language: arguments.value("language") ?? "en", env)
        }
        let errors = problems.filter { $0.problem.severity == .error }.count
        let summary =
            "Checked \(loaded.dialogues.count) dialogue(s) in \(loaded.fileCount) file(s): \(errors) error(s), "
            + "\(problems.count - errors) warning(s)."
        guard errors == 0 else { throw CLIFailure.dataError(summary) }
        env.printError(summary)
    }

    static let importDialogues = CommandSpec(
        "import", abstract: "Import dialogue files into a hromada's library, as drafts or published.",
        discussion: """
            The files are validated together, against the hromada's published dialogues and its catalogue, before \
            anything is written: one error refuses the whole import. Each dialogue gets the next version number \
            of its id; one whose content equals its newest stored version adds no version.
            """,
        options: [hromada, .flag("publish", "Publish what is imported."), language],
        arguments: [ArgumentSpec(name: "path", help: "A dialogue JSON file or a directory of them.")]
    ) { arguments, env in
        let loaded = try DialogueFiles.load(arguments.required("path"))
        let language = arguments.value("language") ?? "en"
        guard loaded.problems.isEmpty else {
            DialogueFiles.print(loaded.problems, language: language, env)
            throw CLIFailure.dataError("nothing was imported: \(loaded.problems.count) file problem(s)")
        }
        let context = try await OperatorContext.open(arguments, env)
        let target = try await context.hromada(arguments.required("hromada"))
        let store = DialogueStore(database: context.database, knownActions: knownActions)
        let imported: [ImportedDialogue]
        do {
            imported = try await store.importSet(
                loaded.dialogues.map(\.dialogue), hromadaID: target.id!, publish: arguments.flag("publish"),
                by: "operator:\(env.operatorName)")
        } catch DialogueStoreError.invalid(let problems) {
            DialogueFiles.print(loaded.locate(problems), language: language, env)
            throw CLIFailure.dataError("nothing was imported: \(problems.count) error(s)")
        }
        for item in imported {
            let notes = [item.isNewVersion ? "new" : "unchanged", item.isPublished ? "published" : "draft"]
            env.print("  \(item.id) v\(item.version) (\(notes.joined(separator: ", ")))")
        }
        let added = imported.filter(\.isNewVersion).count
        env.print(
            "Imported \(imported.count) dialogue(s) into \(target.slug): \(added) new version(s), "
                + "\(imported.count - added) unchanged.")
        try await context.record(
            "dialogues.import", hromadaID: target.id!,
            target: (kind: "dialogue", id: imported.map { "\($0.id)@\($0.version)" }.joined(separator: ",")),
            detail: arguments.flag("publish") ? "published" : "drafts")
    }

    static let exportDialogues = CommandSpec(
        "export", abstract: "Write a hromada's dialogues as JSON: the published version of each, else the newest.",
        options: [
            hromada, .value("id", "id", "Only this dialogue (written as one object instead of a list)."),
            .value("output", "file|dir", "A file, or an existing directory to write one <id>.json per dialogue."),
        ]
    ) { arguments, env in
        let database = try await arguments.openDatabase(env)
        let target = try await HromadaCommands.hromada(
            arguments.required("hromada"), CommunityStore(database: database))
        let store = DialogueStore(database: database, knownActions: knownActions)
        let id = arguments.value("id")
        let dialogues: [Dialogue]
        do {
            dialogues = try await store.export(hromadaID: target.id!, id: id)
        } catch let error as DialogueStoreError {
            throw CLIFailure(message: error.description)
        }
        if let output = arguments.value("output"), DialogueFiles.isDirectory(output) {
            for dialogue in dialogues {
                let path = URL(fileURLWithPath: output).appendingPathComponent("\(dialogue.id).json").path
                try writeOutput(String(decoding: try dialogue.jsonData(), as: UTF8.self), to: path, env)
            }
            return
        }
        let text = String(decoding: try await store.exportJSON(hromadaID: target.id!, id: id), as: UTF8.self)
        try writeOutput(text, to: arguments.value("output"), env)
    }

    static let list = CommandSpec("list", abstract: "List a hromada's dialogues.", options: [hromada]) {
        arguments, env in
        let database = try await arguments.openDatabase(env)
        let target = try await HromadaCommands.hromada(
            arguments.required("hromada"), CommunityStore(database: database))
        let summaries = try await DialogueStore(database: database, knownActions: knownActions).list(
            hromadaID: target.id!)
        guard !summaries.isEmpty else {
            env.print("No dialogues in \(target.slug) yet. Import some: svoyi-cli dialogues import --hromada …")
            return
        }
        env.print(
            textTable(
                ["ID", "KIND", "PUBLISHED", "DRAFTS", "REVIEW DUE", "TITLE"],
                summaries.map { summary in
                    [
                        summary.id, summary.kind.rawValue, summary.publishedVersion.map { "v\($0)" } ?? "—",
                        summary.draftVersions.isEmpty
                            ? "—" : summary.draftVersions.map { "v\($0)" }.joined(separator: " "),
                        summary.reviewDue?.description ?? "—", summary.title.uk,
                    ]
                }))
    }

    /// The names of the actions this binary's modules provide.
    static var knownActions: Set<String> { Set(SvoyiCLI.modules.flatMap(\.conversationActions).map(\.name)) }
}
