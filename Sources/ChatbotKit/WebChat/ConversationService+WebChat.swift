import SvoyiCore

extension ConversationService {
    /// The web chat's way into the conversations: a new conversation starts in the page's language (Ukrainian
    /// unless the visitor chose English), then every input goes through
    /// ``receive(_:from:hromadaID:residentID:seenOn:)``, which also marks the `web` resident seen (the key is their
    /// channel id).
    public var webChatReceiver: WebChat.Receiver {
        { input, key, hromadaID, language in
            try await startWebChat(key: key, hromadaID: hromadaID, language: language)
            return try await receive(input, from: key, hromadaID: hromadaID, seenOn: (.web, key))
        }
    }

    /// The web chat's way into one dialogue (`/chat?open=<id>`, the API's `open`): the same start as
    /// ``webChatReceiver``, then ``open(dialogue:variables:from:hromadaID:residentID:)``.
    public var webChatOpener: WebChat.Opener {
        { dialogueID, key, hromadaID, language in
            try await startWebChat(key: key, hromadaID: hromadaID, language: language)
            return try await open(dialogue: dialogueID, from: key, hromadaID: hromadaID)
        }
    }

    /// A conversation that does not exist yet starts in `language` (the reply to the switch is not shown).
    private func startWebChat(key: String, hromadaID: Int64, language: Language) async throws {
        if language != .uk, try await state(of: key, hromadaID: hromadaID) == nil {
            _ = try await receive(.button(GlobalCommand.language(language).payload), from: key, hromadaID: hromadaID)
        }
    }
}
