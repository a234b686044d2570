import SvoyiCore

enum HromadaCommands {
    static let spec = CommandSpec(
        "hromada", abstract: "Add and inspect hromadas.", subcommands: [])
}
