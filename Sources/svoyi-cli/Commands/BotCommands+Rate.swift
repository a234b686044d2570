import ChatbotKit
import Foundation
import SvoyiCore

/// `svoyi-cli bot set-rate` and the `--rate` of `bot telegram add`: how fast the outbox sends through a bot.
extension BotCommands {
    static let rateOption = OptionSpec.value(
        "rate", "per-second",
        "Messages a second for PUSH alerts (1–1000; default 30, Telegram's free limit; above 30 every message is a "
            + "paid broadcast at 0.1 Telegram Star).")

    static let setRate = CommandSpec(
        "set-rate", abstract: "Set how many messages a second PUSH alerts go out through a bot.",
        discussion: """
            Telegram lets a bot send about 30 messages a second for free. Up to 1000 a second are allowed as paid \
            broadcasts (allow_paid_broadcast): each message then costs 0.1 Telegram Star, paid from the bot's \
            balance, so top it up in @BotFather first. At 30 a second 10,000 residents take about 6 minutes; at \
            1000, 10 seconds. 'default' goes back to 30. The running server takes the new rate within 10 seconds.
            """,
        arguments: [
            botArgument, ArgumentSpec(name: "rate", help: "Messages a second (1–1000 for Telegram), or 'default'."),
        ]
    ) { arguments, env in
        let id = arguments.required("bot")
        let text = arguments.required("rate")
        let context = try await OperatorContext.open(arguments, env)
        let store = BotStore(database: context.database, secretKey: try context.directory.secretKey())
        let bot: Bot
        do {
            guard let existing = try await store.bot(id: id) else { throw BotStoreError.notFound }
            let rate = text == "default" ? nil : try sendRate(text, channel: existing.channel, arguments)
            bot = try await store.setSendRate(rate, id: id)
            try await context.record(
                "bot.set-rate", hromadaID: bot.hromadaID, target: ("bot", bot.id),
                before: ["send_rate": String(existing.effectiveSendRate)],
                after: ["send_rate": String(bot.effectiveSendRate)])
        } catch let error as BotStoreError {
            throw CLIFailure.dataError(error.description)
        }
        env.print(rateSentence(bot))
        env.print("The running server takes it within 10 seconds.")
    }

    /// A rate given on the command line, checked against what the messenger allows (usage error otherwise).
    static func sendRate(_ text: String, channel: BotChannel, _ arguments: ParsedArguments) throws -> Int {
        guard let allowed = channel.sendRates else {
            throw CLIFailure.dataError(BotStoreError.invalidSendRate(channel: channel, allowed: nil).description)
        }
        guard let rate = Int(text), allowed.contains(rate) else {
            throw UsageError(
                message: "the rate must be a whole number of messages a second, \(allowed.lowerBound)–"
                    + "\(allowed.upperBound), not \(text)",
                path: arguments.path)
        }
        return rate
    }

    /// "Bot … sends PUSH alerts at up to N messages a second (…)."
    static func rateSentence(_ bot: Bot) -> String {
        let rate = bot.effectiveSendRate
        let paid =
            bot.channel == .telegram && rate > BotChannel.telegramFreeRate
            ? " as paid broadcasts (0.1 Telegram Star a message, from the bot's balance)"
            : bot.sendRate == nil ? " (the messenger's default)" : ""
        return "Bot \(bot.id) sends PUSH alerts at up to \(rate) messages a second\(paid)."
    }
}
