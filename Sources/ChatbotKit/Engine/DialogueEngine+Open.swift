public import SvoyiCore

extension DialogueEngine {
    /// Opens the published dialogue `dialogueID` at its start, as a deep link or QR code asks (a messenger's
    /// `/start` payload, Viber's `context`). Back returns to where the conversation was; an unknown or unpublished
    /// id, or the main menu's, shows the main menu. `language` is the language of a new conversation (a running
    /// one keeps its own).
    public func open(
        dialogue dialogueID: String, state: ConversationState?, language: Language = .uk, context: EngineContext
    ) async throws -> (reply: [BotMessage], state: ConversationState) {
        var turn = EngineTurn(engine: self, context: context, state: state)
        if turn.isNew { turn.state.language = language }
        try await turn.open(dialogueID)
        turn.state.updatedAt = context.now
        return (turn.reply, turn.state)
    }
}

extension EngineTurn {
    mutating func open(_ dialogueID: String) async throws {
        guard dialogueID != DialogueIDs.mainMenu, try await published(dialogueID) != nil else {
            try await goToMainMenu()
            return
        }
        try await advance(to: "dialogue:\(dialogueID)", remembering: isNew ? nil : currentFrame)
    }
}
