public import SvoyiCore

/// Turns the bot's channel-independent messages into Bot API calls for one chat. Pure: the same messages give the
/// same calls, so tests check the exact JSON.
///
/// - A text is `sendMessage` with `parse_mode: "HTML"`, escaped, split at 4,096 characters; its buttons are an
///   inline keyboard under the last part (`callback_data` = the payload; `cmd:` buttons such as Back and Main menu
///   share a row).
/// - A link is a text link (`<a href>`) with the link preview off.
/// - A place is `sendVenue` (name and address), or `sendLocation` without an address.
/// - A request is a one-time reply keyboard with a `request_contact` or `request_location` button.
/// - Answering a button press, the first text edits the message that carried the buttons (`editMessageText`)
///   instead of adding one more message.
/// - After a request keyboard was shown, the next reply removes it (`remove_keyboard`) on its first message that
///   has no inline keyboard, or on a short acknowledgement before the reply when every message has one.
public struct TelegramRenderer: Sendable {
    /// What the renderer needs besides the messages.
    public struct Context: Sendable, Hashable {
        public var chatID: Int64
        /// The message whose button was pressed, to edit; `nil` when answering a typed message.
        public var editing: Int64?
        /// Whether a request keyboard is shown in the chat and should go.
        public var removeKeyboard: Bool
        /// The acknowledgement that carries the removal when no message of the reply can.
        public var acknowledgement: String

        public init(chatID: Int64, editing: Int64? = nil, removeKeyboard: Bool = false, acknowledgement: String = "✅") {
            self.chatID = chatID
            self.editing = editing
            self.removeKeyboard = removeKeyboard
            self.acknowledgement = acknowledgement
        }
    }

    public init() {}

    /// The calls that say `messages`, in order.
    public func calls(for messages: [BotMessage], context: Context) -> [TelegramCall] {
        var calls: [TelegramCall] = []
        for (index, message) in messages.enumerated() {
            let rendered = render(message, chatID: context.chatID)
            if index == 0, let messageID = context.editing, rendered.count == 1,
                case .sendMessage(let send) = rendered[0], send.replyMarkup?.isInline ?? true,
                send.linkPreviewOptions == nil
            {
                calls.append(
                    .editMessageText(
                        .init(
                            chatID: context.chatID, messageID: messageID, text: send.text, replyMarkup: send.replyMarkup
                        )))
            } else {
                calls += rendered
            }
        }
        let requests = messages.contains { $0.kind == .request }
        if context.removeKeyboard, !requests {
            if let index = calls.firstIndex(where: \.canCarryKeyboardRemoval) {
                calls[index].setReplyMarkup(.removeKeyboard)
            } else {
                calls.insert(
                    .sendMessage(
                        .init(
                            chatID: context.chatID, text: TelegramText.escape(context.acknowledgement),
                            replyMarkup: .removeKeyboard)), at: 0)
            }
        }
        return calls
    }

    /// The calls for one message.
    public func render(_ message: BotMessage, chatID: Int64) -> [TelegramCall] {
        switch message.kind {
        case .text:
            let parts = TelegramText.split(message.text)
            let keyboard = inlineKeyboard(message.buttons)
            guard !parts.isEmpty else {
                // Buttons without words still need a text to hang from.
                return keyboard.map { [.sendMessage(.init(chatID: chatID, text: "⬇️", replyMarkup: $0))] } ?? []
            }
            return parts.enumerated().map { index, part in
                .sendMessage(
                    .init(
                        chatID: chatID, text: TelegramText.escape(part),
                        replyMarkup: index == parts.count - 1 ? keyboard : nil))
            }
        case .link:
            guard let url = message.url, url.hasPrefix("https://") || url.hasPrefix("http://") else {
                return render(.text(message.text), chatID: chatID)
            }
            let title = message.text.isEmpty ? url : message.text
            let text = "🔗 <a href=\"\(TelegramText.escapeAttribute(url))\">\(TelegramText.escape(title))</a>"
            return [.sendMessage(.init(chatID: chatID, text: text, linkPreviewOptions: .init(isDisabled: true)))]
        case .location:
            guard let latitude = message.latitude, let longitude = message.longitude,
                (-90...90).contains(latitude), (-180...180).contains(longitude)
            else {
                return render(.text([message.text, message.address ?? ""].joined(separator: "\n")), chatID: chatID)
            }
            if let address = message.address, !address.isEmpty {
                return [
                    .sendVenue(
                        .init(
                            chatID: chatID, latitude: latitude, longitude: longitude, title: message.text,
                            address: address))
                ]
            }
            return [.sendLocation(.init(chatID: chatID, latitude: latitude, longitude: longitude))]
        case .request:
            let button = TelegramReplyMarkup.KeyboardButton(
                text: message.text, requestContact: message.request == .contact ? true : nil,
                requestLocation: message.request == .location ? true : nil)
            return [
                .sendMessage(
                    .init(chatID: chatID, text: TelegramText.escape(message.text), replyMarkup: .keyboard([[button]])))
            ]
        }
    }

    /// One button per row, except that neighbouring `cmd:` buttons (Back, Main menu) share one. Payloads longer
    /// than 64 bytes cannot be callback data and are left out.
    func inlineKeyboard(_ buttons: [BotButton]) -> TelegramReplyMarkup? {
        var rows: [[TelegramReplyMarkup.InlineButton]] = []
        var previousWasCommand = false
        for button in buttons where (1...BotButton.maximumPayloadBytes).contains(button.payload.utf8.count) {
            let isCommand = button.payload.hasPrefix("cmd:")
            let inline = TelegramReplyMarkup.InlineButton(text: button.label, callbackData: button.payload)
            if isCommand, previousWasCommand, !rows.isEmpty {
                rows[rows.count - 1].append(inline)
            } else {
                rows.append([inline])
            }
            previousWasCommand = isCommand
        }
        return rows.isEmpty ? nil : .inline(rows)
    }
}

extension TelegramCall {
    /// A sent (not edited) message without a keyboard of its own.
    var canCarryKeyboardRemoval: Bool {
        switch self {
        case .sendMessage(let call): call.replyMarkup == nil
        case .sendVenue(let call): call.replyMarkup == nil
        case .sendLocation(let call): call.replyMarkup == nil
        case .editMessageText: false
        }
    }

    mutating func setReplyMarkup(_ markup: TelegramReplyMarkup) {
        switch self {
        case .sendMessage(var call):
            call.replyMarkup = markup
            self = .sendMessage(call)
        case .sendVenue(var call):
            call.replyMarkup = markup
            self = .sendVenue(call)
        case .sendLocation(var call):
            call.replyMarkup = markup
            self = .sendLocation(call)
        case .editMessageText: break
        }
    }
}
