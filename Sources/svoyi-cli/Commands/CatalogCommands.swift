import Foundation
import SvoyiCore

enum CatalogCommands {
    static let spec = CommandSpec(
        "catalog", abstract: "Import and export a hromada's service catalogue (JSON or CSV).",
        subcommands: [importCatalog, exportCatalog])

    static let hromada = OptionSpec.value("hromada", "slug", "The hromada whose catalogue it is.", required: true)
    static let format = OptionSpec.value(
        "format", "format",
        "File format; by default taken from the file name's extension, and JSON on standard output.",
        choices: ["json", "csv"])

    static let importCatalog = CommandSpec(
        "import", abstract: "Import services from a JSON or CSV file.",
        discussion: """
            The whole file is checked before anything is written: one bad row rejects the import with its row \
            number (the CSV header is row 1) and the catalogue stays as it was. CSV columns are listed in \
            docs/operator-guide.md.
            """,
        options: [
            hromada, format,
            .value(
                "mode", "mode", "replace: the catalogue becomes exactly the file; merge: add and update only.",
                choices: ["replace", "merge"], default: "merge"),
            .flag("allow-empty", "Allow a replacing import of a file with no services (empties the catalogue)."),
        ],
        arguments: [ArgumentSpec(name: "file", help: "The file, or - for standard input (then give --format).")]
    ) { arguments, env in
        let file = arguments.required("file")
        let format = try chosenFormat(arguments, file: file)
        let slug = arguments.required("hromada")
        let data = try readInput(file)
        let database = try await arguments.openDatabase(env)
        let store = CommunityStore(database: database)
        let target = try await HromadaCommands.hromada(slug, store)
        let mode: CatalogueImportMode = arguments.value("mode") == "replace" ? .replace : .merge
        let entries: [(row: Int?, service: Service)]
        do {
            entries =
                format == "csv"
                ? try CommunityStore.catalogueEntries(csv: data) : try CommunityStore.catalogueEntries(json: data)
        } catch {
            throw CLIFailure.dataError("\(file): \(error)")
        }
        if entries.isEmpty && mode == .replace && !arguments.flag("allow-empty") {
            throw CLIFailure.dataError(
                "\(file) has no services; a replacing import would empty the catalogue (add --allow-empty to do so)")
        }
        let result: CatalogueImportResult
        do {
            result = try await database.write { db in
                try CommunityStore.importCatalogue(entries, hromadaID: target.id!, mode: mode, in: db)
            }
        } catch let error as CatalogueImportError {
            throw CLIFailure.dataError("\(file): \(error)")
        }
        env.print(
            "Imported \(entries.count) service(s) into \(target.slug): \(result.created.count) new, "
                + "\(result.updated.count) updated, \(result.deleted.count) removed.")
    }

    static let exportCatalog = CommandSpec(
        "export", abstract: "Write the catalogue as JSON or CSV.",
        options: [hromada, format, .value("output", "file", "Write to this file instead of standard output.")]
    ) { arguments, env in
        let output = arguments.value("output")
        let format = try arguments.value("format") ?? output.map { try chosenFormat(arguments, file: $0) } ?? "json"
        let slug = arguments.required("hromada")
        let database = try await arguments.openDatabase(env)
        let store = CommunityStore(database: database)
        let target = try await HromadaCommands.hromada(slug, store)
        let text =
            format == "csv"
            ? try await store.exportCatalogueCSV(hromadaID: target.id!, byteOrderMark: output != nil)
            : String(decoding: try await store.exportCatalogueJSON(hromadaID: target.id!), as: UTF8.self)
        try writeOutput(text, to: output, env)
    }

    static func chosenFormat(_ arguments: ParsedArguments, file: String) throws -> String {
        if let format = arguments.value("format") { return format }
        switch (file as NSString).pathExtension.lowercased() {
        case "json": return "json"
        case "csv": return "csv"
        default:
            throw UsageError(
                message: "cannot tell the format of \(file); add --format json or --format csv", path: arguments.path)
        }
    }
}
