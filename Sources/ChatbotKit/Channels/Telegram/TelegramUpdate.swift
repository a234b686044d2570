/// A Telegram Bot API `Update`, as the webhook and `getUpdates` deliver it. Only the fields Svoyi uses are decoded;
/// every other field is ignored. Ids are `Int64` (chat ids need up to 52 significant bits; decoding never goes
/// through `Double`).
public struct TelegramUpdate: Sendable, Hashable, Codable {
    public var updateID: Int64
    public var message: TelegramMessage?
    public var editedMessage: TelegramMessage?
    public var callbackQuery: TelegramCallbackQuery?
    public var myChatMember: TelegramChatMemberUpdated?

    public init(
        updateID: Int64, message: TelegramMessage? = nil, editedMessage: TelegramMessage? = nil,
        callbackQuery: TelegramCallbackQuery? = nil, myChatMember: TelegramChatMemberUpdated? = nil
    ) {
        self.updateID = updateID
        self.message = message
        self.editedMessage = editedMessage
        self.callbackQuery = callbackQuery
        self.myChatMember = myChatMember
    }

    enum CodingKeys: String, CodingKey {
        case updateID = "update_id", message, editedMessage = "edited_message", callbackQuery = "callback_query"
        case myChatMember = "my_chat_member"
    }
}

/// A Telegram `User`.
public struct TelegramUser: Sendable, Hashable, Codable {
    public var id: Int64
    public var isBot: Bool
    public var firstName: String
    public var lastName: String?
    public var username: String?
    /// IETF language tag of the user's Telegram app (`uk`, `en`, `ru`…).
    public var languageCode: String?

    public init(
        id: Int64, isBot: Bool = false, firstName: String, lastName: String? = nil, username: String? = nil,
        languageCode: String? = nil
    ) {
        self.id = id
        self.isBot = isBot
        self.firstName = firstName
        self.lastName = lastName
        self.username = username
        self.languageCode = languageCode
    }

    /// First and last name, as the bot addresses the person.
    public var displayName: String { [firstName, lastName ?? ""].filter { !$0.isEmpty }.joined(separator: " ") }

    enum CodingKeys: String, CodingKey {
        case id, isBot = "is_bot", firstName = "first_name", lastName = "last_name", username
        case languageCode = "language_code"
    }
}

/// A Telegram `Chat`.
public struct TelegramChat: Sendable, Hashable, Codable {
    public var id: Int64
    /// `private`, `group`, `supergroup` or `channel`.
    public var type: String

    public init(id: Int64, type: String = "private") {
        self.id = id
        self.type = type
    }
}

/// A Telegram `Contact` shared in a message.
public struct TelegramContact: Sendable, Hashable, Codable {
    public var phoneNumber: String
    public var firstName: String
    public var lastName: String?
    /// The contact's Telegram user id, when the contact is a Telegram user; equal to the sender's id when the person
    /// shared their own number with the contact button.
    public var userID: Int64?

    public init(phoneNumber: String, firstName: String, lastName: String? = nil, userID: Int64? = nil) {
        self.phoneNumber = phoneNumber
        self.firstName = firstName
        self.lastName = lastName
        self.userID = userID
    }

    enum CodingKeys: String, CodingKey {
        case phoneNumber = "phone_number", firstName = "first_name", lastName = "last_name", userID = "user_id"
    }
}

/// A Telegram `Location`.
public struct TelegramLocation: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// One size of a photo (`PhotoSize`).
public struct TelegramPhotoSize: Sendable, Hashable, Codable {
    public var fileID: String
    public var width: Int
    public var height: Int

    public init(fileID: String, width: Int, height: Int) {
        self.fileID = fileID
        self.width = width
        self.height = height
    }

    enum CodingKeys: String, CodingKey {
        case fileID = "file_id", width, height
    }
}

/// A `ChatMemberUpdated`: in a private chat, the person blocked (`kicked`) or unblocked (`member`) the bot.
public struct TelegramChatMemberUpdated: Sendable, Hashable, Codable {
    /// A `ChatMember` reduced to what Svoyi reads.
    public struct Member: Sendable, Hashable, Codable {
        /// `creator`, `administrator`, `member`, `restricted`, `left` or `kicked`.
        public var status: String
        public var user: TelegramUser

        public init(status: String, user: TelegramUser) {
            self.status = status
            self.user = user
        }
    }

    public var chat: TelegramChat
    public var from: TelegramUser
    public var date: Int64
    public var oldChatMember: Member
    public var newChatMember: Member

    public init(chat: TelegramChat, from: TelegramUser, date: Int64, oldChatMember: Member, newChatMember: Member) {
        self.chat = chat
        self.from = from
        self.date = date
        self.oldChatMember = oldChatMember
        self.newChatMember = newChatMember
    }

    enum CodingKeys: String, CodingKey {
        case chat, from, date, oldChatMember = "old_chat_member", newChatMember = "new_chat_member"
    }
}
