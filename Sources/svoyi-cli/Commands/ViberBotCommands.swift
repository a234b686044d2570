import ChatbotKit
import Foundation
import SvoyiCore

/// `svoyi-cli bot viber …`: a hromada's Viber bot.
enum ViberBotCommands {
    static let spec = CommandSpec(
        "viber", abstract: "Add a Viber bot and set its webhook.",
        discussion: """
            Since 5 February 2024 Viber creates bots only on commercial terms; the bot's token is in its \
            settings in the Viber admin panel. Add the bot, start the server where Viber can reach it over HTTPS, \
            then set the webhook.
            """,
        subcommands: [add, setWebhook])

    static let add = CommandSpec(
        "add", abstract: "Add a hromada's Viber bot after checking its token with Viber (get_account_info).",
        discussion: """
            The token may come from the environment variable SVOYI_BOT_TOKEN instead of --token, which keeps it \
            out of the shell history and the process list.
            """,
        options: [
            StaffCommands.hromada,
            .value("token", "token", "The bot's authentication token from the Viber admin panel."),
            .value("name", "name", "The sender name shown above every message (1–28 characters).", required: true),
            .value("avatar", "URL", "The sender picture shown beside every message (an http(s) address)."),
            .value("api-base", "URL", "Another address of Viber's REST API (default https://chatapi.viber.com/pa)."),
        ]
    ) { arguments, env in
        let token = (arguments.value("token") ?? env.variables["SVOYI_BOT_TOKEN"] ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw UsageError(message: "give the token with --token or SVOYI_BOT_TOKEN", path: arguments.path)
        }
        var apiBase: URL?
        if let text = arguments.value("api-base") {
            guard let url = URL(string: text), (try? BotStore.checkedAPIBase(url)) != nil else {
                throw UsageError(message: "--api-base must be an http(s) address, not \(text)", path: arguments.path)
            }
            apiBase = url
        }
        let name = arguments.required("name")
        let avatar = arguments.value("avatar")
        let probe: ViberBot
        do {
            probe = try ViberBot(
                id: "pending", hromadaID: 0, authToken: token, name: name, avatarURL: avatar,
                apiBase: apiBase.map(BotStore.checkedAPIBase) ?? ViberBot.defaultAPIBase)
        } catch let error as ViberBotError {
            throw CLIFailure.dataError(error.description)
        }
        guard BotStore.isValidToken(token, channel: .viber) else {
            throw CLIFailure.dataError(BotStoreError.invalidToken.description)
        }
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let info = try await withClient { client in
            do {
                return try await ViberAPI(bot: probe, client: client, timeout: cliTimeout).accountInfo()
            } catch {
                throw CLIFailure(message: "Viber did not accept the token: \(error)")
            }
        }
        let bots = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        let bot: Bot
        do {
            bot = try await bots.addViberBot(
                hromadaID: hromada.id!, token: token, name: name, uri: info.uri, avatarURL: avatar, apiBase: apiBase)
        } catch let error as BotStoreError {
            throw CLIFailure.dataError(error.description)
        }
        try await context.record(
            "bot.add", hromadaID: hromada.id!, target: ("bot", bot.id),
            after: [
                "channel": "viber", "name": bot.name, "uri": bot.username ?? "", "api_base": bot.apiBase.absoluteString,
            ])
        env.print("Added Viber bot \(bot.id) «\(bot.name)» for \(hromada.slug) (Viber account «\(info.name)»).")
        if let uri = info.uri, let link = DeepLinks.viberLink(uri: uri) {
            env.print("Deep link: \(link)")
        }
        env.print("Next, with the server reachable over HTTPS:")
        env.print("  svoyi-cli bot viber set-webhook \(bot.id) --url https://<your host>\(bot.webhookPath)")
    }

    static let setWebhook = CommandSpec(
        "set-webhook", abstract: "Tell Viber where to send the bot's callbacks.",
        discussion: """
            Viber checks the URL at once with a signed request that must be answered 200, so the server must be \
            running and reachable there. The URL must be https (http is allowed only to this machine, for tests) \
            and end with the bot's webhook path /hooks/viber/<id>. Asks for delivered, seen, failed, subscribed, \
            unsubscribed and conversation_started callbacks, with the person's name and photo.
            """,
        options: [.value("url", "URL", "The webhook's public address.", required: true)],
        arguments: [ArgumentSpec(name: "bot", help: "The bot's id (from 'bot viber add').")]
    ) { arguments, env in
        let id = arguments.required("bot")
        let text = arguments.required("url")
        guard let url = URL(string: text), let host = url.host,
            url.scheme == "https" || (url.scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(host))
        else {
            throw UsageError(message: "--url must be an https address, not \(text)", path: arguments.path)
        }
        guard url.path.hasSuffix("/hooks/viber/\(id)") else {
            throw UsageError(message: "--url must end with /hooks/viber/\(id), the bot's webhook", path: arguments.path)
        }
        let context = try await OperatorContext.open(arguments, env)
        let bots = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        guard let bot = try await bots.viberBot(id: id) else {
            throw CLIFailure(message: "no enabled Viber bot with id \(id)")
        }
        let events = try await withClient { client in
            do {
                return try await ViberAPI(bot: bot, client: client, timeout: cliTimeout).setWebhook(
                    url: url.absoluteString)
            } catch {
                throw CLIFailure(message: "Viber did not set the webhook: \(error)")
            }
        }
        try await context.record(
            "bot.set-webhook", hromadaID: bot.hromadaID, target: ("bot", bot.id), after: ["url": url.absoluteString])
        env.print("Viber now sends bot \(bot.id)'s callbacks to \(url.absoluteString)")
        env.print("Events: \(events.isEmpty ? "(as Viber chose)" : events.joined(separator: ", ")), message")
    }

    /// How long one call to Viber may take from the command line (as for Telegram: a minute; Viber's `set_webhook`
    /// waits for its own call to the server).
    static let cliTimeout = TelegramBotCommands.cliTimeout

    /// Runs `body` with a client that never retries (a set webhook or a check is not worth repeating blindly).
    static func withClient<T: Sendable>(_ body: (any HTTPClient) async throws -> T) async throws -> T {
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: cliTimeout, retry: .never))
        defer { client.invalidate() }
        return try await body(client)
    }
}
