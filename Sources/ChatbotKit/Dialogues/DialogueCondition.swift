import Foundation
public import SvoyiCore

/// A structured condition on the conversation's variables (no code strings): `{"all": […]}`, `{"any": […]}`,
/// `{"not": {…}}`, or a comparison `{"var": "age", "op": "lt", "value": 14}`.
public indirect enum DialogueCondition: Sendable, Hashable {
    case all([DialogueCondition])
    case any([DialogueCondition])
    case not(DialogueCondition)
    case compare(variable: String, op: Operator, value: ConversationValue?)

    /// Comparison operators. `isSet` takes no value; `in` takes a list; `matches` a regular expression.
    public enum Operator: String, Sendable, Hashable, Codable, CaseIterable {
        case eq, ne, lt, le, gt, ge, `in`, isSet, matches
    }

    /// Whether the condition holds for `variables`. A comparison with an unset variable is false (except `ne` and
    /// `isSet`, which say so).
    public func holds(for variables: [String: ConversationValue]) -> Bool {
        switch self {
        case .all(let conditions): return conditions.allSatisfy { $0.holds(for: variables) }
        case .any(let conditions): return conditions.contains { $0.holds(for: variables) }
        case .not(let condition): return !condition.holds(for: variables)
        case .compare(let name, let op, let expected):
            let actual = variables[name]
            switch op {
            case .isSet: return actual != nil
            case .ne: return actual.map { !Self.equal($0, expected) } ?? true
            default: break
            }
            guard let actual, let expected else { return false }
            switch op {
            case .eq: return Self.equal(actual, expected)
            case .lt, .le, .gt, .ge:
                guard let order = Self.order(actual, expected) else { return false }
                switch op {
                case .lt: return order < 0
                case .le: return order <= 0
                case .gt: return order > 0
                default: return order >= 0
                }
            case .in:
                guard case .list(let options) = expected else { return false }
                return options.contains { Self.equal(actual, $0) }
            case .matches:
                guard case .text(let pattern) = expected,
                    let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$", options: [.caseInsensitive])
                else { return false }
                let text = actual.description
                return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            default: return false
            }
        }
    }

    static func equal(_ a: ConversationValue, _ b: ConversationValue?) -> Bool {
        guard let b else { return false }
        if let order = order(a, b) { return order == 0 }
        return a == b
    }

    /// -1, 0 or 1 for numbers, dates and texts (texts compared case-insensitively); `nil` for mixed kinds.
    static func order(_ a: ConversationValue, _ b: ConversationValue) -> Int? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .date(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .text(let text)):
            guard let y = CivilDate(text) else { return nil }
            return x < y ? -1 : x > y ? 1 : 0
        case (.text(let x), .text(let y)):
            switch x.compare(y, options: [.caseInsensitive]) {
            case .orderedAscending: return -1
            case .orderedDescending: return 1
            case .orderedSame: return 0
            }
        case (.bool(let x), .bool(let y)): return x == y ? 0 : nil
        default: return nil
        }
    }

    /// The variables the condition reads.
    public var variables: [String] {
        switch self {
        case .all(let conditions), .any(let conditions): conditions.flatMap(\.variables)
        case .not(let condition): condition.variables
        case .compare(let name, _, _): [name]
        }
    }
}

extension DialogueCondition: Codable {
    enum CodingKeys: String, CodingKey {
        case all, any, not
        case variable = "var"
        case op, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let all = try container.decodeIfPresent([DialogueCondition].self, forKey: .all) {
            self = .all(all)
        } else if let any = try container.decodeIfPresent([DialogueCondition].self, forKey: .any) {
            self = .any(any)
        } else if let not = try container.decodeIfPresent(DialogueCondition.self, forKey: .not) {
            self = .not(not)
        } else {
            self = .compare(
                variable: try container.decode(String.self, forKey: .variable),
                op: try container.decode(Operator.self, forKey: .op),
                value: try container.decodeIfPresent(ConversationValue.self, forKey: .value))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .all(let conditions): try container.encode(conditions, forKey: .all)
        case .any(let conditions): try container.encode(conditions, forKey: .any)
        case .not(let condition): try container.encode(condition, forKey: .not)
        case .compare(let name, let op, let value):
            try container.encode(name, forKey: .variable)
            try container.encode(op, forKey: .op)
            try container.encodeIfPresent(value, forKey: .value)
        }
    }
}
