/// Looks messages up in a ``Catalogue`` for one language and fills in their parameters.
///
/// ```swift
/// let t = Localizer(language: .uk)
/// t.string(.formTooLong, ["max": "500"])     // "Не більше 500 символів"
/// t.plural(.days, count: 22)                 // "22 дні"
/// HTML.p { t.html(.errorCode, ["code": "404"]) }  // arguments are escaped with the rest of the text
/// ```
public struct Localizer: Sendable {
    /// The language messages are given in.
    public let language: Language
    /// Where messages come from.
    public let catalogue: Catalogue

    /// A localizer for `language`, by default over the common UI strings.
    public init(language: Language, catalogue: Catalogue = .common) {
        self.language = language
        self.catalogue = catalogue
    }

    /// The message for `key` with `{name}` placeholders filled. A key that is missing from the catalogue gives the
    /// key itself, so the gap is visible on the page and in tests.
    public func string(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        guard let entry = catalogue[key] else { return key.rawValue }
        return MessageTemplate.fill(entry.message(in: language).template(count: nil, language: language), arguments)
    }

    /// The form of a plural message for `count`, with `{count}` and the other placeholders filled.
    public func plural(_ key: MessageKey, count: Int, _ arguments: [String: String] = [:]) -> String {
        guard let entry = catalogue[key] else { return key.rawValue }
        var all = arguments
        all["count"] = String(count)
        let message = entry.message(in: language)
        return MessageTemplate.fill(message.template(count: count, language: language), all)
    }

    /// The message as escaped HTML text.
    public func html(_ key: MessageKey, _ arguments: [String: String] = [:]) -> HTML {
        .text(string(key, arguments))
    }

    /// The same localizer in another language.
    public func switching(to language: Language) -> Localizer {
        Localizer(language: language, catalogue: catalogue)
    }
}
