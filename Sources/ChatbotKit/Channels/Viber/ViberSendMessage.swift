import Foundation

/// The body of `send_message` (with ``receiver``), of `broadcast_message` (with ``broadcastList``) and of a welcome
/// message in a `conversation_started` answer (with neither).
public struct ViberSendMessage: Sendable, Hashable, Encodable {
    /// The person's id (`send_message`).
    public var receiver: String?
    /// Up to 300 ids (`broadcast_message`).
    public var broadcastList: [String]?
    /// The lowest client API version that can show the message: 3 when the keyboard asks for a location or the
    /// phone number, else 1.
    public var minAPIVersion: Int
    public var sender: ViberSender
    /// Echoed back in the person's reply; always a string (Viber mishandles `null`).
    public var trackingData: String
    /// `text`, `location`.
    public var type: String
    public var text: String?
    public var location: ViberLocation?
    public var keyboard: ViberKeyboard?

    public init(
        receiver: String? = nil, broadcastList: [String]? = nil, minAPIVersion: Int = 1, sender: ViberSender,
        trackingData: String = "", type: String, text: String? = nil, location: ViberLocation? = nil,
        keyboard: ViberKeyboard? = nil
    ) {
        self.receiver = receiver
        self.broadcastList = broadcastList
        self.minAPIVersion = minAPIVersion
        self.sender = sender
        self.trackingData = trackingData
        self.type = type
        self.text = text
        self.location = location
        self.keyboard = keyboard
    }

    enum CodingKeys: String, CodingKey {
        case receiver, sender, type, text, location, keyboard
        case broadcastList = "broadcast_list"
        case minAPIVersion = "min_api_version"
        case trackingData = "tracking_data"
    }

    /// The JSON body: keys sorted and slashes unescaped, so equal messages give equal bytes.
    public func jsonBytes() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, a number, a Bool or made of them: encoding cannot fail.
        return Array(try! encoder.encode(self))
    }
}

/// Who a message is from: the bot's name (≤ 28 characters) and picture.
public struct ViberSender: Sendable, Hashable, Encodable {
    public var name: String
    public var avatar: String?

    public init(name: String, avatar: String? = nil) {
        self.name = name
        self.avatar = avatar
    }
}

/// The custom keyboard shown instead of the phone's (Viber shows the last one sent).
public struct ViberKeyboard: Sendable, Hashable, Encodable {
    public var buttons: [ViberButton]
    /// `false`: a short keyboard takes only the height it needs.
    public var defaultHeight = false

    public init(buttons: [ViberButton]) {
        self.buttons = buttons
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case defaultHeight = "DefaultHeight"
        case buttons = "Buttons"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("keyboard", forKey: .type)
        try container.encode(defaultHeight, forKey: .defaultHeight)
        try container.encode(buttons, forKey: .buttons)
    }
}

/// One keyboard button, the full width of the keyboard and one row high.
public struct ViberButton: Sendable, Hashable, Encodable {
    /// What pressing it does.
    public enum Action: String, Sendable, Hashable {
        /// Sends ``ViberButton/actionBody`` back as the person's text message.
        case reply
        /// Opens ``ViberButton/actionBody`` in the browser.
        case openURL = "open-url"
        /// Asks for a location and sends it (API level 3; not on desktop).
        case locationPicker = "location-picker"
        /// Sends the person's own phone number as a contact (API level 3; not on desktop).
        case sharePhone = "share-phone"

        /// The lowest client API version that knows the action.
        public var minAPIVersion: Int {
            switch self {
            case .reply, .openURL: 1
            case .locationPicker, .sharePhone: 3
            }
        }
    }

    public var action: Action
    /// The payload (reply), the address (open-url), or a placeholder Viber requires for the request buttons.
    public var actionBody: String
    /// The label, with `&`, `<` and `>` escaped (Viber reads button text as a little HTML).
    public var text: String
    /// Whether the press is left out of the conversation (the payload is for the bot, not for people).
    public var silent: Bool
    public var columns = 6
    public var rows = 1

    /// A button labelled `label` (plain text: it is escaped here).
    public init(_ action: Action, body: String, label: String, silent: Bool = false) {
        self.action = action
        self.actionBody = body
        self.text = Self.escape(label)
        self.silent = silent
    }

    enum CodingKeys: String, CodingKey {
        case columns = "Columns"
        case rows = "Rows"
        case action = "ActionType"
        case actionBody = "ActionBody"
        case text = "Text"
        case silent = "Silent"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(columns, forKey: .columns)
        try container.encode(rows, forKey: .rows)
        try container.encode(action.rawValue, forKey: .action)
        try container.encode(actionBody, forKey: .actionBody)
        try container.encode(text, forKey: .text)
        if silent { try container.encode(true, forKey: .silent) }
    }

    /// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`.
    static func escape(_ label: String) -> String {
        var escaped = ""
        for character in label {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
