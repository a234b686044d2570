/// Several transport sources read as one: the registry set in code and each messenger channel's own source over its
/// bots. When two transports share a hromada and channel, the later source's is used.
public struct CombinedTransportSource: NotificationTransportSource {
    public let sources: [any NotificationTransportSource]

    public init(_ sources: [any NotificationTransportSource]) {
        self.sources = sources
    }

    public func transports() async -> [any NotificationTransport] {
        var all: [any NotificationTransport] = []
        for source in sources { all += await source.transports() }
        return all
    }
}
