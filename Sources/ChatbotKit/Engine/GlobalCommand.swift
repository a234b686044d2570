import Foundation
public import SvoyiCore

/// A command that works at every step, typed (Ukrainian or English) or pressed as a `cmd:` button.
public enum GlobalCommand: Sendable, Hashable {
    /// One step back (the history stack); at the bottom, the main menu.
    case back
    /// The main menu.
    case mainMenu
    /// The current dialogue from its start.
    case restart
    /// Speak another language.
    case language(Language)
    /// `/start`: a messenger's first message, or a fresh start.
    case start

    /// The payload of the command's button: `cmd:back`, `cmd:menu`, `cmd:restart`, `cmd:lang:uk`, `cmd:start`.
    public var payload: String {
        switch self {
        case .back: "cmd:back"
        case .mainMenu: "cmd:menu"
        case .restart: "cmd:restart"
        case .language(let language): "cmd:lang:\(language.rawValue)"
        case .start: "cmd:start"
        }
    }

    /// The command an input is, if it is one.
    public init?(_ input: ResidentInput) {
        switch input {
        case .button(let payload):
            guard let command = Self.byPayload[payload] else { return nil }
            self = command
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if trimmed == "/start" || trimmed.hasPrefix("/start ") {
                self = .start
                return
            }
            guard text.count <= 40, let command = Self.byWords[UkrainianText.normalise(text)] else { return nil }
            self = command
        default: return nil
        }
    }

    private static let byPayload: [String: GlobalCommand] = Dictionary(
        uniqueKeysWithValues: ([.back, .mainMenu, .restart, .start] + Language.allCases.map { .language($0) }).map {
            ($0.payload, $0)
        })

    /// Typed forms, after ``UkrainianText/normalise(_:)`` (emoji and punctuation gone, ґ→г, є→е, ї→і).
    private static let byWords: [String: GlobalCommand] = {
        var words: [String: GlobalCommand] = [:]
        for word in ["назад", "повернутися", "повернутись", "крок назад", "back", "/back", "go back"] {
            words[word] = .back
        }
        for word in ["головне меню", "меню", "в меню", "до меню", "menu", "main menu", "/menu", "home"] {
            words[word] = .mainMenu
        }
        for word in ["почати спочатку", "спочатку", "заново", "почати заново", "restart", "/restart", "start over"] {
            words[word] = .restart
        }
        for word in ["english", "англійська", "/en", "in english"] { words[word] = .language(.en) }
        for word in ["українська", "украінська", "ukrainian", "/uk", "українською"] { words[word] = .language(.uk) }
        return Dictionary(
            words.map { (UkrainianText.normalise($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }()
}
