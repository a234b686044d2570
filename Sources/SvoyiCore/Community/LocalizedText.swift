/// Text shown to people, Ukrainian first, English second.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// Ukrainian: always present.
    public var uk: String
    /// English, when translated.
    public var en: String?

    public init(uk: String, en: String? = nil) {
        self.uk = uk
        self.en = en
    }

    /// The text for a locale code (`uk`, `en`), falling back to Ukrainian.
    public func text(for locale: String) -> String {
        locale == "en" ? (en ?? uk) : uk
    }
}

extension LocalizedText: ExpressibleByStringLiteral {
    /// A Ukrainian-only text.
    public init(stringLiteral value: String) {
        self.init(uk: value)
    }
}
