import SvoyiCore

/// The parts of a node the validator looks at, each with its JSON path, so every check walks every kind alike.
extension DialogueNode {
    /// A button the node shows: a menu option or a choice.
    struct Button {
        let label: LocalizedText
        let path: JSONPath
        /// `https://` links open in the browser and carry no callback data.
        let isLink: Bool
    }

    /// Every text the node shows.
    func texts(at path: JSONPath) -> [(text: LocalizedText, path: JSONPath)] {
        switch self {
        case .message(let node): return [(node.text, path.key("text"))]
        case .menu(let node):
            return [(node.text, path.key("text"))]
                + node.options.enumerated().map { ($1.label, path.key("options").index($0).key("label")) }
        case .question(let node):
            var texts = [(node.text, path.key("text"))]
            texts += (node.options ?? []).enumerated().map { ($1.label, path.key("options").index($0).key("label")) }
            if let invalid = node.invalid { texts.append((invalid, path.key("invalid"))) }
            return texts
        case .facts(let node): return node.text.map { [($0, path.key("text"))] } ?? []
        case .end(let node): return node.text.map { [($0, path.key("text"))] } ?? []
        case .set, .action, .goto: return []
        }
    }

    /// The node's `next` list (empty for kinds that have none).
    var transitions: [DialogueTransition] {
        switch self {
        case .message(let node): node.next
        case .question(let node): node.next
        case .set(let node): node.next
        case .action(let node): node.next
        case .facts(let node): node.next
        case .menu, .goto, .end: []
        }
    }

    /// Whether the node has a `next` list at all.
    var hasNext: Bool {
        switch self {
        case .menu, .goto, .end: false
        default: true
        }
    }

    /// Every place the node can lead, with the path of the field that names it (links excluded).
    func targetPaths(at path: JSONPath) -> [(target: String, path: JSONPath)] {
        var targets = transitions.enumerated().map { ($1.goto, path.key("next").index($0).key("goto")) }
        switch self {
        case .menu(let node):
            targets += node.options.enumerated().filter { !$1.goto.hasPrefix("https://") }
                .map { ($1.goto, path.key("options").index($0).key("goto")) }
        case .question(let node):
            if let giveUp = node.giveUp { targets.append((giveUp, path.key("giveUp"))) }
        case .goto(let node): targets.append((node.goto, path.key("goto")))
        default: break
        }
        return targets
    }

    /// The buttons the node shows, in order (their index is part of the payload).
    func buttons(at path: JSONPath) -> [Button] {
        switch self {
        case .menu(let node):
            return node.options.enumerated().map {
                Button(
                    label: $1.label, path: path.key("options").index($0), isLink: $1.goto.hasPrefix("https://"))
            }
        case .question(let node):
            return (node.options ?? []).enumerated().map {
                Button(label: $1.label, path: path.key("options").index($0), isLink: false)
            }
        default: return []
        }
    }

    /// Whether the engine stops here for the resident (an answer, a button press) or ends: such nodes break
    /// loops, since the resident can always go back or to the main menu from them.
    var waitsOrEnds: Bool {
        switch self {
        case .menu, .question, .end: true
        default: false
        }
    }
}
