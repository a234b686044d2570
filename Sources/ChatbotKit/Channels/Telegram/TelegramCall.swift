/// One Bot API call the bot makes to answer: a method name and its JSON parameters. The renderer produces these,
/// the channel and the notification transport send them.
public enum TelegramCall: Sendable, Hashable, Encodable {
    /// `sendMessage`.
    public struct SendMessage: Sendable, Hashable, Encodable {
        public var chatID: Int64
        public var text: String
        public var parseMode: String? = "HTML"
        public var linkPreviewOptions: LinkPreviewOptions?
        public var replyMarkup: TelegramReplyMarkup?

        public init(
            chatID: Int64, text: String, linkPreviewOptions: LinkPreviewOptions? = nil,
            replyMarkup: TelegramReplyMarkup? = nil
        ) {
            self.chatID = chatID
            self.text = text
            self.linkPreviewOptions = linkPreviewOptions
            self.replyMarkup = replyMarkup
        }

        enum CodingKeys: String, CodingKey {
            case chatID = "chat_id", text, parseMode = "parse_mode", linkPreviewOptions = "link_preview_options"
            case replyMarkup = "reply_markup"
        }
    }

    /// `link_preview_options`.
    public struct LinkPreviewOptions: Sendable, Hashable, Encodable {
        public var isDisabled: Bool

        public init(isDisabled: Bool) { self.isDisabled = isDisabled }

        enum CodingKeys: String, CodingKey {
            case isDisabled = "is_disabled"
        }
    }

    /// `editMessageText` of a message in a chat; only an inline keyboard may come with it.
    public struct EditMessageText: Sendable, Hashable, Encodable {
        public var chatID: Int64
        public var messageID: Int64
        public var text: String
        public var parseMode: String? = "HTML"
        public var replyMarkup: TelegramReplyMarkup?

        public init(chatID: Int64, messageID: Int64, text: String, replyMarkup: TelegramReplyMarkup? = nil) {
            self.chatID = chatID
            self.messageID = messageID
            self.text = text
            self.replyMarkup = replyMarkup
        }

        enum CodingKeys: String, CodingKey {
            case chatID = "chat_id", messageID = "message_id", text, parseMode = "parse_mode"
            case replyMarkup = "reply_markup"
        }
    }

    /// `sendVenue`: a place with its name and address.
    public struct SendVenue: Sendable, Hashable, Encodable {
        public var chatID: Int64
        public var latitude: Double
        public var longitude: Double
        public var title: String
        public var address: String
        public var replyMarkup: TelegramReplyMarkup?

        public init(
            chatID: Int64, latitude: Double, longitude: Double, title: String, address: String,
            replyMarkup: TelegramReplyMarkup? = nil
        ) {
            self.chatID = chatID
            self.latitude = latitude
            self.longitude = longitude
            self.title = title
            self.address = address
            self.replyMarkup = replyMarkup
        }

        enum CodingKeys: String, CodingKey {
            case chatID = "chat_id", latitude, longitude, title, address, replyMarkup = "reply_markup"
        }
    }

    /// `sendLocation`: a bare pin.
    public struct SendLocation: Sendable, Hashable, Encodable {
        public var chatID: Int64
        public var latitude: Double
        public var longitude: Double
        public var replyMarkup: TelegramReplyMarkup?

        public init(chatID: Int64, latitude: Double, longitude: Double, replyMarkup: TelegramReplyMarkup? = nil) {
            self.chatID = chatID
            self.latitude = latitude
            self.longitude = longitude
            self.replyMarkup = replyMarkup
        }

        enum CodingKeys: String, CodingKey {
            case chatID = "chat_id", latitude, longitude, replyMarkup = "reply_markup"
        }
    }

    case sendMessage(SendMessage)
    case editMessageText(EditMessageText)
    case sendVenue(SendVenue)
    case sendLocation(SendLocation)

    /// The Bot API method name.
    public var method: String {
        switch self {
        case .sendMessage: "sendMessage"
        case .editMessageText: "editMessageText"
        case .sendVenue: "sendVenue"
        case .sendLocation: "sendLocation"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .sendMessage(let call): try call.encode(to: encoder)
        case .editMessageText(let call): try call.encode(to: encoder)
        case .sendVenue(let call): try call.encode(to: encoder)
        case .sendLocation(let call): try call.encode(to: encoder)
        }
    }
}
