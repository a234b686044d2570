import Foundation

/// The bot's settings for notifications, as dialogue actions: the resident's topics (`notify.topics`) and their
/// settlement (`notify.settlement`, `notify.settlement.set`), which decides which local alerts reach them.
/// ``CoreModule`` contributes them through ``Module/conversationActions``; the shipped Settings dialogue uses them.
public enum NotifyConversationActions {
    /// Every notification action.
    public static var all: [ConversationAction] { [topics, settlement, setSettlement] }

    /// The variable `notify.topics` sets for a topic: `topic_news`, `topic_outages`…
    public static func variable(for topic: NotifyTopic) -> String { "topic_\(topic.key)" }

    /// The marks of a subscribed and an unsubscribed topic, shown before the topic's name on its button.
    public static let subscribedMark = "✅"
    public static let unsubscribedMark = "🔕"

    /// `notify.topics`: sets `topic_<key>` for each standard topic to ✅ (subscribed) or 🔕 (not), so a menu shows
    /// the state on each topic's button. With the `toggle` argument (a topic key) it first switches that topic and
    /// says what changed. Without a resident (a dialogue tried out in the admin) it shows everything subscribed.
    public static let topics = ConversationAction(
        name: "notify.topics",
        summary: LocalizedText(
            uk: "Теми сповіщень мешканця: ✅/🔕 для кожної (змінні topic_…); аргумент toggle — ключ теми, яку змінити",
            en: "The resident's notification topics: ✅/🔕 each (variables topic_…); argument toggle: a topic to switch")
    ) { call in
        guard let database = call.database else { throw ConversationActionError.noDatabase }
        guard let residentID = call.residentID else {
            let text = PlaceText.pick(
                "Сповіщення надходять у Telegram або Viber: оберіть теми в боті громади там.",
                "Notifications come in Telegram or Viber: choose the topics in the hromada's bot there.", call.language)
            return ConversationActionResult(
                messages: [.text(text)],
                variables: marks(Dictionary(uniqueKeysWithValues: NotifyTopic.standard.map { ($0.key, true) })))
        }
        var toggle: NotifyTopic?
        if case .text(let key)? = call.arguments["toggle"] { toggle = NotifyTopic.standard(key: key) }
        let hromadaID = call.hromadaID
        let now = call.now
        let (choices, switched) = try await database.write { db -> ([NotifyTopicChoice], Bool?) in
            var switched: Bool?
            if let toggle {
                let current = try NotifyStore.topicChoices(residentID: residentID, hromadaID: hromadaID, in: db)
                let subscribe = !(current.first { $0.topic.key == toggle.key }?.isSubscribed ?? true)
                try NotifyStore.setTopic(
                    toggle.key, subscribed: subscribe, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
                switched = subscribe
            }
            return (try NotifyStore.topicChoices(residentID: residentID, hromadaID: hromadaID, in: db), switched)
        }
        var messages: [BotMessage] = []
        if let toggle, let switched {
            let name = toggle.label.text(for: call.language.rawValue)
            messages.append(
                .text(
                    switched
                        ? PlaceText.pick(
                            "\(subscribedMark) Ви отримуватимете сповіщення «\(name)».",
                            "\(subscribedMark) You will get “\(name)” notifications.", call.language)
                        : PlaceText.pick(
                            "\(unsubscribedMark) Ви більше не отримуватимете сповіщення «\(name)».",
                            "\(unsubscribedMark) You will no longer get “\(name)” notifications.", call.language)))
        }
        let subscribed = Dictionary(uniqueKeysWithValues: choices.map { ($0.topic.key, $0.isSubscribed) })
        return ConversationActionResult(messages: messages, variables: marks(subscribed))
    }

    private static func marks(_ subscribed: [String: Bool]) -> [String: ConversationValue] {
        Dictionary(
            uniqueKeysWithValues: NotifyTopic.standard.map { topic in
                (variable(for: topic), .text(subscribed[topic.key] ?? true ? subscribedMark : unsubscribedMark))
            })
    }
}
