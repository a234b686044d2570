/// A parsed JSON document as plain values, for hot paths that read a small, known shape by hand instead of through
/// Foundation's `JSONDecoder` (see ``JSONValue/parse(_:)``).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Member names are unique (a document that repeats one is refused).
    case object([String: JSONValue])

    /// The member `name` of an object; `nil` for a missing member or when this is not an object.
    public subscript(name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

    /// The string, or `nil` for any other kind of value.
    public var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The number, or `nil` for any other kind of value.
    public var number: Double? {
        guard case .number(let number) = self else { return nil }
        return number
    }

    /// The number when it is a whole number that fits `Int64` exactly (up to 2^53), else `nil`.
    public var integer: Int64? {
        guard case .number(let number) = self, number == number.rounded(), abs(number) <= 9_007_199_254_740_992
        else { return nil }
        return Int64(number)
    }

    /// The elements, or `nil` for any other kind of value.
    public var array: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// The members, or `nil` for any other kind of value.
    public var object: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }
}
