import SvoyiCore

/// The engine's working state for one input: the conversation as it changes, the messages said so far and the
/// dialogues already read.
struct EngineTurn {
    let engine: DialogueEngine
    let context: EngineContext
    var state: ConversationState
    /// No conversation existed before this input.
    let isNew: Bool
    var reply: [BotMessage] = []
    /// Nodes walked in this turn (against loops).
    var steps = 0
    /// A broken dialogue sent the turn back to the main menu once already.
    var recovering = false
    /// The variables the next dialogue entered starts with (a deep link's argument); empty otherwise.
    var openingVariables: [String: ConversationValue] = [:]
    private var dialogues: [ConversationState.Position.Key: Dialogue] = [:]

    init(engine: DialogueEngine, context: EngineContext, state: ConversationState?) {
        self.engine = engine
        self.context = context
        self.isNew = state == nil
        self.state =
            state
            ?? ConversationState(
                position: .init(dialogueID: DialogueIDs.mainMenu, version: 0, nodeID: ""), startedAt: context.now)
    }

    var language: Language { state.language }

    /// Says a dialogue text, with its variables filled in.
    mutating func say(_ text: LocalizedText) {
        reply.append(.text(render(text)))
    }

    func render(_ text: LocalizedText) -> String {
        TextTemplate.render(text.text(in: language), variables: state.variables)
    }

    /// A version of a dialogue, read once per turn.
    mutating func dialogue(_ id: String, version: Int) async throws -> Dialogue? {
        let key = ConversationState.Position.Key(dialogueID: id, version: version)
        if let cached = dialogues[key] { return cached }
        let found = try await context.dialogues.dialogue(id: id, version: version, hromadaID: context.hromadaID)
        if let found { dialogues[key] = found }
        return found
    }

    /// The published version of a dialogue.
    mutating func published(_ id: String) async throws -> Dialogue? {
        let found = try await context.dialogues.published(id: id, hromadaID: context.hromadaID)
        if let found { dialogues[.init(dialogueID: found.id, version: found.version)] = found }
        return found
    }

    /// The dialogue and node the state points at, or `nil` when that version or node is gone.
    mutating func currentNode() async throws -> (Dialogue, DialogueNode)? {
        let position = state.position
        guard let dialogue = try await dialogue(position.dialogueID, version: position.version),
            let node = dialogue.nodes[position.nodeID]
        else { return nil }
        return (dialogue, node)
    }

    /// Shows the step the conversation waits at again.
    mutating func showCurrent() async throws {
        guard let (dialogue, node) = try await currentNode() else {
            try await goToMainMenu()
            return
        }
        show(node, in: dialogue)
    }

    /// Renders a waiting node: its text with option buttons, requests for a location or contact, Back and Main menu.
    mutating func show(_ node: DialogueNode, in dialogue: Dialogue) {
        let position = state.position
        var buttons: [BotButton] = []
        var after: [BotMessage] = []
        let text: LocalizedText
        switch node {
        case .menu(let menu):
            text = menu.text
            for (index, option) in menu.options.enumerated() {
                let label = render(option.label)
                if option.goto.hasPrefix("https://") {
                    after.append(.link(label, url: option.goto))
                } else {
                    buttons.append(BotButton(label: label, payload: ButtonPayload.make(position, index: index)))
                }
            }
        case .question(let question):
            text = question.text
            for (index, option) in (question.options ?? []).enumerated() where question.input == .choice {
                buttons.append(
                    BotButton(label: render(option.label), payload: ButtonPayload.make(position, index: index)))
            }
            if question.input == .location {
                after.append(.request(.location, prompt: EngineTexts.shareLocation.text(in: language)))
            } else if question.input == .contact {
                after.append(.request(.contact, prompt: EngineTexts.shareContact.text(in: language)))
            }
        default: return
        }
        let isHome = dialogue.id == DialogueIDs.mainMenu && (state.history.isEmpty || position.nodeID == dialogue.start)
        if !isHome {
            buttons.append(BotButton(label: EngineTexts.back.text(in: language), payload: GlobalCommand.back.payload))
            buttons.append(
                BotButton(label: EngineTexts.mainMenu.text(in: language), payload: GlobalCommand.mainMenu.payload))
        }
        reply.append(.text(render(text), buttons: buttons))
        reply += after
    }
}

extension ConversationState.Position {
    /// A dialogue version, for caching.
    struct Key: Hashable {
        let dialogueID: String
        let version: Int
    }
}
