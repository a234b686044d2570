import SvoyiCore

extension EngineTurn {
    /// At a menu: a button of this menu, a typed option label, free text, or something it cannot use.
    mutating func answerMenu(_ input: ResidentInput, menu: DialogueNode.Menu, in dialogue: Dialogue) async throws {
        switch input {
        case .button(let payload):
            guard let index = ButtonPayload.index(of: payload, at: state.position), menu.options.indices.contains(index)
            else {
                try await oldButton()
                return
            }
            try await choose(menu.options[index], in: dialogue)
        case .text(let text):
            let typed = UkrainianText.normalise(text)
            let option = menu.options.first { option in
                [option.label.uk, option.label.en].compactMap { $0 }.contains {
                    UkrainianText.normalisedLabel($0) == typed
                }
            }
            if let option, !typed.isEmpty {
                try await choose(option, in: dialogue)
            } else {
                try await freeText(text)
            }
        default:
            say(EngineTexts.unexpectedInput)
            show(.menu(menu), in: dialogue)
        }
    }

    mutating func choose(_ option: DialogueNode.MenuOption, in dialogue: Dialogue) async throws {
        if option.goto.hasPrefix("https://") {
            reply.append(.link(render(option.label), url: option.goto))
            return
        }
        try await advance(to: option.goto, remembering: currentFrame)
    }

    /// At a question: a choice button, or an answer checked by ``AnswerValidator``; wrong answers count towards
    /// the question's retry limit.
    mutating func answerQuestion(
        _ input: ResidentInput, question: DialogueNode.Question, in dialogue: Dialogue
    ) async throws {
        let outcome: AnswerValidator.Outcome
        if case .button(let payload) = input {
            let options = question.input == .choice ? question.options ?? [] : []
            guard let index = ButtonPayload.index(of: payload, at: state.position), options.indices.contains(index)
            else {
                try await oldButton()
                return
            }
            outcome = .accepted(.text(options[index].value))
        } else {
            outcome = AnswerValidator.check(input, for: question, language: language)
        }
        switch outcome {
        case .accepted(let value):
            let frame = currentFrame
            state.variables[question.variable] = value
            state.retries = 0
            guard let next = transition(question.next) else {
                try await goToMainMenu()
                return
            }
            try await advance(to: next, remembering: frame)
        case .rejected(let hint):
            // Typed words that name another topic ("де найближче укриття" while asked to pick a button) are a change
            // of subject, not a wrong answer: go there, and Back returns to this question.
            if case .text(let text) = input, question.input != .text,
                let match = try await context.dialogues.faqMatcher(hromadaID: context.hromadaID)
                    .bestMatch(for: text),
                match.dialogueID != dialogue.id
            {
                state.retries = 0
                if match.dialogueID == DialogueIDs.mainMenu {
                    try await goToMainMenu()
                } else {
                    try await advance(to: "dialogue:\(match.dialogueID)", remembering: currentFrame)
                }
                return
            }
            state.retries += 1
            guard state.retries >= (question.maxRetries ?? 2) else {
                reply.append(.text(hint))
                show(.question(question), in: dialogue)
                return
            }
            say(EngineTexts.gaveUp)
            if let giveUp = question.giveUp {
                try await advance(to: giveUp)
            } else {
                try await goToMainMenu()
            }
        }
    }

    /// A button from an earlier message: say so and show where the conversation is.
    mutating func oldButton() async throws {
        say(EngineTexts.oldButton)
        try await showCurrent()
    }

    /// Free text outside a question: the dialogue its words name (FAQ matching), or an apology and the main menu.
    mutating func freeText(_ text: String) async throws {
        guard let match = try await context.dialogues.faqMatcher(hromadaID: context.hromadaID).bestMatch(for: text)
        else {
            say(EngineTexts.notUnderstood)
            try await goToMainMenu()
            return
        }
        if match.dialogueID == DialogueIDs.mainMenu {
            try await goToMainMenu()
        } else {
            try await advance(to: "dialogue:\(match.dialogueID)", remembering: isNew ? nil : currentFrame)
        }
    }

    /// Back, Main menu, Restart, a language, or `/start`.
    mutating func apply(_ command: GlobalCommand) async throws {
        switch command {
        case .back:
            guard let frame = state.history.popLast() else {
                try await goToMainMenu()
                return
            }
            state.position = frame.position
            state.variables = frame.variables
            state.retries = 0
            guard let (dialogue, node) = try await currentNode() else {
                say(EngineTexts.versionGone)
                try await goToMainMenu()
                return
            }
            show(node, in: dialogue)
        case .mainMenu, .start:
            try await goToMainMenu()
        case .restart:
            let id = state.position.dialogueID
            guard id != DialogueIDs.mainMenu else {
                try await goToMainMenu()
                return
            }
            while state.history.last?.position.dialogueID == id { state.history.removeLast() }
            try await advance(to: "dialogue:\(id)")
        case .language(let language):
            state.language = language
            say(EngineTexts.languageChanged)
            try await showCurrent()
        }
    }
}
