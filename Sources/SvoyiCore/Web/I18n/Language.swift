/// A language of the user interface. Ukrainian is the state language and the default; English is second.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Ukrainian, the default.
    case uk
    /// English.
    case en

    /// Reads a language tag (`uk`, `uk-UA`, `EN-gb`) by its primary subtag; `nil` for languages Svoyi does not offer.
    public init?(tag: String) {
        let primary = tag.split(separator: "-", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary.trimmingASCIIWhitespace())
    }

    /// The language's name in itself, as a language switch shows it.
    public var nativeName: String {
        switch self {
        case .uk: "Українська"
        case .en: "English"
        }
    }

    /// The plural category of an integer count in this language.
    public func pluralCategory(_ count: Int) -> PluralCategory {
        switch self {
        case .uk: PluralCategory.ukrainian(count)
        case .en: count == 1 ? .one : .other
        }
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
