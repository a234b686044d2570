public import SvoyiCore

extension ViberInboundMessage {
    /// What the person sent, as the dialogues read it.
    ///
    /// - A text that is one of our button payloads (`v1:…`, `cmd:…`: a `reply` button sends its `ActionBody` as
    ///   text) is a pressed button; other text is text.
    /// - A location is a location (coordinates outside the map are not).
    /// - A contact is the sender's own when it comes back with ``ViberRenderer/sharePhoneTracking``, i.e. through
    ///   the `share-phone` button (Viber sends the account's own number then); any other contact is someone else's.
    /// - A picture is a photo, by its address; a link is its text; a sticker, a video, a file or anything else is
    ///   unsupported.
    public var residentInput: ResidentInput {
        switch type {
        case "text":
            guard let text else { return .unsupported("text") }
            return Self.isButtonPayload(text) ? .button(text) : .text(text)
        case "location":
            guard let location, (-90...90).contains(location.lat), (-180...180).contains(location.lon) else {
                return .unsupported("location")
            }
            return .location(latitude: location.lat, longitude: location.lon)
        case "contact":
            guard let phone = contact?.phoneNumber, !phone.isEmpty else { return .unsupported("contact") }
            return .contact(phone: phone, isOwn: trackingData == ViberRenderer.sharePhoneTracking)
        case "picture":
            guard let media, !media.isEmpty else { return .unsupported("picture") }
            return .photo(reference: media)
        case "url":
            guard let media, !media.isEmpty else { return .unsupported("url") }
            return .text(media)
        default:
            return .unsupported(type)
        }
    }

    /// Whether `text` is a payload of the engine's buttons (step buttons and global commands), at most
    /// ``BotButton/maximumPayloadBytes`` bytes.
    static func isButtonPayload(_ text: String) -> Bool {
        text.utf8.count <= BotButton.maximumPayloadBytes
            && (text.hasPrefix(ButtonPayload.prefix) || text.hasPrefix("cmd:")) && !text.contains(" ")
    }
}
