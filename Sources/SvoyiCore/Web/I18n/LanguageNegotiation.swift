/// Chooses the language of a response from what the request says, strongest first: an explicit `lang` query value,
/// then the `lang` cookie (the visitor's earlier choice), then `Accept-Language`, then Ukrainian.
///
/// A pure function: the HTTP layer passes the raw values in.
public enum LanguageNegotiation {
    /// The language to answer in.
    public static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(tag: query) { return language }
        if let cookie, let language = Language(tag: cookie) { return language }
        if let acceptLanguage, let language = preferred(acceptLanguage: acceptLanguage) { return language }
        return .uk
    }

    /// The offered language a browser prefers most by its `Accept-Language` header (RFC 9110 §12.5.4), or `nil` when
    /// it accepts none of them. `*` means Ukrainian; `q=0` rules a language out; equal weights keep header order.
    public static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, weight: Double)?
        var excluded: Set<Language> = []
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let range = parts.first?.trimmingASCIIWhitespace(), !range.isEmpty else { continue }
            let weight = parts.dropFirst().lazy.compactMap(qualityValue).first ?? 1
            let language: Language? = range == "*" ? .uk : Language(tag: range)
            guard let language, !excluded.contains(language) else { continue }
            if weight <= 0 {
                excluded.insert(language)
                if best?.language == language { best = nil }
                continue
            }
            if best == nil || weight > best!.weight { best = (language, weight) }
        }
        return best?.language
    }

    /// The weight in a `q=0.8` parameter; a malformed weight counts as absent, an out-of-range one is clamped.
    static func qualityValue(_ parameter: Substring) -> Double? {
        let text = parameter.trimmingASCIIWhitespace()
        guard text.lowercased().hasPrefix("q="), let value = Double(text.dropFirst(2)), value.isFinite else {
            return nil
        }
        return min(max(value, 0), 1)
    }
}
