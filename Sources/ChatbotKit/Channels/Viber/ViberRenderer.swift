import Foundation
public import SvoyiCore

/// Turns the bot's channel-independent messages into Viber `send_message` bodies.
///
/// Viber shows one keyboard at a time (the last one sent) and it is not attached to a message, so the buttons of a
/// whole reply go into one keyboard on its last message: the payload buttons (`reply`, pressed silently: the
/// payload is for the bot), links (`open-url`, and the link also as text so it stays in the chat) and the requests
/// for a location or the phone number (`location-picker`, `share-phone`, which raise `min_api_version` to 3).
/// Texts longer than 7,000 characters are split; a place is its name and address, then the pin.
public struct ViberRenderer: Sendable {
    /// The longest text message Viber takes, in UTF-16 code units (counted so, to be safe).
    public static let maximumTextLength = 7_000
    /// The `tracking_data` of a message whose keyboard asks for the phone number: a contact that comes back with
    /// it was shared through the `share-phone` button, so it is the sender's own.
    public static let sharePhoneTracking = "svoyi:share-phone"

    /// Who the messages are from.
    public var sender: ViberSender

    public init(sender: ViberSender) {
        self.sender = sender
    }

    /// A renderer for `bot`'s name and picture.
    public init(bot: ViberBot) {
        self.init(sender: ViberSender(name: bot.name, avatar: bot.avatarURL))
    }

    /// The `send_message` bodies for `reply`, in order, addressed to `receiver` (`nil` for a broadcast, which sets
    /// its list itself).
    public func render(_ reply: [BotMessage], receiver: String?) -> [ViberSendMessage] {
        var bodies: [ViberSendMessage] = []
        var buttons: [ViberButton] = []
        var prompts: [String] = []
        for message in reply {
            switch message.kind {
            case .text:
                for part in Self.split(message.text) { bodies.append(text(part, to: receiver)) }
                buttons += message.buttons.map { ViberButton(.reply, body: $0.payload, label: $0.label, silent: true) }
            case .location:
                let caption = (["📍 " + message.text] + (message.address.map { [$0] } ?? [])).joined(separator: "\n")
                bodies.append(text(caption, to: receiver))
                if let latitude = message.latitude, let longitude = message.longitude {
                    var pin = ViberSendMessage(receiver: receiver, sender: sender, type: "location")
                    pin.location = ViberLocation(lat: latitude, lon: longitude)
                    bodies.append(pin)
                }
            case .link:
                guard let url = message.url else {
                    for part in Self.split(message.text) { bodies.append(text(part, to: receiver)) }
                    continue
                }
                bodies.append(text(message.text + "\n" + url, to: receiver))
                buttons.append(ViberButton(.openURL, body: url, label: message.text))
            case .request:
                // Viber needs some ActionBody for these two; it is not sent back.
                switch message.request {
                case .location?: buttons.append(ViberButton(.locationPicker, body: "location", label: message.text))
                case .contact?: buttons.append(ViberButton(.sharePhone, body: "phone", label: message.text))
                case nil: break
                }
                prompts.append(message.text)
            }
        }
        bodies.removeAll { $0.type == "text" && ($0.text ?? "").isEmpty }
        guard !buttons.isEmpty else { return bodies }
        if bodies.isEmpty { bodies.append(text(prompts.joined(separator: "\n"), to: receiver)) }
        attach(buttons, to: &bodies[bodies.count - 1])
        return bodies
    }

    /// The one message a `conversation_started` answer may carry: the texts of `reply` together (places as their
    /// name and address, links with their address), with the whole reply's keyboard, and no receiver.
    public func welcome(_ reply: [BotMessage]) -> ViberSendMessage {
        let bodies = render(reply, receiver: nil)
        let keyboard = bodies.last?.keyboard
        let joined = bodies.compactMap { $0.type == "text" ? $0.text : nil }.joined(separator: "\n\n")
        var message = text(Self.truncate(joined), to: nil)
        if let keyboard { attach(keyboard.buttons, to: &message) }
        return message
    }

    func text(_ text: String, to receiver: String?) -> ViberSendMessage {
        ViberSendMessage(receiver: receiver, sender: sender, type: "text", text: text)
    }

    func attach(_ buttons: [ViberButton], to message: inout ViberSendMessage) {
        message.keyboard = ViberKeyboard(buttons: buttons)
        message.minAPIVersion = buttons.map(\.action.minAPIVersion).max() ?? 1
        if buttons.contains(where: { $0.action == .sharePhone }) { message.trackingData = Self.sharePhoneTracking }
    }

    /// `text` in pieces of at most ``maximumTextLength``, cut after a paragraph, else a line, else a space when one
    /// lies in the second half of the piece, else between two characters.
    public static func split(_ text: String, limit: Int = maximumTextLength) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while rest.utf16.count > limit {
            var end = rest.startIndex
            var length = 0
            for index in rest.indices {
                let size = rest[index].utf16.count
                if length + size > limit { break }
                length += size
                end = rest.index(after: index)
            }
            let head = rest[..<end]
            let half = head.index(head.startIndex, offsetBy: head.count / 2)
            var cut = end
            for separator in ["\n\n", "\n", " "] {
                if let found = head.range(of: separator, options: .backwards), found.upperBound > half {
                    cut = found.upperBound
                    break
                }
            }
            parts.append(String(rest[..<cut]).trimmingCharacters(in: .whitespacesAndNewlines))
            rest = rest[cut...]
        }
        parts.append(String(rest))
        return parts.filter { !$0.isEmpty }
    }

    /// `text` cut to ``maximumTextLength`` with `…` when it is longer.
    static func truncate(_ text: String) -> String {
        guard text.utf16.count > maximumTextLength else { return text }
        return (split(text, limit: maximumTextLength - 1).first ?? "") + "…"
    }
}
