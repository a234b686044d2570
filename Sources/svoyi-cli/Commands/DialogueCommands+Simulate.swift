import ChatbotKit
import Foundation
import SvoyiCore

extension DialogueCommands {
    static let simulate = CommandSpec(
        "simulate", abstract: "Talk to the chatbot in the terminal, as a resident would.",
        discussion: """
            Runs the dialogues through the same engine and conversation service as the server. With --hromada, \
            the hromada's published dialogues over its catalogue in the installation's database (the conversation \
            is kept under its own key and forgotten at the end); without it, the shipped dialogues over the demo \
            hromada's catalogue in a temporary database that is deleted at the end. The bot's messages are \
            printed with numbered buttons: type a number to press one, anything else is sent as text; \
            ':back', ':menu', ':location <lat>,<lon>', ':text <text>' and ':quit' work at every step (a number \
            is an answer, not a button, where the bot asks for a number). --script reads the inputs \
            from a file, one a line, and echoes each after '> ' (a transcript); '-' reads standard input.
            """,
        options: [
            .value("hromada", "slug", "Use this hromada's published dialogues from the database."),
            .value("dialogue", "id", "Start in this dialogue instead of the main menu."),
            .value("script", "file", "Read the inputs from a file (one a line) instead of the terminal."),
        ]
    ) { arguments, env in
        let simulation = try await DialogueSimulation.open(
            hromada: arguments.value("hromada"), arguments: arguments, env: env)
        let lines: LineSource
        if let script = arguments.value("script") {
            let text = String(decoding: try readInput(script), as: UTF8.self)
            lines = .script(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        } else {
            lines = .terminal
        }
        do {
            try await simulation.run(startingIn: arguments.value("dialogue"), lines: lines, env)
        } catch {
            await simulation.close()
            throw error
        }
        await simulation.close()
    }
}

/// Where the simulator's inputs come from.
enum LineSource {
    /// Standard input, with a `> ` prompt.
    case terminal
    /// Lines of a file, echoed after `> ` so the output reads as a transcript.
    case script([String])
}

/// One terminal conversation over a ``ConversationService``.
struct DialogueSimulation {
    let service: ConversationService
    let hromadaID: Int64
    /// The conversation's key; forgotten when the simulation closes.
    let key = "cli:simulate:\(getpid())"
    /// A temporary directory to delete at the end (the shipped dialogues' demo database).
    let temporary: URL?

    static func open(
        hromada slug: String?, arguments: ParsedArguments, env: CLIEnvironment
    ) async throws
        -> DialogueSimulation
    {
        let actions = SvoyiCLI.modules.flatMap(\.conversationActions)
        guard let slug else {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "svoyi-simulate-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            do {
                let database = try await DataDirectory(path: directory.path).open(modules: SvoyiCLI.modules)
                let hromada = try await CommunityStore(database: database).importBundle(DemoHromada.bundle)
                let service = ConversationService(
                    database: database, dialogues: StaticDialogueSource(ShippedDialogues.all), actions: actions,
                    log: .discard)
                return DialogueSimulation(service: service, hromadaID: hromada.id!, temporary: directory)
            } catch {
                try? FileManager.default.removeItem(at: directory)
                throw error
            }
        }
        let database = try await arguments.openDatabase(env)
        let hromada = try await HromadaCommands.hromada(slug, CommunityStore(database: database))
        let store = DialogueStore(database: database, knownActions: Set(actions.map(\.name)))
        guard try await store.published(id: DialogueIDs.mainMenu, hromadaID: hromada.id!) != nil else {
            throw CLIFailure.dataError(
                "\(slug) has no published main menu; import and publish dialogues first "
                    + "(svoyi-cli dialogues import --hromada \(slug) --publish …)")
        }
        let service = ConversationService(database: database, dialogues: store, actions: actions, log: .discard)
        return DialogueSimulation(service: service, hromadaID: hromada.id!, temporary: nil)
    }

    /// Forgets the conversation in the installation's database, or deletes the temporary one.
    func close() async {
        guard let temporary else {
            try? await ConversationStore(database: service.database).delete(key: key, hromadaID: hromadaID)
            return
        }
        try? FileManager.default.removeItem(at: temporary)
    }

    func run(startingIn dialogueID: String?, lines: LineSource, _ env: CLIEnvironment) async throws {
        var buttons = try await start(in: dialogueID, env)
        var remaining = lines
        while let line = next(&remaining, env) {
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch SimulatorInput(typed, buttons: buttons) {
            case .nothing: continue
            case .quit: return
            case .invalid(let message): env.print("(\(message))")
            case .send(let resident):
                let reply = try await service.receive(resident, from: key, hromadaID: hromadaID)
                buttons = Self.print(reply, env)
            }
        }
    }

    /// The first reply: the main menu, or the start of `dialogueID` (a conversation placed in that dialogue and
    /// restarted, as the Restart command does).
    func start(in dialogueID: String?, _ env: CLIEnvironment) async throws -> [BotButton] {
        guard let dialogueID else {
            return Self.print(try await service.receive(.button("cmd:menu"), from: key, hromadaID: hromadaID), env)
        }
        guard dialogueID != DialogueIDs.mainMenu,
            let dialogue = try await service.dialogues.published(id: dialogueID, hromadaID: hromadaID)
        else {
            let ids = try await service.dialogues.allPublished(hromadaID: hromadaID).map(\.id)
                .filter { $0 != DialogueIDs.mainMenu }
            throw CLIFailure.dataError(
                "no published dialogue \(dialogueID); there are: \(ids.joined(separator: ", "))")
        }
        let placed = ConversationState(
            position: .init(dialogueID: dialogue.id, version: dialogue.version, nodeID: ""), startedAt: Date())
        try await ConversationStore(database: service.database).save(placed, key: key, hromadaID: hromadaID)
        let reply = try await service.receive(
            .button(GlobalCommand.restart.payload), from: key, hromadaID: hromadaID)
        return Self.print(reply, env)
    }

    /// The next line: from the script (echoed), or typed at the prompt; `nil` at the end.
    func next(_ lines: inout LineSource, _ env: CLIEnvironment) -> String? {
        switch lines {
        case .terminal:
            env.output.write("> ", error: false)
            return readLine(strippingNewline: true)
        case .script(var rest):
            while let line = rest.first {
                rest.removeFirst()
                lines = .script(rest)
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                env.print("> \(line)")
                return line
            }
            return nil
        }
    }

    /// Prints the bot's messages, numbering their buttons from 1; returns the buttons in that order.
    static func print(_ reply: [BotMessage], _ env: CLIEnvironment) -> [BotButton] {
        var buttons: [BotButton] = []
        for message in reply {
            switch message.kind {
            case .text: env.print("bot: " + message.text.replacingOccurrences(of: "\n", with: "\n     "))
            case .link: env.print("bot: 🔗 \(message.text) — \(message.url ?? "")")
            case .location:
                let place = String(format: "%.5f, %.5f", message.latitude ?? 0, message.longitude ?? 0)
                env.print("bot: 📍 \(message.text) (\(place))" + (message.address.map { ", \($0)" } ?? ""))
            case .request:
                let hint = message.request == .location ? "type :location <lat>,<lon>" : "type the answer"
                env.print("bot: \(message.text) (\(hint))")
            }
            for button in message.buttons {
                buttons.append(button)
                env.print("  [\(buttons.count)] \(button.label)")
            }
        }
        return buttons
    }
}
