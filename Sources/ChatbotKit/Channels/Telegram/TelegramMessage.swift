/// A Telegram `Message`, reduced to what the bot reads: text, a contact, a location, a photo, and the name of any
/// other kind of content (a sticker, a voice message…) so it can be answered politely.
public struct TelegramMessage: Sendable, Hashable, Codable {
    public var messageID: Int64
    public var from: TelegramUser?
    public var chat: TelegramChat
    /// Unix seconds (0 for a message the bot can no longer access).
    public var date: Int64
    public var text: String?
    public var contact: TelegramContact?
    public var location: TelegramLocation?
    public var photo: [TelegramPhotoSize]?
    /// The first content field of another kind present in the message (`sticker`, `voice`…), or `nil`.
    public var otherContent: String?

    /// Content fields the bot does not read, in the order they are looked for.
    static let otherContentKeys = [
        "sticker", "voice", "video", "video_note", "audio", "document", "animation", "venue", "poll", "dice", "game",
        "story", "invoice",
    ]

    public init(
        messageID: Int64, from: TelegramUser?, chat: TelegramChat, date: Int64, text: String? = nil,
        contact: TelegramContact? = nil, location: TelegramLocation? = nil, photo: [TelegramPhotoSize]? = nil,
        otherContent: String? = nil
    ) {
        self.messageID = messageID
        self.from = from
        self.chat = chat
        self.date = date
        self.text = text
        self.contact = contact
        self.location = location
        self.photo = photo
        self.otherContent = otherContent
    }

    enum CodingKeys: String, CodingKey {
        case messageID = "message_id", from, chat, date, text, contact, location, photo
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try container.decode(Int64.self, forKey: .messageID)
        from = try container.decodeIfPresent(TelegramUser.self, forKey: .from)
        chat = try container.decode(TelegramChat.self, forKey: .chat)
        date = try container.decode(Int64.self, forKey: .date)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        contact = try container.decodeIfPresent(TelegramContact.self, forKey: .contact)
        location = try container.decodeIfPresent(TelegramLocation.self, forKey: .location)
        photo = try container.decodeIfPresent([TelegramPhotoSize].self, forKey: .photo)
        let all = try decoder.container(keyedBy: AnyKey.self)
        otherContent = Self.otherContentKeys.first { all.contains(AnyKey(stringValue: $0)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(messageID, forKey: .messageID)
        try container.encodeIfPresent(from, forKey: .from)
        try container.encode(chat, forKey: .chat)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(contact, forKey: .contact)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encodeIfPresent(photo, forKey: .photo)
        if let otherContent {
            var all = encoder.container(keyedBy: AnyKey.self)
            try all.encode([String: String](), forKey: AnyKey(stringValue: otherContent))
        }
    }
}

/// A Telegram `CallbackQuery`: an inline button was pressed. Always answered with `answerCallbackQuery`.
public struct TelegramCallbackQuery: Sendable, Hashable, Codable {
    public var id: String
    public var from: TelegramUser
    /// The message that carried the button (absent for inline-mode messages).
    public var message: TelegramMessage?
    public var chatInstance: String
    /// The button's `callback_data` (1–64 bytes).
    public var data: String?

    public init(
        id: String, from: TelegramUser, message: TelegramMessage? = nil, chatInstance: String, data: String? = nil
    ) {
        self.id = id
        self.from = from
        self.message = message
        self.chatInstance = chatInstance
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case id, from, message, chatInstance = "chat_instance", data
    }
}
