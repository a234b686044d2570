import SvoyiCore

enum RootCommand {
    static let dataDirectory = OptionSpec.value(
        "data-dir", "path", "Data directory (default: $SVOYI_DATA_DIR or ./svoyi-data).", inherited: true)

    static let spec = CommandSpec(
        "svoyi-cli",
        abstract:
            "Operate a Svoyi installation: hromadas, the database, the service catalogue, staff, API tokens, dialogues, "
            + "bots, PUSH messages.",
        discussion: """
            Commands act on the database in the data directory, the same one svoyi-server uses. They work \
            while the server runs, except 'db restore' and 'db migrate', which need it stopped.
            """,
        options: [dataDirectory],
        subcommands: [
            HromadaCommands.spec, DatabaseCommands.spec, CatalogCommands.spec, StaffCommands.spec, TokenCommands.spec,
            DialogueCommands.spec, BotCommands.spec, PushCommands.spec,
        ]
    )
}

extension ParsedArguments {
    /// The data directory chosen by `--data-dir`, the environment, or the default.
    func dataDirectory(_ environment: CLIEnvironment) -> DataDirectory {
        DataDirectory.resolve(option: value("data-dir"), environment: environment.variables)
    }

    /// Opens the installation's database; fails when it does not exist yet unless `create` is true.
    func openDatabase(
        _ environment: CLIEnvironment, create: Bool = false, migrate: Bool = true
    ) async throws
        -> SQLiteDatabase
    {
        try await dataDirectory(environment).open(modules: SvoyiCLI.modules, create: create, migrate: migrate)
    }
}
