/// The `reply_markup` of a sent message: an inline keyboard under it, a reply keyboard in place of the person's
/// keyboard (with the contact and location request buttons), or the removal of that reply keyboard.
public enum TelegramReplyMarkup: Sendable, Hashable, Encodable {
    /// One inline button: its label and exactly one action.
    public struct InlineButton: Sendable, Hashable, Encodable {
        public var text: String
        /// Sent back in a `callback_query` (1–64 bytes).
        public var callbackData: String?
        /// Opened by the app.
        public var url: String?

        public init(text: String, callbackData: String? = nil, url: String? = nil) {
            self.text = text
            self.callbackData = callbackData
            self.url = url
        }

        enum CodingKeys: String, CodingKey {
            case text, callbackData = "callback_data", url
        }
    }

    /// One reply-keyboard button; `request_contact` and `request_location` work in private chats only.
    public struct KeyboardButton: Sendable, Hashable, Encodable {
        public var text: String
        public var requestContact: Bool?
        public var requestLocation: Bool?

        public init(text: String, requestContact: Bool? = nil, requestLocation: Bool? = nil) {
            self.text = text
            self.requestContact = requestContact
            self.requestLocation = requestLocation
        }

        enum CodingKeys: String, CodingKey {
            case text, requestContact = "request_contact", requestLocation = "request_location"
        }
    }

    /// Rows of inline buttons.
    case inline([[InlineButton]])
    /// A one-time, resized reply keyboard.
    case keyboard([[KeyboardButton]])
    /// Removes the reply keyboard.
    case removeKeyboard

    enum CodingKeys: String, CodingKey {
        case inlineKeyboard = "inline_keyboard", keyboard, resizeKeyboard = "resize_keyboard"
        case oneTimeKeyboard = "one_time_keyboard", removeKeyboard = "remove_keyboard"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .inline(let rows):
            try container.encode(rows, forKey: .inlineKeyboard)
        case .keyboard(let rows):
            try container.encode(rows, forKey: .keyboard)
            try container.encode(true, forKey: .resizeKeyboard)
            try container.encode(true, forKey: .oneTimeKeyboard)
        case .removeKeyboard:
            try container.encode(true, forKey: .removeKeyboard)
        }
    }

    /// Whether this is an inline keyboard (the only markup `editMessageText` takes).
    public var isInline: Bool {
        if case .inline = self { return true }
        return false
    }
}
