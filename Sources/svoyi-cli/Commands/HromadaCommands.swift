import ChatbotKit
import Foundation
import SvoyiCore

enum HromadaCommands {
    static let spec = CommandSpec(
        "hromada", abstract: "Add, list, show, import and export hromadas.",
        subcommands: [create, list, show, importBundle, exportBundle, delete])

    static let json = OptionSpec.flag("json", "Print JSON instead of text.")

    static let create = CommandSpec(
        "create", abstract: "Add a hromada.",
        options: [
            .value("name", "text", "Ukrainian name, e.g. «Бучанська міська територіальна громада».", required: true),
            .value("name-en", "text", "English name."),
            .value("katottg", "code", "КАТОТТГ code of the hromada (UA + 17 digits)."),
            .value("oblast", "name", "Oblast, for display."),
            .value("time-zone", "zone", "IANA time zone.", default: "Europe/Kyiv"),
            .value("host", "name", "Host name of its website.", repeatable: true),
        ],
        arguments: [
            ArgumentSpec(
                name: "slug", help: "URL name: 2–63 characters a–z and 0–9, single hyphens between them (bila-tserkva)."
            )
        ]
    ) { arguments, env in
        let name = arguments.required("name")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError(message: "--name must not be empty", path: arguments.path)
        }
        var hromada = Hromada(
            slug: arguments.required("slug"), name: LocalizedText(uk: name, en: arguments.value("name-en")),
            katottg: arguments.value("katottg"), oblast: arguments.value("oblast"),
            timeZone: arguments.value("time-zone") ?? "Europe/Kyiv")
        hromada.hosts = arguments.values("host").map { $0.lowercased() }
        let problems = hromada.problems(at: "hromada")
        guard problems.isEmpty else { throw CLIFailure.dataError(CommunityError.invalid(problems).description) }
        let database = try await arguments.openDatabase(env, create: true)
        let created: Hromada
        do {
            created = try await CommunityStore(database: database).createHromada(hromada)
        } catch let error as CommunityError {
            throw CLIFailure.dataError(error.description)
        }
        env.print("Created hromada \(created.slug) (id \(created.id ?? 0)): \(created.name.uk)")
        await seedDialogues(hromadaID: created.id!, in: database, env)
    }

    /// Publishes the shipped chatbot dialogues for a hromada the command just made, as svoyi-server does at start,
    /// so that its bot and web chat work at once rather than after the server's next restart.
    static func seedDialogues(hromadaID: Int64, in database: any Database, _ env: CLIEnvironment) async {
        do {
            let seeded = try await DialogueStore(database: database, knownActions: DialogueCommands.knownActions)
                .seedShippedDialogues(hromadaID: hromadaID)
            if seeded > 0 { env.print("Published \(seeded) shipped chatbot dialogues (staff edit them in the panel).") }
        } catch {
            env.printError("The shipped dialogues were not added (\(error)); svoyi-server adds them at its next start.")
        }
    }

    static let list = CommandSpec("list", abstract: "List the hromadas.", options: [json]) { arguments, env in
        let database = try await arguments.openDatabase(env)
        let hromadas = try await CommunityStore(database: database).hromadas()
        if arguments.flag("json") {
            env.print(try jsonText(hromadas))
            return
        }
        if hromadas.isEmpty {
            env.print("No hromadas yet. Add one: svoyi-cli hromada create <slug> --name <name>")
            return
        }
        let width = max(4, hromadas.map(\.slug.count).max() ?? 0)
        env.print("SLUG".padding(toLength: width, withPad: " ", startingAt: 0) + "  ZONE          NAME")
        for hromada in hromadas {
            env.print(
                hromada.slug.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + hromada.timeZone.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + hromada.name.uk)
        }
    }

    static let show = CommandSpec(
        "show", abstract: "Show a hromada and what it holds.", options: [json],
        arguments: [ArgumentSpec(name: "slug", help: "The hromada's slug.")]
    ) { arguments, env in
        let database = try await arguments.openDatabase(env)
        let store = CommunityStore(database: database)
        let hromada = try await hromada(arguments.required("slug"), store)
        let bundle = try await store.exportBundle(hromadaID: hromada.id!)
        if arguments.flag("json") {
            env.print(try jsonText(hromada))
            return
        }
        env.print("\(hromada.name.uk)")
        if let en = hromada.name.en { env.print(en) }
        env.print("  slug:         \(hromada.slug) (id \(hromada.id ?? 0))")
        env.print("  КАТОТТГ:      \(hromada.katottg ?? "—")")
        env.print("  oblast:       \(hromada.oblast ?? "—")")
        env.print("  time zone:    \(hromada.timeZone)")
        env.print("  hosts:        \(hromada.hosts.isEmpty ? "—" : hromada.hosts.joined(separator: ", "))")
        env.print("  districts:    \(bundle.districts.count)")
        env.print("  settlements:  \(bundle.settlements.count)")
        let kinds = Dictionary(grouping: bundle.institutions, by: \.kind).mapValues(\.count)
        let summary = kinds.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        env.print("  institutions: \(bundle.institutions.count) (\(summary.joined(separator: ", ")))")
        env.print("  services:     \(bundle.services.count)")
    }

    static let importBundle = CommandSpec(
        "import", abstract: "Create or replace a hromada's community data from a bundle JSON file.",
        discussion: """
            The file is what 'hromada export' writes: the hromada, its districts, settlements, institutions, \
            life situations and services. It is checked whole before anything is written; one problem rejects \
            it and the stored data stays as it was.
            """,
        arguments: [ArgumentSpec(name: "file", help: "Bundle JSON file.")]
    ) { arguments, env in
        let data = try readInput(arguments.required("file"))
        let bundle: CommunityBundle
        do {
            bundle = try JSONDecoder().decode(CommunityBundle.self, from: data)
        } catch let error as DecodingError {
            throw CLIFailure.dataError("the bundle is not valid: \(describe(error))")
        }
        let database = try await arguments.openDatabase(env, create: true)
        do {
            let hromada = try await CommunityStore(database: database).importBundle(bundle)
            env.print(
                "Imported \(hromada.slug): \(bundle.settlements.count) settlements, "
                    + "\(bundle.institutions.count) institutions, \(bundle.services.count) services.")
            await seedDialogues(hromadaID: hromada.id!, in: database, env)
        } catch let error as CommunityError {
            throw CLIFailure.dataError(error.description)
        }
    }

    static let exportBundle = CommandSpec(
        "export", abstract: "Write a hromada's community data as a bundle JSON file.",
        options: [.value("output", "file.json", "Write to this file instead of standard output.")],
        arguments: [ArgumentSpec(name: "slug", help: "The hromada's slug.")]
    ) { arguments, env in
        if let output = arguments.value("output"),
            !["", "json"].contains((output as NSString).pathExtension.lowercased())
        {
            throw UsageError(message: "a bundle is JSON; name the file \(output).json or similar", path: arguments.path)
        }
        let database = try await arguments.openDatabase(env)
        let store = CommunityStore(database: database)
        let hromada = try await hromada(arguments.required("slug"), store)
        let bundle = try await store.exportBundle(hromadaID: hromada.id!).withoutDatabaseIDs()
        try writeOutput(try jsonText(bundle), to: arguments.value("output"), env)
    }

    static let delete = CommandSpec(
        "delete", abstract: "Delete a hromada with all its data (back up first).",
        options: [.flag("yes", "Confirm the deletion.")],
        arguments: [ArgumentSpec(name: "slug", help: "The hromada's slug.")]
    ) { arguments, env in
        guard arguments.flag("yes") else {
            throw UsageError(
                message: "delete removes the hromada and every record of it; add --yes to confirm", path: arguments.path
            )
        }
        let database = try await arguments.openDatabase(env)
        let store = CommunityStore(database: database)
        let hromada = try await hromada(arguments.required("slug"), store)
        let cancelled = try await database.write { db in
            let cancelled = try JobQueue.cancelAll(hromadaID: hromada.id!, in: db)
            try CommunityStore.deleteHromada(id: hromada.id!, in: db)
            return cancelled
        }
        env.print("Deleted hromada \(hromada.slug) (\(hromada.name.uk)); cancelled \(cancelled) queued job(s).")
    }

    /// The hromada with this slug, or a failure that lists the slugs there are.
    static func hromada(_ slug: String, _ store: CommunityStore) async throws -> Hromada {
        if let hromada = try await store.hromada(slug: slug) { return hromada }
        let known = try await store.hromadas().map(\.slug)
        throw CLIFailure(
            message: "no hromada \(slug)" + (known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))"))
    }
}

