/// One translated message: a plain template, or forms that depend on a count.
///
/// Templates name their parameters in braces: `"Не більше {max} символів"`. In a plural message `{count}` is the
/// count itself.
public enum Message: Sendable, Hashable {
    /// A template used as is.
    case text(String)
    /// Forms for each plural category; a missing `few` or `many` falls back to `other`.
    case plural(one: String, few: String? = nil, many: String? = nil, other: String)

    /// The template to use for `count` in `language`.
    public func template(count: Int?, language: Language) -> String {
        switch self {
        case .text(let template):
            return template
        case .plural(let one, let few, let many, let other):
            switch language.pluralCategory(count ?? 0) {
            case .one: return one
            case .few: return few ?? other
            case .many: return many ?? other
            case .other: return other
            }
        }
    }
}

extension Message: ExpressibleByStringLiteral {
    /// A plain template.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

/// Replaces `{name}` placeholders by the named arguments; unknown placeholders stay as they are so that a missing
/// argument is visible, not silently blank.
enum MessageTemplate {
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 16)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
