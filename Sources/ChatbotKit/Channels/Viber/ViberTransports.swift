public import SvoyiCore
import Synchronization

/// The notification outbox's Viber transports, read from the bot registry: one ``ViberTransport`` per enabled Viber
/// bot, so a bot added with `svoyi-cli bot viber add` while the server runs is used at the dispatcher's next
/// refresh. A bot whose token, address, name or picture did not change keeps its transport (and what it learnt:
/// whether Viber allows it to broadcast).
public final class ViberTransports: NotificationTransportSource {
    let bots: BotStore
    let client: any HTTPClient
    /// Where a bot that cannot be read is reported (without its token).
    let report: @Sendable (String) -> Void
    private let cache = Mutex<[String: (bot: ViberBot, transport: ViberTransport)]>([:])

    /// Transports for the enabled Viber bots of `bots`, sending with `client` (the server's one messenger client).
    public init(
        bots: BotStore, client: any HTTPClient, report: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.bots = bots
        self.client = client
        self.report = report
    }

    public func transports() async -> [any NotificationTransport] {
        let enabled: [Bot]
        do {
            enabled = try await bots.bots(channel: .viber).filter(\.isEnabled)
        } catch {
            report("viber: the bot registry could not be read: \(error)")
            return cache.withLock { $0.values.map(\.transport) }
        }
        var current: [String: (bot: ViberBot, transport: ViberTransport)] = [:]
        for entry in enabled {
            do {
                guard let bot = try await bots.viberBot(id: entry.id) else { continue }
                let kept = cache.withLock { $0[bot.id] }
                current[bot.id] = kept?.bot == bot ? kept! : (bot, ViberTransport(bot: bot, client: client))
            } catch {
                report("viber: bot \(entry.id) is not used for notifications: \(error)")
            }
        }
        cache.withLock { $0 = current }
        return current.values.sorted { $0.bot.id < $1.bot.id }.map(\.transport)
    }
}
