public import Foundation

/// Whether a message goes to the front of every delivery queue.
public enum NotifyPriority: String, Sendable, Hashable, CaseIterable, Codable {
    /// In the order messages were written.
    case normal
    /// Before every normal delivery (air-raid alerts, danger): claimed first on every channel.
    case emergency

    /// The sort key stored with deliveries: emergency (0) before normal (1).
    var rank: Int { self == .emergency ? 0 : 1 }
}

/// Who a message is for, always narrowed to residents subscribed to its topic and reachable on a messenger.
public enum NotifyAudience: Sendable, Hashable {
    /// Every resident of the hromada.
    case everyone
    /// Residents whose settlement is one of these КАТОТТГ codes (residents without a settlement are not included).
    case settlements([String])
    /// Residents whose settlement belongs to one of these starosta districts (by the district's `code`).
    case districts([String])
    /// One resident (a module's notification: a petition's outcome to its author, a booking reminder).
    case resident(Int64)

    /// The stored kind: `everyone`, `settlements`, `districts` or `resident`.
    public var kind: String {
        switch self {
        case .everyone: "everyone"
        case .settlements: "settlements"
        case .districts: "districts"
        case .resident: "resident"
        }
    }

    /// The settlement or district codes, empty for the other kinds.
    public var codes: [String] {
        switch self {
        case .settlements(let codes), .districts(let codes): codes
        case .everyone, .resident: []
        }
    }
}

/// A link shown after a message's text (http or https only).
public struct NotifyLink: Sendable, Hashable, Codable {
    /// The address, `http://` or `https://`.
    public var url: String
    /// The button's or link's title.
    public var title: LocalizedText

    public init(url: String, title: LocalizedText) {
        self.url = url
        self.title = title
    }
}

/// A place shown on the map after a message's text (a pin in Telegram and Viber).
public struct NotifyLocation: Sendable, Hashable, Codable {
    /// WGS 84 degrees, −90…90.
    public var latitude: Double
    /// WGS 84 degrees, −180…180.
    public var longitude: Double
    /// What the place is ("Пункт незламності, вул. Шкільна, 2").
    public var name: LocalizedText

    public init(latitude: Double, longitude: Double, name: LocalizedText) {
        self.latitude = latitude
        self.longitude = longitude
        self.name = name
    }
}

/// Who wrote a message: a staff member, a module (`edem`, `queue`) or an operator at the command line.
public enum NotifyAuthor: Sendable, Hashable, CustomStringConvertible {
    /// A staff account, by id.
    case staff(Int64)
    /// A module, by its name (`[a-z0-9._-]`, at most 40 characters).
    case module(String)
    /// An operator at `svoyi-cli`, by the name they give (at most 80 characters).
    case `operator`(String)

    /// The stored form: `staff:12`, `module:edem`, `operator:olena`.
    public var description: String {
        switch self {
        case .staff(let id): "staff:\(id)"
        case .module(let name): "module:\(name)"
        case .operator(let name): "operator:\(name)"
        }
    }

    /// Reads the stored form; `nil` when it is not one.
    public init?(_ stored: String) {
        guard let colon = stored.firstIndex(of: ":") else { return nil }
        let value = String(stored[stored.index(after: colon)...])
        switch stored[..<colon] {
        case "staff":
            guard let id = Int64(value) else { return nil }
            self = .staff(id)
        case "module": self = .module(value)
        case "operator": self = .operator(value)
        default: return nil
        }
    }
}

/// A message to enqueue: what to say, to whom, when, and who asks. ``NotifyStore/enqueue(_:)`` validates it.
public struct NotifyDraft: Sendable, Hashable {
    /// The hromada whose residents receive it.
    public var hromadaID: Int64
    /// The topic's key (one of ``NotifyTopic/standard``); only residents subscribed to it receive the message.
    public var topic: String
    /// The text: Ukrainian required; residents who read English get ``LocalizedText/en`` when it is given. At most
    /// ``NotifyStore/maximumTextLength`` characters each.
    public var text: LocalizedText
    /// A link shown after the text.
    public var link: NotifyLink?
    /// A place shown after the text.
    public var location: NotifyLocation?
    /// Emergency messages go to the front of every queue.
    public var priority: NotifyPriority
    /// Who receives it.
    public var audience: NotifyAudience
    /// When to send; `nil` sends now. At most a minute in the past.
    public var scheduledAt: Date?
    /// Who writes it.
    public var createdBy: NotifyAuthor
    /// A key unique within the hromada: enqueueing a draft with a key already used stores nothing new and returns
    /// the message that has it, so a module or the CLI can enqueue safely twice (1 to 200 characters).
    public var idempotencyKey: String?

    public init(
        hromadaID: Int64, topic: NotifyTopic, text: LocalizedText, link: NotifyLink? = nil,
        location: NotifyLocation? = nil, priority: NotifyPriority = .normal, audience: NotifyAudience = .everyone,
        scheduledAt: Date? = nil, createdBy: NotifyAuthor, idempotencyKey: String? = nil
    ) {
        self.init(
            hromadaID: hromadaID, topicKey: topic.key, text: text, link: link, location: location, priority: priority,
            audience: audience, scheduledAt: scheduledAt, createdBy: createdBy, idempotencyKey: idempotencyKey)
    }

    /// A draft naming its topic by key (as a form or the command line gives it); an unknown key is refused when
    /// enqueued.
    public init(
        hromadaID: Int64, topicKey: String, text: LocalizedText, link: NotifyLink? = nil,
        location: NotifyLocation? = nil, priority: NotifyPriority = .normal, audience: NotifyAudience = .everyone,
        scheduledAt: Date? = nil, createdBy: NotifyAuthor, idempotencyKey: String? = nil
    ) {
        self.hromadaID = hromadaID
        self.topic = topicKey
        self.text = text
        self.link = link
        self.location = location
        self.priority = priority
        self.audience = audience
        self.scheduledAt = scheduledAt
        self.createdBy = createdBy
        self.idempotencyKey = idempotencyKey
    }
}
