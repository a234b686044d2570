/// One callback Viber POSTs to a bot's webhook (the REST Bot API's "Callbacks"), every event in one shape: the
/// fields an event does not have are `nil`.
public struct ViberCallback: Sendable, Hashable, Decodable {
    /// What happened.
    public enum Event: Sendable, Hashable {
        /// Viber checks the webhook when it is set; answer 200.
        case webhook
        /// The person opened the chat (a deep link, a QR code, the bot's page): not yet a subscription. The answer
        /// body may hold one welcome message.
        case conversationStarted
        /// The person subscribed.
        case subscribed
        /// The person unsubscribed: nothing may be sent to them any more.
        case unsubscribed
        /// The person sent a message (which also subscribes them, without a `subscribed` callback).
        case message
        /// A message of ours reached the person's device.
        case delivered
        /// The person saw a message of ours.
        case seen
        /// A message of ours could not be delivered (the account is gone or cannot receive).
        case failed
        /// An event this code does not know (Viber adds some, such as `client_status`); accepted and ignored.
        case other(String)

        /// The event's name on the wire.
        public var name: String {
            switch self {
            case .webhook: "webhook"
            case .conversationStarted: "conversation_started"
            case .subscribed: "subscribed"
            case .unsubscribed: "unsubscribed"
            case .message: "message"
            case .delivered: "delivered"
            case .seen: "seen"
            case .failed: "failed"
            case .other(let name): name
            }
        }

        init(name: String) {
            let known: [Event] = [
                .webhook, .conversationStarted, .subscribed, .unsubscribed, .message, .delivered, .seen, .failed,
            ]
            self = known.first { $0.name == name } ?? .other(name)
        }
    }

    public var event: Event
    /// When it happened, in Unix milliseconds.
    public var timestamp: Int64?
    /// The event's token: a message's unique id (repeated deliveries of one callback carry the same).
    public var messageToken: ViberNumber?
    /// The person (`conversation_started`, `subscribed`).
    public var user: ViberUser?
    /// The person who wrote (`message`).
    public var sender: ViberUser?
    /// The person's id (`unsubscribed`, `delivered`, `seen`, `failed`).
    public var userID: String?
    /// What they sent (`message`).
    public var message: ViberInboundMessage?
    /// The deep link's `context` parameter (`conversation_started`).
    public var context: String?
    /// `open` (`conversation_started`).
    public var type: String?
    /// Whether the person already subscribes (`conversation_started`).
    public var subscribed: Bool?
    /// Why a message failed (`failed`).
    public var failureDescription: String?
    /// Whether the message was sent silently (a keyboard button with `Silent`).
    public var silent: Bool?

    enum CodingKeys: String, CodingKey {
        case event, timestamp, user, sender, message, context, type, subscribed, silent
        case messageToken = "message_token"
        case userID = "user_id"
        case failureDescription = "desc"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        event = Event(name: try container.decode(String.self, forKey: .event))
        timestamp = try container.decodeIfPresent(Int64.self, forKey: .timestamp)
        messageToken = try container.decodeIfPresent(ViberNumber.self, forKey: .messageToken)
        user = try container.decodeIfPresent(ViberUser.self, forKey: .user)
        sender = try container.decodeIfPresent(ViberUser.self, forKey: .sender)
        userID = try container.decodeIfPresent(String.self, forKey: .userID)
        message = try container.decodeIfPresent(ViberInboundMessage.self, forKey: .message)
        context = try container.decodeIfPresent(String.self, forKey: .context)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        subscribed = try container.decodeIfPresent(Bool.self, forKey: .subscribed)
        failureDescription = try container.decodeIfPresent(String.self, forKey: .failureDescription)
        silent = try container.decodeIfPresent(Bool.self, forKey: .silent)
    }
}

/// A Viber user as callbacks describe them. Ids are per bot and stable.
public struct ViberUser: Sendable, Hashable, Codable {
    public var id: String
    public var name: String?
    public var avatar: String?
    /// ISO 3166 two-letter country code.
    public var country: String?
    /// The phone's language (`uk`, `en`, `en-GB` …).
    public var language: String?
    /// The highest API version the person's Viber supports.
    public var apiVersion: Int?

    public init(
        id: String, name: String? = nil, avatar: String? = nil, country: String? = nil, language: String? = nil,
        apiVersion: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.avatar = avatar
        self.country = country
        self.language = language
        self.apiVersion = apiVersion
    }

    enum CodingKeys: String, CodingKey {
        case id, name, avatar, country, language
        case apiVersion = "api_version"
    }
}

/// What a person sent (`message.message`).
public struct ViberInboundMessage: Sendable, Hashable, Decodable {
    /// `text`, `picture`, `video`, `file`, `sticker`, `contact`, `url`, `location`.
    public var type: String
    public var text: String?
    /// The picture's, video's or file's temporary address; the link of a `url` message.
    public var media: String?
    public var location: ViberLocation?
    public var contact: ViberContact?
    /// What the bot put in `tracking_data` of its last message, echoed back.
    public var trackingData: String?
    public var fileName: String?
    public var stickerID: ViberNumber?

    enum CodingKeys: String, CodingKey {
        case type, text, media, location, contact
        case trackingData = "tracking_data"
        case fileName = "file_name"
        case stickerID = "sticker_id"
    }
}

/// A point on the map (`lat`, `lon`), with the address Viber sometimes adds.
public struct ViberLocation: Sendable, Hashable, Codable {
    public var lat: Double
    public var lon: Double
    public var address: String?

    public init(lat: Double, lon: Double, address: String? = nil) {
        self.lat = lat
        self.lon = lon
        self.address = address
    }
}

/// A shared contact.
public struct ViberContact: Sendable, Hashable, Codable {
    public var name: String?
    public var phoneNumber: String?
    public var avatar: String?

    enum CodingKeys: String, CodingKey {
        case name, avatar
        case phoneNumber = "phone_number"
    }
}
