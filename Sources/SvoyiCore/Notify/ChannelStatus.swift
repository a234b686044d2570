/// Whether a resident's messenger channel can be written to (the subscriber ledger, one across channels).
public enum ChannelStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Reachable: the person has written to the bot or subscribed, and has not left.
    case active
    /// The person blocked the bot (Telegram 403 "bot was blocked by the user").
    case blocked
    /// The person unsubscribed (Viber `unsubscribed`, status 6 "receiverNotSubscribed").
    case unsubscribed
    /// The account is gone or cannot receive (Telegram 403 "user is deactivated", Viber status 5 or `failed`).
    case deactivated

    /// Whether messages may be sent.
    public var isActive: Bool { self == .active }
}
