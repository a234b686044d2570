public import SvoyiCore

extension DialogueEngine {
    /// Opens the published dialogue `dialogueID` at its start, with `variables` set (a deep link or QR code: a
    /// rating code, a petition number). Back returns to where the conversation was. A dialogue that is not
    /// published leaves the resident at the main menu with an apology.
    ///
    /// This is not reachable from what a resident sends: only the channel's deep-link routes call it, so a crafted
    /// button cannot set a dialogue's variables.
    public func open(
        _ dialogueID: String, variables: [String: ConversationValue], state: ConversationState?,
        context: EngineContext
    ) async throws -> (reply: [BotMessage], state: ConversationState) {
        var turn = EngineTurn(engine: self, context: context, state: state)
        if try await turn.published(dialogueID) == nil {
            turn.say(EngineTexts.linkUnavailable)
            try await turn.goToMainMenu()
        } else {
            turn.state.retries = 0
            turn.openingVariables = variables
            try await turn.advance(to: "dialogue:\(dialogueID)", remembering: turn.isNew ? nil : turn.currentFrame)
        }
        turn.state.updatedAt = context.now
        return (turn.reply, turn.state)
    }
}
