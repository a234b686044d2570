/// Describes a `DecodingError` as the field it is about and what was wrong, in words safe to show a client.
enum JSONFieldError {
    /// The field error, or `nil` when the body is not JSON at all (nothing to point at).
    static func fieldError(for error: DecodingError) -> FieldError? {
        switch error {
        case .typeMismatch(let type, let context):
            return FieldError(field: path(context.codingPath), detail: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return FieldError(field: path(context.codingPath), detail: "expected \(describe(type)), not null")
        case .keyNotFound(let key, let context):
            return FieldError(field: path(context.codingPath + [key]), detail: "is required")
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return nil }
            return FieldError(field: path(context.codingPath), detail: "has an invalid value")
        @unknown default:
            return nil
        }
    }

    /// `services[2].cost` from the coding path; `(body)` for the top level.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == String(index) {
                out += "[\(index)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out.isEmpty ? "(body)" : out
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type: "a number"
        case is String.Type, is Character.Type: "a string"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "a different kind of value"
        }
    }
}
