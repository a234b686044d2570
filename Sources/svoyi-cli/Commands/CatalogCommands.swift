import SvoyiCore

enum CatalogCommands {
    static let spec = CommandSpec(
        "catalog", abstract: "Import and export a hromada's service catalogue (JSON or CSV).", subcommands: [])
}
