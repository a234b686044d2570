import ChatbotKit
import Foundation
import SvoyiCore

/// One input of the benchmark's script, as both sides replay it.
enum ScriptInput: Sendable, Hashable {
    case button(String)
    case text(String)
    case location(latitude: Double, longitude: Double)

    var resident: ResidentInput {
        switch self {
        case .button(let payload): .button(payload)
        case .text(let text): .text(text)
        case .location(let latitude, let longitude): .location(latitude: latitude, longitude: longitude)
        }
    }

    /// `{"button": …}`, `{"text": …}` or `{"location": [lat, lon]}` for the Python peer.
    var json: Any {
        switch self {
        case .button(let payload): ["button": payload]
        case .text(let text): ["text": text]
        case .location(let latitude, let longitude): ["location": [latitude, longitude]]
        }
    }
}

/// The inputs of a resident going through every shipped consultation in turn, and where the engine was after each:
/// from the main menu, the buttons that lead to the consultation; inside it, buttons chosen round-robin, numbers
/// within the question's limits; the episode ends when the engine is back at the main menu.
struct Script {
    var inputs: [ScriptInput] = []
    /// `dialogue@version:node` after each input, and how many messages the reply had: the peer must match both.
    var trace: [String] = []

    /// Drives the engine (without storage: facts say the ЦНАП will advise, actions are unknown) for `rounds` passes
    /// over the consultations.
    static func record(dialogues: [Dialogue], rounds: Int) async throws -> Script {
        let source = StaticDialogueSource(dialogues)
        let engine = DialogueEngine()
        let consultations = dialogues.filter { $0.kind == .consultation }.map(\.id)
        let paths = MenuPaths(dialogues: dialogues)
        var script = Script()
        var state: ConversationState?
        var roundRobin = 0
        func send(_ input: ScriptInput) async throws -> [BotMessage] {
            let context = EngineContext(
                hromadaID: 1, dialogues: source, now: Date(timeIntervalSince1970: 0), log: .discard)
            let (reply, next) = try await engine.handle(input.resident, state: state, context: context)
            state = next
            script.inputs.append(input)
            script.trace.append("\(next.position) \(reply.count)")
            return reply
        }
        var reply = try await send(.button(GlobalCommand.mainMenu.payload))
        for episode in 0..<(rounds * consultations.count) {
            let target = consultations[episode % consultations.count]
            // Through the menus to the consultation.
            for option in paths.path(to: target) {
                guard let buttons = reply.last(where: { !$0.buttons.isEmpty })?.buttons,
                    let payload = buttons.first(where: { $0.payload.hasSuffix(":\(option)") })?.payload
                else { fatalError("no menu button \(option) on the way to \(target)") }
                reply = try await send(.button(payload))
            }
            precondition(state?.position.dialogueID == target, "the menus did not lead to \(target)")
            // Inside, until the engine is back at the main menu (or 60 inputs, then Main menu).
            var inside = 0
            while state?.position.dialogueID != DialogueIDs.mainMenu {
                inside += 1
                let position = state!.position
                let dialogue = dialogues.first { $0.id == position.dialogueID && $0.version == position.version }!
                let input: ScriptInput
                if inside > 60 {
                    input = .button(GlobalCommand.mainMenu.payload)
                } else {
                    input = Self.answer(dialogue.nodes[position.nodeID]!, reply: reply, roundRobin: roundRobin)
                }
                roundRobin += 1
                reply = try await send(input)
            }
        }
        return script
    }

    /// A round-robin answer to the node the conversation waits at.
    static func answer(_ node: DialogueNode, reply: [BotMessage], roundRobin: Int) -> ScriptInput {
        let steps = (reply.last { !$0.buttons.isEmpty }?.buttons ?? []).map(\.payload).filter {
            $0.hasPrefix(ButtonPayload.prefix)
        }
        if case .question(let question) = node, question.input != .choice {
            switch question.input {
            case .number:
                let low = Int(question.validation?.min ?? 0)
                let high = Int(question.validation?.max ?? 100)
                return .text(String(low + (roundRobin * 13) % (high - low + 1)))
            case .date: return .text("2000-01-01")
            case .location: return .location(latitude: 49.0 + Double(roundRobin % 10) / 100, longitude: 31.0)
            default: return .text("Тест")
            }
        }
        guard !steps.isEmpty else { return .button(GlobalCommand.mainMenu.payload) }
        return .button(steps[roundRobin % steps.count])
    }
}

/// The option indices that lead from the main menu's start to a dialogue, through menu dialogues only.
struct MenuPaths {
    let dialogues: [String: Dialogue]

    init(dialogues: [Dialogue]) {
        self.dialogues = Dictionary(
            dialogues.map { ($0.id, $0) }, uniquingKeysWith: { $0.version > $1.version ? $0 : $1 })
    }

    /// Breadth first over the menus' options; the path is a list of option indices.
    func path(to target: String) -> [Int] {
        struct Place: Hashable {
            let dialogue: String
            let node: String
        }
        let main = dialogues[DialogueIDs.mainMenu]!
        var queue: [(Place, [Int])] = [(Place(dialogue: main.id, node: main.start), [])]
        var seen: Set<Place> = [queue[0].0]
        while !queue.isEmpty {
            let (place, path) = queue.removeFirst()
            guard case .menu(let menu) = dialogues[place.dialogue]?.nodes[place.node] else { continue }
            for (index, option) in menu.options.enumerated() {
                var next = Place(dialogue: place.dialogue, node: option.goto)
                if option.goto.hasPrefix("dialogue:") {
                    let id = String(option.goto.dropFirst("dialogue:".count))
                    if id == target { return path + [index] }
                    guard let dialogue = dialogues[id], dialogue.kind == .menu else { continue }
                    next = Place(dialogue: id, node: dialogue.start)
                }
                if seen.insert(next).inserted { queue.append((next, path + [index])) }
            }
        }
        fatalError("no menu leads to \(target)")
    }
}
