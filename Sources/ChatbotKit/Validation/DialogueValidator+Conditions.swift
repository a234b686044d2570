import SvoyiCore

/// Conditions: declared variables, operators with the values they need, patterns that compile, choices that
/// exist.
extension DialogueValidator {
    func checkConditions(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        for id in dialogue.nodes.keys.sorted() {
            let path = JSONPath.root.key("nodes").key(id).key("next")
            for (index, transition) in dialogue.nodes[id]!.transitions.enumerated() {
                guard let condition = transition.when else { continue }
                check(condition, at: path.index(index).key("when"), in: dialogue, &report)
            }
        }
    }

    private func check(
        _ condition: DialogueCondition, at path: JSONPath, in dialogue: Dialogue, _ report: inout DialogueReport
    ) {
        switch condition {
        case .all(let conditions), .any(let conditions):
            let key = if case .all = condition { "all" } else { "any" }
            for (index, inner) in conditions.enumerated() {
                check(inner, at: path.key(key).index(index), in: dialogue, &report)
            }
        case .not(let inner): check(inner, at: path.key("not"), in: dialogue, &report)
        case .compare(let name, let op, let value):
            requireDeclared(name, at: path.key("var"), in: dialogue, &report)
            checkOperator(op, value, at: path.key("value"), &report)
            switch (op, value) {
            case (.eq, let value?), (.ne, let value?), (.in, let value?):
                checkChoice(value, of: name, at: path.key("value"), in: dialogue, &report)
            case (.matches, .text(let pattern)?): checkPattern(pattern, at: path.key("value"), &report)
            default: break
            }
        }
    }

    private func checkOperator(
        _ op: DialogueCondition.Operator, _ value: ConversationValue?, at path: JSONPath, _ report: inout DialogueReport
    ) {
        let fits: Bool
        let needs: (en: String, uk: String)
        switch (op, value) {
        case (.isSet, let value):
            fits = value == nil
            needs = ("isSet takes no value", "isSet не має значення")
        case (.in, let value):
            fits = if case .list = value { true } else { false }
            needs = ("in takes a list of values", "in потребує списку значень")
        case (.matches, let value):
            fits = if case .text = value { true } else { false }
            needs = ("matches takes a regular expression as text", "matches потребує регулярного виразу текстом")
        case (_, let value):
            fits = value != nil
            needs = ("\(op.rawValue) compares with a value", "\(op.rawValue) порівнює зі значенням")
        }
        if !fits { report.add(.invalidCondition, path, en: needs.en, uk: needs.uk) }
    }
}
