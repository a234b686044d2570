public import SvoyiCore

/// One thing wrong with a dialogue: where (a JSON path such as `$.nodes.age.next[1].goto`), what (a stable
/// ``Code``), how bad (``Severity``), and a message in Ukrainian and English for the person editing it.
///
/// Only errors block publishing; warnings are shown and the dialogue may still go live.
public struct DialogueProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Errors block publishing; warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// What kind of problem it is; the severity follows from the code.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The JSON does not decode into a dialogue (a missing field, a wrong type, broken JSON).
        case invalidJSON
        /// `schema` is not `svoyi-dialogue/1`.
        case unknownSchema
        /// The dialogue's id is not `[a-z0-9_-]{1,40}`.
        case invalidID
        /// The version is below 1.
        case invalidVersion
        /// Two dialogues of a set have the same id.
        case duplicateDialogue
        /// `start` names no node.
        case unknownStart
        /// A node id is not `[a-z0-9_-]{1,40}`.
        case invalidNodeID
        /// A transition, option, `goto` or `giveUp` names no node.
        case unknownTarget
        /// `dialogue:<id>` names a dialogue that is not in the set (or not published).
        case unknownDialogue
        /// An action no module provides.
        case unknownAction
        /// No path from `start` leads to the node.
        case unreachableNode
        /// From here every path loops without ever waiting for the resident or ending.
        case endlessPath
        /// A node that should go on has no `next`.
        case noNext
        /// A text has no English (or no Ukrainian) version.
        case missingTranslation
        /// A variable is used but not declared in `variables`.
        case undeclaredVariable
        /// A variable's name is not a plain identifier.
        case invalidVariableName
        /// A choice variable declares no `values`.
        case missingValues
        /// A value offered or compared is not among the choice variable's `values`.
        case undeclaredChoiceValue
        /// A `choice` question has no options.
        case missingOptions
        /// A question's `input` does not fit its variable's type.
        case inputTypeMismatch
        /// A button's payload would exceed Telegram's 64 bytes of callback data.
        case payloadTooLong
        /// A regular expression does not compile.
        case invalidPattern
        /// A comparison lacks the value its operator needs (or has one it must not).
        case invalidCondition
        /// A date limit is not `YYYY-MM-DD`.
        case invalidDate
        /// Warning: `facts.service` is not a code in the hromada's catalogue (residents are told the ЦНАП will
        /// advise; add the service to the catalogue or change the code).
        case unknownService
        /// A consultation has no `review` with a legal basis.
        case missingReview
        /// Warning: more than 10 buttons on one message.
        case tooManyOptions
        /// Warning: a button label longer than 40 characters.
        case labelTooLong
        /// Warning: every transition has a condition, so when none holds the conversation has nowhere to go.
        case noFallback
        /// Warning: no catalogue was given, so `facts.service` could not be checked.
        case serviceNotChecked
        /// Warning: the consultation's review date has passed.
        case reviewOverdue

        /// Whether the problem blocks publishing.
        public var severity: Severity {
            switch self {
            case .tooManyOptions, .labelTooLong, .noFallback, .serviceNotChecked, .reviewOverdue, .unknownService:
                .warning
            default: .error
            }
        }
    }

    /// The dialogue the problem is in (empty when the JSON did not even give an id).
    public var dialogueID: String
    /// Where in the dialogue's JSON: `$` is the dialogue object.
    public var path: String
    public var code: Code
    /// Follows from ``code``.
    public var severity: Severity
    /// For the editor: Ukrainian and English.
    public var message: LocalizedText

    public init(dialogueID: String, path: String, code: Code, message: LocalizedText) {
        self.dialogueID = dialogueID
        self.path = path
        self.code = code
        self.severity = code.severity
        self.message = message
    }

    /// `error unknownTarget $.nodes.age.next[1].goto: …` in English.
    public var description: String {
        "\(severity.rawValue) \(code.rawValue) \(path): \(message.en ?? message.uk)"
    }
}

extension Array where Element == DialogueProblem {
    /// The problems that block publishing.
    public var errors: [DialogueProblem] { filter { $0.severity == .error } }
    /// The problems that do not.
    public var warnings: [DialogueProblem] { filter { $0.severity == .warning } }
}
