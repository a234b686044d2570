public import SvoyiCore

/// One step of a dialogue. In JSON a node is an object with a `kind` and that kind's fields; texts are `{uk, en}`
/// maps and may use `{{variable}}`.
public enum DialogueNode: Sendable, Hashable {
    /// Says something, then goes on.
    case message(Message)
    /// Offers buttons; each leads somewhere.
    case menu(Menu)
    /// Asks, checks the answer, stores it in a variable, then goes on.
    case question(Question)
    /// Sets variables, then goes on.
    case set(Assign)
    /// Calls a named action some module provides (`catalog.places`, `queue.book`…), then goes on.
    case action(Action)
    /// Shows facts of a service from the hromada's catalogue (cost, term, documents, where), never copied here.
    case facts(Facts)
    /// Goes to another node or dialogue.
    case goto(Goto)
    /// Ends the dialogue, optionally saying something; the main menu follows.
    case end(End)

    public struct Message: Sendable, Hashable, Codable {
        public var text: LocalizedText
        public var next: [DialogueTransition]
        public init(text: LocalizedText, next: [DialogueTransition]) {
            self.text = text
            self.next = next
        }
    }

    public struct Menu: Sendable, Hashable, Codable {
        public var text: LocalizedText
        public var options: [MenuOption]
        public init(text: LocalizedText, options: [MenuOption]) {
            self.text = text
            self.options = options
        }
    }

    public struct MenuOption: Sendable, Hashable, Codable {
        public var label: LocalizedText
        /// A node id, `dialogue:<id>`, or a `https://` link the button opens.
        public var goto: String
        public init(label: LocalizedText, goto: String) {
            self.label = label
            self.goto = goto
        }
    }

    public struct Question: Sendable, Hashable, Codable {
        public enum Input: String, Sendable, Hashable, Codable, CaseIterable {
            case text, number, date, choice, location, contact, photo
        }

        public var text: LocalizedText
        /// Where the answer goes (declared in the dialogue's `variables`).
        public var variable: String
        public var input: Input
        /// The choices of a `choice` question, as buttons.
        public var options: [ChoiceOption]?
        public var validation: Validation?
        /// Said when the answer does not fit, before asking again.
        public var invalid: LocalizedText?
        /// How many wrong answers before `giveUp` (2 unless given).
        public var maxRetries: Int?
        /// Where to go after too many wrong answers (the main menu unless given).
        public var giveUp: String?
        public var next: [DialogueTransition]
    }

    public struct ChoiceOption: Sendable, Hashable, Codable {
        public var value: String
        public var label: LocalizedText
        public init(value: String, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    /// Limits on an answer: numbers and dates within `min`…`max` (dates as `YYYY-MM-DD`), text up to `maxLength`
    /// and matching `pattern` (a regular expression over the whole answer).
    public struct Validation: Sendable, Hashable, Codable {
        public var min: Double?
        public var max: Double?
        public var minDate: String?
        public var maxDate: String?
        public var maxLength: Int?
        public var pattern: String?
    }

    public struct Assign: Sendable, Hashable, Codable {
        public var set: [String: DialogueOperand]
        public var next: [DialogueTransition]
    }

    public struct Action: Sendable, Hashable, Codable {
        public var action: String
        public var arguments: [String: DialogueOperand]?
        public var next: [DialogueTransition]
    }

    public struct Facts: Sendable, Hashable, Codable {
        /// What to show of a service.
        public enum Fact: String, Sendable, Hashable, Codable, CaseIterable {
            case cost, term, documents, eligibility, places, eservice, legalBasis
        }

        /// The service's code in the hromada's catalogue.
        public var service: String
        public var show: [Fact]
        /// Said before the facts.
        public var text: LocalizedText?
        public var next: [DialogueTransition]
    }

    public struct Goto: Sendable, Hashable, Codable {
        public var goto: String
    }

    public struct End: Sendable, Hashable, Codable {
        public var text: LocalizedText?
    }
}

/// Where to go next: the first transition whose condition holds (or that has none) wins.
public struct DialogueTransition: Sendable, Hashable, Codable {
    public var when: DialogueCondition?
    /// A node id, or `dialogue:<id>` for another dialogue's start.
    public var goto: String

    public init(when: DialogueCondition? = nil, goto: String) {
        self.when = when
        self.goto = goto
    }
}

/// A value in a node: a literal, or `{"var": "name"}` for a variable's value.
public enum DialogueOperand: Sendable, Hashable, Codable {
    case value(ConversationValue)
    case variable(String)

    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.singleValueContainer().decode([String: String].self), object.count == 1,
            let name = object["var"]
        {
            self = .variable(name)
        } else {
            self = .value(try ConversationValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .value(let value): try value.encode(to: encoder)
        case .variable(let name):
            var container = encoder.singleValueContainer()
            try container.encode(["var": name])
        }
    }
}
