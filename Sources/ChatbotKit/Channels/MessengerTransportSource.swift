public import SvoyiCore
import Synchronization

/// The outbox's view of the hromadas' messenger bots: a ``NotificationTransport`` for every enabled bot in the
/// registry, read afresh each time the ``NotifyDispatcher`` asks (when it starts, when told a bot changed, and
/// every refresh interval), so a bot added with `svoyi-cli` in another process starts sending without a restart.
public final class MessengerTransportSource: NotificationTransportSource {
    /// The bot registry.
    public let bots: BotStore
    /// The client the transports send with: retries off, since a send is not idempotent.
    public let client: any HTTPClient
    /// Where a registry that cannot be read is reported.
    public let log: LogSink
    /// The Viber bots' transports, kept between reads (a transport remembers whether Viber lets its bot broadcast).
    let viber: ViberTransports
    /// The transports of the last successful read, kept when a read fails so a passing database error does not stop
    /// every delivery worker.
    private let last = Mutex<[any NotificationTransport]>([])

    public init(bots: BotStore, client: any HTTPClient, log: LogSink = .standardError) {
        self.bots = bots
        self.client = client
        self.log = log
        self.viber = ViberTransports(bots: bots, client: client)
    }

    public func transports() async -> [any NotificationTransport] {
        do {
            let transports =
                try await TelegramTransport.transports(bots: bots, client: client) + (try await viber.transports())
            last.withLock { $0 = transports }
            return transports
        } catch {
            log("Notification transports: the bot registry could not be read, keeping the last ones: \(error)")
            return last.withLock { $0 }
        }
    }
}
