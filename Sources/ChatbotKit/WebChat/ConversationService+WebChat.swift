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

extension DialogueStore {
    /// Gives a hromada without any dialogue the shipped ones (the main menu, the consultations, FAQ and information),
    /// published as version 1. Returns how many were added; a hromada that has dialogues is left as it is.
    @discardableResult
    public func seedShippedDialogues(hromadaID: Int64) async throws -> Int {
        guard try await list(hromadaID: hromadaID).isEmpty else { return 0 }
        return try await importSet(ShippedDialogues.all, hromadaID: hromadaID, publish: true, by: "system").count
    }
}
