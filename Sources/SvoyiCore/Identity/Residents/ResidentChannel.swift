public import Foundation

/// A way a resident reaches the hromada. A channel link is a channel and the id the channel gives the person
/// (a Telegram user id, a Viber user id, a web session's account id), unique within a hromada.
public enum ResidentChannel: String, Sendable, Hashable, CaseIterable, Codable {
    /// A Telegram bot conversation.
    case telegram
    /// A Viber bot conversation.
    case viber
    /// The hromada's website.
    case web
}

/// One channel id that belongs to a resident.
public struct ResidentChannelLink: Sendable, Hashable {
    /// The channel.
    public var channel: ResidentChannel
    /// The id the channel gives the person.
    public var externalID: String
    /// When the link was made (first contact, or a link code redeemed).
    public var linkedAt: Date
    /// Whether the person can be written to on it (the subscriber ledger).
    public var status: ChannelStatus
    /// When ``status`` last changed, or `nil` when it never has.
    public var statusChangedAt: Date?

    /// A link, as the store returns it.
    public init(
        channel: ResidentChannel, externalID: String, linkedAt: Date, status: ChannelStatus = .active,
        statusChangedAt: Date? = nil
    ) {
        self.channel = channel
        self.externalID = externalID
        self.linkedAt = linkedAt
        self.status = status
        self.statusChangedAt = statusChangedAt
    }
}
