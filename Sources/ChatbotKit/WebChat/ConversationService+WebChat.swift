import SvoyiCore

extension ConversationService {
    /// The web chat's way into the conversations: a new conversation starts in the page's language (Ukrainian
    /// unless the visitor chose English), then every input goes through
    /// ``receive(_:from:hromadaID:residentID:seenOn:)``, which also marks the `web` resident seen (the key is their
    /// channel id).
    public var webChatReceiver: WebChat.Receiver {
        { input, key, hromadaID, language in
            if language != .uk, try await state(of: key, hromadaID: hromadaID) == nil {
                _ = try await receive(
                    .button(GlobalCommand.language(language).payload), from: key, hromadaID: hromadaID)
            }
            return try await receive(input, from: key, hromadaID: hromadaID, seenOn: (.web, key))
        }
    }
}
