public import SvoyiCore
import Synchronization

/// The outbox's Viber transports, read from the bot registry: one ``ViberTransport`` per enabled Viber bot
/// (``MessengerTransportSource`` asks at every refresh). A bot whose token, address, name or picture did not change
/// keeps its transport, and so what it learnt: whether Viber allows it to broadcast.
public final class ViberTransports: Sendable {
    let bots: BotStore
    let client: any HTTPClient
    private let cache = Mutex<[String: (bot: ViberBot, transport: ViberTransport)]>([:])

    /// Transports for the enabled Viber bots of `bots`, sending with `client` (the server's one messenger client).
    public init(bots: BotStore, client: any HTTPClient) {
        self.bots = bots
        self.client = client
    }

    /// The current transports. Throws when the registry cannot be read; a bot whose token does not open (another
    /// `secret.key`) is left out.
    public func transports() async throws -> [any NotificationTransport] {
        var current: [String: (bot: ViberBot, transport: ViberTransport)] = [:]
        for entry in try await bots.bots(channel: .viber) where entry.isEnabled {
            guard let bot = try? await bots.viberBot(id: entry.id) else { continue }
            let kept = cache.withLock { $0[bot.id] }
            current[bot.id] =
                kept.map { $0.bot == bot ? $0 : (bot, ViberTransport(bot: bot, client: client)) }
                ?? (bot, ViberTransport(bot: bot, client: client))
        }
        cache.withLock { $0 = current }
        return current.values.sorted { $0.bot.id < $1.bot.id }.map(\.transport)
    }
}
