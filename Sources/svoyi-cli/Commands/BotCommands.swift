import ChatbotKit
import Foundation
import SvoyiCore

/// `svoyi-cli bot …`: the hromadas' messenger bots (the registry both channels share).
enum BotCommands {
    static let spec = CommandSpec(
        "bot", abstract: "Register and check the hromadas' Telegram and Viber bots.",
        discussion: """
            A hromada has at most one enabled bot per messenger. Tokens are stored sealed with the installation's \
            secret.key and never printed. The server picks up a new or changed bot within a minute.
            """,
        subcommands: [list, enable, disable, setRate, TelegramBotCommands.spec, ViberBotCommands.spec])

    static let botArgument = ArgumentSpec(name: "bot", help: "The bot's id, as 'bot list' shows it.")

    static let list = CommandSpec(
        "list", abstract: "List the bots (never their tokens).",
        options: [.value("hromada", "slug", "Only this hromada's bots.")]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let store = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        var hromadaID: Int64?
        if let slug = arguments.value("hromada") { hromadaID = try await context.hromada(slug).id }
        let bots = try await store.bots(hromadaID: hromadaID)
        guard !bots.isEmpty else {
            env.print("No bots yet. Add one with 'svoyi-cli bot telegram add --hromada <slug> --token <token>'.")
            return
        }
        var rows: [[String]] = []
        for bot in bots {
            rows.append([
                bot.id, bot.channel.rawValue, try await context.slug(hromadaID: bot.hromadaID),
                bot.isEnabled ? "enabled" : "disabled", bot.mode.rawValue, bot.username.map { "@\($0)" } ?? "—",
                bot.apiBase == bot.channel.defaultAPIBase ? "default" : bot.apiBase.absoluteString,
                "\(bot.effectiveSendRate)/s", bot.name,
            ])
        }
        env.print(textTable(["ID", "CHANNEL", "HROMADA", "STATUS", "MODE", "USERNAME", "API", "RATE", "NAME"], rows))
    }

    static let enable = CommandSpec(
        "enable", abstract: "Enable a bot (the hromada's other bot in the same messenger must be disabled first).",
        arguments: [botArgument]
    ) { arguments, env in
        try await setEnabled(true, arguments, env)
    }

    static let disable = CommandSpec(
        "disable", abstract: "Disable a bot: its webhook answers 404 and nothing is sent through it.",
        arguments: [botArgument]
    ) { arguments, env in
        try await setEnabled(false, arguments, env)
    }

    static func setEnabled(_ enabled: Bool, _ arguments: ParsedArguments, _ env: CLIEnvironment) async throws {
        let context = try await OperatorContext.open(arguments, env)
        let store = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        let bot: Bot
        do {
            bot = try await store.setEnabled(enabled, id: arguments.required("bot"))
        } catch let error as BotStoreError {
            throw CLIFailure.dataError(error.description)
        }
        try await context.record(
            enabled ? "bot.enable" : "bot.disable", hromadaID: bot.hromadaID, target: ("bot", bot.id))
        env.print("\(enabled ? "Enabled" : "Disabled") \(bot.channel.rawValue) bot \(bot.id) «\(bot.name)».")
    }

    /// The bot `id` of `channel` with its opened token, or a failure.
    static func credentials(
        _ id: String, channel: BotChannel, _ context: OperatorContext
    ) async throws -> (BotStore, BotCredentials) {
        let store = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        do {
            guard let credentials = try await store.credentials(id: id), credentials.bot.channel == channel else {
                throw CLIFailure(message: "no \(channel.rawValue) bot \(id); 'svoyi-cli bot list' shows them")
            }
            return (store, credentials)
        } catch let error as BotStoreError {
            throw CLIFailure.dataError(error.description)
        }
    }
}
