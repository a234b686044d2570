import Synchronization

/// Where the ``NotifyDispatcher`` finds the bots it sends through: one ``NotificationTransport`` per hromada and
/// messenger. Read when the dispatcher starts, when told ``NotifyDispatcher/transportsChanged()``, and every
/// ``NotifyDispatcher/Configuration/transportRefresh`` seconds.
public protocol NotificationTransportSource: Sendable {
    /// The current transports; when two share a hromada and channel, the later one is used.
    func transports() async -> [any NotificationTransport]
}

/// A source whose transports are set in code: the server keeps one and the channels (ChatbotKit) put a transport in
/// when a bot is added or its token changes, and take it out when the bot is removed.
public final class NotificationTransportRegistry: NotificationTransportSource {
    private let registered = Mutex<[TransportKey: any NotificationTransport]>([:])

    /// An empty registry.
    public init() {}

    /// A registry holding `transports`.
    public convenience init(_ transports: [any NotificationTransport]) {
        self.init()
        for transport in transports { register(transport) }
    }

    public func transports() async -> [any NotificationTransport] {
        registered.withLock { registered in
            registered.sorted { $0.key < $1.key }.map(\.value)
        }
    }

    /// Sends the hromada's notifications on the transport's channel through `transport` (replacing the one before).
    public func register(_ transport: any NotificationTransport) {
        let key = TransportKey(hromadaID: transport.hromadaID, channel: transport.channel)
        registered.withLock { $0[key] = transport }
    }

    /// Stops sending the hromada's notifications on `channel`; they stay queued until a transport is registered.
    public func remove(hromadaID: Int64, channel: ResidentChannel) {
        _ = registered.withLock { $0.removeValue(forKey: TransportKey(hromadaID: hromadaID, channel: channel)) }
    }
}

/// One bot's queue: a hromada and a messenger.
struct TransportKey: Hashable, Comparable, Sendable {
    let hromadaID: Int64
    let channel: ResidentChannel

    static func < (lhs: TransportKey, rhs: TransportKey) -> Bool {
        (lhs.hromadaID, lhs.channel.rawValue) < (rhs.hromadaID, rhs.channel.rawValue)
    }
}
