public import Foundation

/// A kind of notification residents can subscribe to or leave: news, outages, events, emergencies, petition results.
///
/// Every resident is subscribed to every topic until they say otherwise in the bot's settings; the outbox sends a
/// message only to residents subscribed to its topic.
public struct NotifyTopic: Sendable, Hashable, Codable {
    /// Stable key stored with messages and residents' choices, `[a-z0-9-]`.
    public var key: String
    /// What residents and staff see.
    public var label: LocalizedText

    public init(key: String, label: LocalizedText) {
        self.key = key
        self.label = label
    }

    /// News of the hromada.
    public static let news = NotifyTopic(
        key: "news", label: LocalizedText(uk: "Новини громади", en: "Community news"))
    /// Power, water and gas outages and planned repairs.
    public static let outages = NotifyTopic(
        key: "outages", label: LocalizedText(uk: "Відключення та планові ремонти", en: "Outages and planned repairs"))
    /// Events.
    public static let events = NotifyTopic(key: "events", label: LocalizedText(uk: "Події", en: "Events"))
    /// Emergencies and air-raid alerts.
    public static let emergencies = NotifyTopic(
        key: "emergencies", label: LocalizedText(uk: "Надзвичайні ситуації, тривоги", en: "Emergencies and alerts"))
    /// The outcome of petitions.
    public static let petitions = NotifyTopic(
        key: "petitions", label: LocalizedText(uk: "Результати петицій", en: "Petition results"))

    /// The topics every installation offers, in the order the bot's settings show them.
    public static let standard: [NotifyTopic] = [news, outages, events, emergencies, petitions]

    /// The standard topic with this key, or `nil`.
    public static func standard(key: String) -> NotifyTopic? {
        standard.first { $0.key == key }
    }
}

/// A resident's subscription to one topic: subscribed unless they turned it off.
public struct NotifyTopicChoice: Sendable, Hashable {
    /// The topic.
    public var topic: NotifyTopic
    /// Whether the resident receives messages of the topic.
    public var isSubscribed: Bool
    /// When the resident last changed it, or `nil` when they never did (subscribed by default).
    public var changedAt: Date?

    public init(topic: NotifyTopic, isSubscribed: Bool, changedAt: Date?) {
        self.topic = topic
        self.isSubscribed = isSubscribed
        self.changedAt = changedAt
    }
}
