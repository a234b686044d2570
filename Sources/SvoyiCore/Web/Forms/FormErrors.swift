/// The problems found in a submitted form, in the order of the fields, keyed by field name.
///
/// ```swift
/// var errors = FormErrors()
/// if email.isEmpty { errors.add("email", t.string(.formRequired, ["field": "електронна пошта"])) }
/// ```
public struct FormErrors: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// One problem: the field's name and what to tell the person.
    public struct Item: Sendable, Hashable {
        /// The field's `name`.
        public let field: String
        /// The message, in the page's language.
        public let message: String
    }

    /// The problems in the order they were added; the error summary lists them so.
    public private(set) var items: [Item] = []

    /// No problems.
    public init() {}

    /// Problems in literal order: `["email": "Введіть …", "phone": "…"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (field, message) in elements { add(field, message) }
    }

    /// Adds a problem; a field keeps only its first one, as one message per field is clearer.
    public mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        items.append(Item(field: field, message: message))
    }

    /// The message for a field, if it has one.
    public subscript(field: String) -> String? {
        items.first { $0.field == field }?.message
    }

    /// Whether there are no problems.
    public var isEmpty: Bool { items.isEmpty }
}
