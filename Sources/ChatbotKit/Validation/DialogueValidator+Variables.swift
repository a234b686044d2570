import Foundation
import SvoyiCore

/// Variables: declared with valid names, the right types for questions, choices among declared values, and
/// templates and operands that name declared variables.
extension DialogueValidator {
    func checkVariables(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        for name in dialogue.variables.keys.sorted() {
            let path = JSONPath.root.key("variables").key(name)
            if !Self.isIdentifier(name) {
                report.add(
                    .invalidVariableName, path,
                    en: "a variable name is letters, digits and _, not starting with a digit",
                    uk: "назва змінної — латинські літери, цифри та _, не з цифри на початку")
            }
            if let variable = dialogue.variables[name], variable.type == .choice, (variable.values ?? []).isEmpty {
                report.add(
                    .missingValues, path.key("values"), en: "a choice variable lists its values",
                    uk: "змінна типу choice має перелічити свої значення")
            }
        }
        for (text, path) in allTexts(dialogue) {
            for (language, string) in [("uk", text.uk), ("en", text.en ?? "")] {
                for name in Self.placeholders(in: string) {
                    requireDeclared(name, at: path.key(language), in: dialogue, &report)
                }
            }
        }
        for id in dialogue.nodes.keys.sorted() {
            let path = JSONPath.root.key("nodes").key(id)
            switch dialogue.nodes[id]! {
            case .question(let question): checkQuestion(question, at: path, in: dialogue, &report)
            case .set(let assign):
                for key in assign.set.keys.sorted() {
                    requireDeclared(key, at: path.key("set").key(key), in: dialogue, &report)
                    checkOperand(assign.set[key]!, into: key, at: path.key("set").key(key), in: dialogue, &report)
                }
            case .action(let action):
                for (key, operand) in (action.arguments ?? [:]).sorted(by: { $0.key < $1.key }) {
                    checkOperand(operand, into: nil, at: path.key("arguments").key(key), in: dialogue, &report)
                }
            default: break
            }
        }
    }

    private func checkQuestion(
        _ question: DialogueNode.Question, at path: JSONPath, in dialogue: Dialogue, _ report: inout DialogueReport
    ) {
        requireDeclared(question.variable, at: path.key("variable"), in: dialogue, &report)
        let variable = dialogue.variables[question.variable]
        if let variable, variable.type.rawValue != question.input.rawValue {
            report.add(
                .inputTypeMismatch, path.key("input"),
                en:
                    "a \(question.input.rawValue) answer cannot go into \(question.variable), a \(variable.type.rawValue)",
                uk: "відповідь типу \(question.input.rawValue) не можна зберегти в \(question.variable) "
                    + "типу \(variable.type.rawValue)")
        }
        if question.input == .choice {
            let options = question.options ?? []
            if options.isEmpty {
                report.add(
                    .missingOptions, path.key("options"), en: "a choice question lists its options",
                    uk: "запитання з вибором має перелічити варіанти")
            }
            for (index, option) in options.enumerated() {
                checkChoice(
                    .text(option.value), of: question.variable, at: path.key("options").index(index).key("value"),
                    in: dialogue, &report)
            }
        }
        guard let validation = question.validation else { return }
        if let pattern = validation.pattern {
            checkPattern(pattern, at: path.key("validation").key("pattern"), &report)
        }
        for (key, date) in [("minDate", validation.minDate), ("maxDate", validation.maxDate)] {
            if let date, CivilDate(date) == nil {
                report.add(
                    .invalidDate, path.key("validation").key(key), en: "a date is written YYYY-MM-DD, not \(date)",
                    uk: "дату пишуть як РРРР-ММ-ДД, а не \(date)")
            }
        }
    }

    private func checkOperand(
        _ operand: DialogueOperand, into variable: String?, at path: JSONPath, in dialogue: Dialogue,
        _ report: inout DialogueReport
    ) {
        switch operand {
        case .variable(let name): requireDeclared(name, at: path.key("var"), in: dialogue, &report)
        case .value(let value):
            if let variable { checkChoice(value, of: variable, at: path, in: dialogue, &report) }
        }
    }

    func requireDeclared(_ name: String, at path: JSONPath, in dialogue: Dialogue, _ report: inout DialogueReport) {
        guard dialogue.variables[name] == nil else { return }
        report.add(
            .undeclaredVariable, path, en: "the variable \(name) is not declared in variables",
            uk: "змінну \(name) не оголошено у variables")
    }

    /// A literal for a choice variable must be one of its declared values (lists: each item).
    func checkChoice(
        _ value: ConversationValue, of name: String, at path: JSONPath, in dialogue: Dialogue,
        _ report: inout DialogueReport
    ) {
        guard let variable = dialogue.variables[name], variable.type == .choice, let values = variable.values else {
            return
        }
        if case .list(let items) = value {
            for (index, item) in items.enumerated() {
                checkChoice(item, of: name, at: path.index(index), in: dialogue, &report)
            }
        } else if case .text(let text) = value, values.contains(text) {
            return
        } else {
            report.add(
                .undeclaredChoiceValue, path,
                en: "\(value) is not among the values of \(name): \(values.joined(separator: ", "))",
                uk: "\(value) немає серед значень \(name): \(values.joined(separator: ", "))")
        }
    }

    func checkPattern(_ pattern: String, at path: JSONPath, _ report: inout DialogueReport) {
        if (try? NSRegularExpression(pattern: "^(?:\(pattern))$", options: [.caseInsensitive])) == nil {
            report.add(
                .invalidPattern, path, en: "the regular expression does not compile: \(pattern)",
                uk: "регулярний вираз містить помилку: \(pattern)")
        }
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(48...57).contains(first) else { return false }
        return name.utf8.allSatisfy {
            (97...122).contains($0) || (65...90).contains($0) || (48...57).contains($0) || $0 == 95
        }
    }
}
