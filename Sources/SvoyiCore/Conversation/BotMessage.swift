/// One thing the bot says, independent of the channel: Telegram, Viber and the web chat each render it their way.
public struct BotMessage: Sendable, Hashable, Codable {
    /// What kind of message it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Text, with buttons under it when there are any.
        case text
        /// A place on the map with its name and address.
        case location
        /// A link to open (an e-service, an official source).
        case link
        /// A request for the resident's phone (the messenger's contact button) or location.
        case request
    }

    /// What the resident is asked to share with a ``Kind/request`` message.
    public enum Request: String, Sendable, Hashable, Codable {
        case contact
        case location
    }

    public var kind: Kind
    /// The text, the place's name, the link's title or the request's prompt.
    public var text: String
    /// Buttons under a text message.
    public var buttons: [BotButton]
    public var latitude: Double?
    public var longitude: Double?
    /// A place's address.
    public var address: String?
    /// A link's address.
    public var url: String?
    /// What a request asks for.
    public var request: Request?

    public init(
        kind: Kind, text: String, buttons: [BotButton] = [], latitude: Double? = nil, longitude: Double? = nil,
        address: String? = nil, url: String? = nil, request: Request? = nil
    ) {
        self.kind = kind
        self.text = text
        self.buttons = buttons
        self.latitude = latitude
        self.longitude = longitude
        self.address = address
        self.url = url
        self.request = request
    }

    /// A text message, with buttons when given.
    public static func text(_ text: String, buttons: [BotButton] = []) -> BotMessage {
        BotMessage(kind: .text, text: text, buttons: buttons)
    }

    /// A place on the map.
    public static func location(_ name: String, latitude: Double, longitude: Double, address: String?) -> BotMessage {
        BotMessage(kind: .location, text: name, latitude: latitude, longitude: longitude, address: address)
    }

    /// A link.
    public static func link(_ title: String, url: String) -> BotMessage {
        BotMessage(kind: .link, text: title, url: url)
    }

    /// A request to share the phone number or the location.
    public static func request(_ what: Request, prompt: String) -> BotMessage {
        BotMessage(kind: .request, text: prompt, request: what)
    }
}

/// A button under a message: its label, and the payload sent back when pressed (at most 64 bytes, Telegram's limit
/// for callback data).
public struct BotButton: Sendable, Hashable, Codable {
    /// The most bytes a payload may have.
    public static let maximumPayloadBytes = 64

    public var label: String
    public var payload: String

    public init(label: String, payload: String) {
        self.label = label
        self.payload = payload
    }
}

/// What a resident sent, as every channel reports it.
public enum ResidentInput: Sendable, Hashable {
    /// Typed text.
    case text(String)
    /// A pressed button's payload.
    case button(String)
    /// A shared location.
    case location(latitude: Double, longitude: Double)
    /// A shared contact; `isOwn` when the messenger says it is the sender's own (Telegram's `user_id` equals the
    /// sender's).
    case contact(phone: String, isOwn: Bool)
    /// A photo, by the channel's reference to it.
    case photo(reference: String)
    /// Anything else (a sticker, a voice message…), by its kind.
    case unsupported(String)
}
