public import SvoyiCore

/// Walks residents through dialogues, one message at a time: channel-independent input in, the bot's messages and
/// the new conversation state out.
///
/// Pure apart from reading dialogues from the ``EngineContext/dialogues`` source, catalogue facts from
/// ``EngineContext/community`` and running the context's actions: the caller stores the state (see
/// ``ConversationService``). From where the state waits it takes the input (an answer, a button, a global command,
/// free text), then walks automatic nodes (message, set, action, facts, goto) until a node waits (menu, question)
/// or the dialogue ends (its text, then the main menu).
public struct DialogueEngine: Sendable {
    /// Longer texts are refused politely and change nothing.
    public static let maximumTextLength = 4000

    /// The most nodes one message may walk through; a loop in a dialogue ends at the main menu with an apology.
    public var maximumSteps: Int
    /// The most steps Back remembers.
    public var maximumHistory: Int

    /// An engine with the given limits.
    public init(maximumSteps: Int = 200, maximumHistory: Int = 30) {
        self.maximumSteps = maximumSteps
        self.maximumHistory = maximumHistory
    }

    /// Answers one input. `state` is `nil` for a resident the bot has not met (or whose conversation was
    /// forgotten): the main menu or, for free text that matches a dialogue, that dialogue.
    public func handle(
        _ input: ResidentInput, state: ConversationState?, context: EngineContext
    ) async throws -> (reply: [BotMessage], state: ConversationState) {
        var turn = EngineTurn(engine: self, context: context, state: state)
        try await turn.respond(to: input)
        if let state, turn.state == state { return (turn.reply, state) }
        turn.state.updatedAt = context.now
        return (turn.reply, turn.state)
    }
}

extension EngineTurn {
    /// Dispatches one input by where the conversation is.
    mutating func respond(to input: ResidentInput) async throws {
        if case .text(let text) = input, text.count > DialogueEngine.maximumTextLength {
            say(EngineTexts.tooLong)
            if isNew { try await goToMainMenu() }
            return
        }
        if isNew {
            try await start(with: input)
            return
        }
        if case .unsupported = input {
            say(EngineTexts.unsupported)
            try await showCurrent()
            return
        }
        if let command = GlobalCommand(input) {
            try await apply(command)
            return
        }
        guard let (dialogue, node) = try await currentNode() else {
            if !state.position.nodeID.isEmpty { say(EngineTexts.versionGone) }
            try await goToMainMenu()
            return
        }
        switch node {
        case .menu(let menu): try await answerMenu(input, menu: menu, in: dialogue)
        case .question(let question): try await answerQuestion(input, question: question, in: dialogue)
        default:
            // A walk that was cut short (a loop) left the state at an automatic node: carry on from it.
            try await advance(to: state.position.nodeID)
        }
    }

    /// The first message of a conversation: a command, free text that names a dialogue, or the main menu.
    mutating func start(with input: ResidentInput) async throws {
        switch (GlobalCommand(input), input) {
        case (.language(let language)?, _):
            state.language = language
            try await goToMainMenu()
        case (nil, .text(let text)):
            try await freeText(text)
        default:
            try await goToMainMenu()
        }
    }
}
