import ChatbotKit
import Foundation
import SvoyiCore

/// `svoyi-cli bot telegram …`: add a Telegram bot, point its webhook here, check it.
enum TelegramBotCommands {
    static let spec = CommandSpec(
        "telegram", abstract: "Add a Telegram bot, set its webhook, show what Telegram knows about it.",
        subcommands: [add, setWebhook, info])

    static let apiBase = OptionSpec.value(
        "api-base", "url", "The Bot API server (default https://api.telegram.org; a Local Bot API server).")

    static let add = CommandSpec(
        "add", abstract: "Register a bot made with @BotFather; checks the token with getMe.",
        discussion: """
            The token may come from the environment variable SVOYI_BOT_TOKEN instead of --token, which keeps it \
            out of the shell history and the process list. With --polling the server fetches updates itself \
            (getUpdates), for an installation without a public HTTPS address; otherwise run 'bot telegram \
            set-webhook' next.
            """,
        options: [
            StaffCommands.hromada, .value("token", "token", "The bot's token from @BotFather."), apiBase,
            .flag("polling", "Receive updates by long polling instead of a webhook."),
        ]
    ) { arguments, env in
        guard let token = arguments.value("token") ?? env.variables["SVOYI_BOT_TOKEN"], !token.isEmpty else {
            throw UsageError(message: "give the token with --token or SVOYI_BOT_TOKEN", path: arguments.path)
        }
        guard BotStore.isValidToken(token, channel: .telegram) else {
            throw UsageError(
                message: "that is not a Telegram bot token (it looks like 123456789:AA… as @BotFather gives it)",
                path: arguments.path)
        }
        let base = try apiBaseURL(arguments)
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: cliTimeout))
        defer { client.invalidate() }
        let me: TelegramBotInfo
        do {
            me = try await TelegramAPI(
                base: base ?? BotChannel.telegram.defaultAPIBase, token: token, client: client, timeout: cliTimeout
            )
            .getMe()
        } catch {
            throw CLIFailure.dataError("Telegram did not accept the token: \(error)")
        }
        let store = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        let bot: Bot
        do {
            bot = try await store.add(
                .init(
                    channel: .telegram, hromadaID: hromada.id!, name: me.firstName, username: me.username,
                    token: token, apiBase: base, mode: arguments.flag("polling") ? .polling : .webhook))
        } catch let error as BotStoreError {
            throw CLIFailure.dataError(error.description)
        }
        try await context.record(
            "bot.add", hromadaID: hromada.id!, target: ("bot", bot.id),
            after: ["channel": "telegram", "username": bot.username ?? "", "mode": bot.mode.rawValue])
        env.print("Added Telegram bot \(bot.id) «\(bot.name)» (@\(bot.username ?? "?")) for \(hromada.slug).")
        if bot.mode == .polling {
            env.print("It receives updates by long polling: the running server starts within a minute.")
        } else {
            env.print("Next, point Telegram at this server:")
            env.print("  svoyi-cli bot telegram set-webhook \(bot.id) --url https://<your-domain>\(bot.webhookPath)")
        }
        if let username = bot.username {
            env.print(
                "Residents open it at https://t.me/\(username) (QR codes: https://t.me/\(username)?start=<payload>).")
        }
    }

    static let setWebhook = CommandSpec(
        "set-webhook", abstract: "Point the bot's webhook at this server (setWebhook with its secret token).",
        discussion: """
            The URL must be HTTPS and end with the bot's path, /hooks/telegram/<bot>. The bot switches to webhook \
            mode; Telegram then signs every delivery with the bot's secret token.
            """,
        options: [
            .value("url", "https-url", "The public address of the webhook.", required: true),
            .flag("drop-pending", "Discard the updates Telegram holds for the bot."),
        ],
        arguments: [BotCommands.botArgument]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let (store, credentials) = try await BotCommands.credentials(
            arguments.required("bot"), channel: .telegram, context)
        let url = arguments.required("url")
        guard url.hasPrefix("https://"), URL(string: url)?.host != nil, url.hasSuffix(credentials.bot.webhookPath)
        else {
            throw UsageError(
                message: "--url must be https://<your-domain>\(credentials.bot.webhookPath)", path: arguments.path)
        }
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: cliTimeout))
        defer { client.invalidate() }
        do {
            try await TelegramAPI(credentials, client: client, timeout: cliTimeout).setWebhook(
                url: url, secretToken: credentials.webhookSecret ?? "",
                dropPendingUpdates: arguments.flag("drop-pending"))
        } catch {
            throw CLIFailure.dataError("Telegram refused the webhook: \(error)")
        }
        try await store.setMode(.webhook, id: credentials.bot.id)
        try await context.record(
            "bot.set-webhook", hromadaID: credentials.bot.hromadaID, target: ("bot", credentials.bot.id), detail: url)
        env.print("Telegram now delivers updates of bot \(credentials.bot.id) to \(url).")
    }

    static let info = CommandSpec(
        "info", abstract: "Show what Telegram says about the bot: getMe and getWebhookInfo.",
        arguments: [BotCommands.botArgument]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let (_, credentials) = try await BotCommands.credentials(arguments.required("bot"), channel: .telegram, context)
        let bot = credentials.bot
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: cliTimeout))
        defer { client.invalidate() }
        let api = TelegramAPI(credentials, client: client, timeout: cliTimeout)
        let me: TelegramBotInfo
        let webhook: TelegramWebhookInfo
        do {
            me = try await api.getMe()
            webhook = try await api.getWebhookInfo()
        } catch {
            throw CLIFailure.dataError("Telegram did not answer: \(error)")
        }
        env.print("Bot:             \(bot.id) «\(me.firstName)» @\(me.username ?? "?") (Telegram id \(me.id))")
        env.print("Hromada:         \(try await context.slug(hromadaID: bot.hromadaID))")
        env.print("Status:          \(bot.isEnabled ? "enabled" : "disabled"), \(bot.mode.rawValue) mode")
        env.print("Webhook:         \(webhook.url.isEmpty ? "none (the bot polls or is not set up)" : webhook.url)")
        env.print("Pending updates: \(webhook.pendingUpdateCount)")
        if let date = webhook.lastErrorDate {
            let when = ISO8601Milliseconds.format(Date(timeIntervalSince1970: TimeInterval(date)))
            env.print("Last error:      \(when) \(webhook.lastErrorMessage ?? "")")
        } else {
            env.print("Last error:      none")
        }
        if bot.mode == .polling { env.print("Poll offset:     \(bot.pollOffset)") }
    }

    /// How long the CLI waits for one Bot API answer.
    static let cliTimeout: Duration = .seconds(60)

    static func apiBaseURL(_ arguments: ParsedArguments) throws -> URL? {
        guard let text = arguments.value("api-base") else { return nil }
        guard let url = URL(string: text), (try? BotStore.checkedAPIBase(url)) != nil else {
            throw UsageError(message: "--api-base must be an http(s) URL, not \(text)", path: arguments.path)
        }
        return url
    }
}
