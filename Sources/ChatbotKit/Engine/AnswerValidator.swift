import Foundation
public import SvoyiCore

/// Checks a resident's answer to a question against its input kind and limits, as a pure function.
public enum AnswerValidator {
    /// What a check found: the value to store, or the hint to say before asking again.
    public enum Outcome: Sendable, Hashable {
        case accepted(ConversationValue)
        case rejected(hint: String)
    }

    /// The most characters a text answer may have unless the question says otherwise.
    public static let defaultMaxLength = 1000

    /// Checks `input` as an answer to `question`. A question's own `invalid` text replaces the default hint.
    /// (A pressed choice button is read by the engine before this; here a choice is typed as a label or value.)
    public static func check(
        _ input: ResidentInput, for question: DialogueNode.Question, language: Language
    ) -> Outcome {
        let limits = question.validation
        let outcome: Outcome
        switch (question.input, input) {
        case (.number, .text(let text)): outcome = number(text, limits: limits, language: language)
        case (.date, .text(let text)): outcome = date(text, limits: limits, language: language)
        case (.choice, .text(let text)): outcome = choice(text, options: question.options ?? [], language: language)
        case (.text, .text(let text)): outcome = self.text(text, limits: limits, language: language)
        case (.location, .location(let latitude, let longitude)):
            outcome = .accepted(.location(latitude: latitude, longitude: longitude))
        case (.contact, .contact(let phone, true)): outcome = .accepted(.text(phone))
        case (.photo, .photo(let reference)): outcome = .accepted(.text(reference))
        default: outcome = .rejected(hint: defaultHint(question.input, limits: limits, language: language))
        }
        guard case .rejected = outcome, let invalid = question.invalid else { return outcome }
        return .rejected(hint: invalid.text(in: language))
    }

    /// `12`, `12,5`, `12.5`, `1 000`, within `min`…`max`.
    static func number(_ text: String, limits: DialogueNode.Validation?, language: Language) -> Outcome {
        let cleaned = text.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(cleaned), value.isFinite,
            value >= (limits?.min ?? -.infinity), value <= (limits?.max ?? .infinity)
        else { return .rejected(hint: defaultHint(.number, limits: limits, language: language)) }
        return .accepted(.number(value))
    }

    /// `ДД.ММ.РРРР` (also `Д.М.РРРР` and with `/`) or `YYYY-MM-DD`, a real day within `minDate`…`maxDate`.
    static func date(_ text: String, limits: DialogueNode.Validation?, language: Language) -> Outcome {
        guard let day = parseDate(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            limits?.minDate.flatMap(CivilDate.init).map({ day >= $0 }) ?? true,
            limits?.maxDate.flatMap(CivilDate.init).map({ day <= $0 }) ?? true
        else { return .rejected(hint: defaultHint(.date, limits: limits, language: language)) }
        return .accepted(.date(day))
    }

    /// A date written `ДД.ММ.РРРР`, `ДД/ММ/РРРР` or `YYYY-MM-DD`.
    public static func parseDate(_ text: String) -> CivilDate? {
        if text.contains("-") { return CivilDate(text) }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// A typed option: its value or its label in any language, compared after normalisation.
    static func choice(_ text: String, options: [DialogueNode.ChoiceOption], language: Language) -> Outcome {
        let typed = UkrainianText.normalise(text)
        let option = options.first { option in
            ([option.value, option.label.uk] + (option.label.en.map { [$0] } ?? [])).contains {
                UkrainianText.normalise($0) == typed
            }
        }
        guard let option, !typed.isEmpty else { return .rejected(hint: EngineTexts.invalidChoice.text(in: language)) }
        return .accepted(.text(option.value))
    }

    /// Non-empty, at most `maxLength` characters, matching `pattern` when given.
    static func text(_ text: String, limits: DialogueNode.Validation?, language: Language) -> Outcome {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let limit = limits?.maxLength ?? defaultMaxLength
        guard trimmed.count <= limit else {
            return .rejected(hint: EngineTexts.tooLongAnswer(limit, language: language))
        }
        guard !trimmed.isEmpty else { return .rejected(hint: EngineTexts.invalidText.text(in: language)) }
        if let pattern = limits?.pattern {
            let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$")
            let range = NSRange(trimmed.startIndex..., in: trimmed)
            guard regex?.firstMatch(in: trimmed, range: range) != nil else {
                return .rejected(hint: EngineTexts.invalidText.text(in: language))
            }
        }
        return .accepted(.text(trimmed))
    }

    static func defaultHint(
        _ input: DialogueNode.Question.Input, limits: DialogueNode.Validation?, language: Language
    ) -> String {
        switch input {
        case .number:
            let range = EngineTexts.range(
                min: limits?.min.map { ConversationValue.number($0).description },
                max: limits?.max.map { ConversationValue.number($0).description }, language: language)
            return EngineTexts.invalidNumber.text(in: language) + range + "."
        case .date: return EngineTexts.invalidDate.text(in: language)
        case .choice: return EngineTexts.invalidChoice.text(in: language)
        case .text: return EngineTexts.invalidText.text(in: language)
        case .location: return EngineTexts.invalidLocation.text(in: language)
        case .contact: return EngineTexts.invalidContact.text(in: language)
        case .photo: return EngineTexts.invalidPhoto.text(in: language)
        }
    }
}
