/// Checks the names of elements and attributes that Svoyi writes into markup.
///
/// Names come only from string literals (`StaticString`), so user text can never become one. A literal that is not a
/// plain lowercase name is a developer error and stops the program in every build.
enum HTMLName {
    /// Returns `name` as a `String` after checking that it is `[a-z][a-z0-9-]*`.
    static func element(_ name: StaticString) -> String {
        let text = name.description
        precondition(isPlainName(text), "invalid HTML element name: \(text)")
        return text
    }

    /// Returns `name` as a `String` after checking that it is a plain name and not an event handler (`on…`):
    /// Svoyi pages run no inline script, and escaping cannot make user text in a handler safe.
    static func attribute(_ name: StaticString) -> String {
        let text = name.description
        precondition(isPlainName(text), "invalid HTML attribute name: \(text)")
        precondition(!text.hasPrefix("on"), "event-handler attributes are not allowed: \(text)")
        return text
    }

    /// Checks a name built from a fixed prefix and a literal suffix (`aria-…`, `data-…`).
    static func attribute(prefix: String, _ suffix: StaticString) -> String {
        let text = prefix + suffix.description
        precondition(isPlainName(suffix.description) && isPlainName(text), "invalid HTML attribute name: \(text)")
        return text
    }

    static func isPlainName(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            let letter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let hyphen = byte == UInt8(ascii: "-")
            if first ? !letter : !(letter || digit || hyphen) { return false }
            first = false
        }
        return !first
    }
}
