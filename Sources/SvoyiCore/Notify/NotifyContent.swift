import Foundation

/// What a message says, as the dispatcher renders it for each resident.
public struct NotifyContent: Sendable, Hashable {
    public var text: LocalizedText
    public var link: NotifyLink?
    public var location: NotifyLocation?

    public init(text: LocalizedText, link: NotifyLink? = nil, location: NotifyLocation? = nil) {
        self.text = text
        self.link = link
        self.location = location
    }

    /// The bot's messages for a resident who reads `language`: the text (English when the resident reads English and
    /// the message has it), then the link, then the place. A link's title and a place's name follow the text's
    /// language, so an English reader of a Ukrainian-only message sees it all in Ukrainian.
    public func messages(for language: Language) -> [BotMessage] {
        let english = language == .en && text.en != nil
        func pick(_ text: LocalizedText) -> String { english ? (text.en ?? text.uk) : text.uk }
        var messages = [BotMessage.text(pick(text))]
        if let link { messages.append(.link(pick(link.title), url: link.url)) }
        if let location {
            messages.append(
                .location(pick(location.name), latitude: location.latitude, longitude: location.longitude, address: nil)
            )
        }
        return messages
    }
}

extension NotifyMessage {
    /// What the message says.
    public var content: NotifyContent { NotifyContent(text: text, link: link, location: location) }
}