/// Pretty JSON with sorted keys and readable Ukrainian.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIFailure(message: "cannot read \(path): no such file", status: 66)
    }
    guard !isDirectory.boolValue else {
        throw CLIFailure(message: "cannot read \(path): it is a directory", status: 66)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIFailure(message: "cannot read \(path): permission denied or unreadable", status: 66)
    }
    return data
}

/// Writes text to a file, or to standard output when no file is given.
func writeOutput(_ text: String, to path: String?, _ env: CLIEnvironment) throws {
    guard let path else {
        env.print(text)
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CLIFailure(message: "cannot write \(path): \(error.localizedDescription)", status: 73)
    }
    env.printError("Wrote \(path).")
}

/// A decoding error as one line that names the field and what was expected, in words.
func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return keys.isEmpty ? "the document" : String(keys.drop { $0 == "." })
    }
    func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list [...]" }
        if name.hasPrefix("Dictionary") { return "an object {...}" }
        if name.hasPrefix("Int") { return "a whole number" }
        if name == "Double" || name == "Float" { return "a number" }
        if name == "String" { return "text in quotes" }
        if name == "Bool" { return "true or false" }
        return name
    }
    switch error {
    case .keyNotFound(let key, let context):
        return "\(path(context)): \(key.stringValue) is missing"
    case .typeMismatch(let type, let context):
        return "\(path(context)): expected \(kind(type))"
    case .valueNotFound(let type, let context):
        return "\(path(context)): expected \(kind(type)), found null"
    case .dataCorrupted(let context):
        if let underlying = context.underlyingError {
            return "not valid JSON (\((underlying as NSError).userInfo[NSDebugDescriptionErrorKey] ?? underlying))"
        }
        return "\(path(context)): \(context.debugDescription)"
    @unknown default:
        return "\(error)"
    }
}
