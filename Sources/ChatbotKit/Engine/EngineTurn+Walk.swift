import SvoyiCore

/// How a walk stopped.
enum WalkOutcome {
    /// At a menu or question of the dialogue.
    case waiting
    /// At the main menu after an end, or after an apology: the history was cleared.
    case reset
}

extension EngineTurn {
    /// Walks from `target` and, when it stops at a waiting node without resetting, remembers `frame` for Back.
    mutating func advance(to target: String, remembering frame: ConversationState.Frame? = nil) async throws {
        let outcome = try await walk(from: target)
        if outcome == .waiting, let frame {
            state.history.append(frame)
            if state.history.count > engine.maximumHistory {
                state.history.removeFirst(state.history.count - engine.maximumHistory)
            }
        }
    }

    /// The current step as a frame for Back.
    var currentFrame: ConversationState.Frame {
        ConversationState.Frame(position: state.position, variables: state.variables)
    }

    /// Walks automatic nodes from `target` (a node of the current dialogue, or `dialogue:<id>` for the published
    /// version of another, with fresh variables) until a node waits or the dialogue ends.
    mutating func walk(from target: String) async throws -> WalkOutcome {
        var target = target
        while true {
            steps += 1
            guard steps <= engine.maximumSteps else {
                context.log("chatbot: more than \(engine.maximumSteps) steps at \(state.position); main menu")
                return try await recover()
            }
            if target.hasPrefix("dialogue:") {
                let id = String(target.dropFirst("dialogue:".count))
                guard let next = try await published(id) else {
                    context.log("chatbot: no published dialogue \(id), from \(state.position)")
                    return try await recover()
                }
                state.position = .init(dialogueID: next.id, version: next.version, nodeID: next.start)
                state.variables = openingVariables
                openingVariables = [:]
            } else {
                state.position.nodeID = target
            }
            guard let (dialogue, node) = try await currentNode() else {
                context.log("chatbot: no node \(state.position)")
                return try await recover()
            }
            let next: String?
            switch node {
            case .message(let message):
                say(message.text)
                next = transition(message.next)
            case .set(let assign):
                for (name, operand) in assign.set.sorted(by: { $0.key < $1.key }) {
                    state.variables[name] = value(of: operand)
                }
                next = transition(assign.next)
            case .action(let action):
                try await run(action)
                next = transition(action.next)
            case .facts(let facts):
                try await showFacts(facts)
                next = transition(facts.next)
            case .goto(let goto):
                next = goto.goto
            case .end(let end):
                if let text = end.text { say(text) }
                return try await goToMainMenu()
            case .menu, .question:
                state.retries = 0
                show(node, in: dialogue)
                return .waiting
            }
            // No transition that holds ends the dialogue, as an `end` would.
            guard let next else { return try await goToMainMenu() }
            target = next
        }
    }

    /// The first transition whose condition holds (or that has none).
    func transition(_ transitions: [DialogueTransition]) -> String? {
        transitions.first { $0.when?.holds(for: state.variables) ?? true }?.goto
    }

    /// A literal, or a variable's value (`nil` when unset).
    func value(of operand: DialogueOperand) -> ConversationValue? {
        switch operand {
        case .value(let value): value
        case .variable(let name): state.variables[name]
        }
    }

    /// The main menu's first step, with the history, variables and retries cleared.
    @discardableResult
    mutating func goToMainMenu() async throws -> WalkOutcome {
        state.history = []
        state.variables = [:]
        state.retries = 0
        guard let main = try await published(DialogueIDs.mainMenu) else {
            context.log("chatbot: hromada \(context.hromadaID) has no published main menu")
            say(EngineTexts.noMainMenu)
            state.position = .init(dialogueID: DialogueIDs.mainMenu, version: 0, nodeID: "")
            return .reset
        }
        state.position = .init(dialogueID: main.id, version: main.version, nodeID: main.start)
        _ = try await walk(from: main.start)
        state.history = []
        return .reset
    }

    /// After a broken step: an apology and the main menu; if the main menu itself is broken, only the apology
    /// (the next message tries the main menu again).
    mutating func recover() async throws -> WalkOutcome {
        if recovering {
            state.history = []
            state.position = .init(dialogueID: DialogueIDs.mainMenu, version: 0, nodeID: "")
            return .reset
        }
        recovering = true
        steps = 0
        say(EngineTexts.broken)
        return try await goToMainMenu()
    }
}
