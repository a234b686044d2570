/// `svoyi-cli bot …`: the hromadas' messenger bots.
enum BotCommands {
    static let spec = CommandSpec(
        "bot", abstract: "Add messenger bots to hromadas and connect them to this server.",
        discussion: """
            Bots are kept in the bot registry with their tokens sealed under the installation's secret.key. \
            Each bot gets a random public id; its webhook is https://<your host>/hooks/<messenger>/<id>.
            """,
        subcommands: [ViberBotCommands.spec])
}
