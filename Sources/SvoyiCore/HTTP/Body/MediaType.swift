/// Reading `Content-Type` values: `type/subtype; name=value; name="quoted value"`.
enum MediaType {
    /// The lowercased `type/subtype`, without parameters or whitespace.
    static func essence(of value: String) -> String {
        let head = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return head.trimmingASCIIWhitespace().lowercased()
    }

    /// The value of parameter `name` (case-insensitive), unquoted; `nil` when absent or badly quoted.
    static func parameter(_ name: String, in value: String) -> String? {
        var rest = value.drop { $0 != ";" }
        while rest.first == ";" {
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            let key = rest.prefix { $0 != "=" && $0 != ";" }
            rest = rest.dropFirst(key.count)
            var parsed = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    var closed = false
                    while let character = rest.first {
                        rest = rest.dropFirst()
                        if character == "\\", let escaped = rest.first {
                            parsed.append(escaped)
                            rest = rest.dropFirst()
                        } else if character == "\"" {
                            closed = true
                            break
                        } else {
                            parsed.append(character)
                        }
                    }
                    if !closed { return nil }
                    rest = rest.drop { $0 != ";" }
                } else {
                    let token = rest.prefix { $0 != ";" }
                    parsed = token.trimmingASCIIWhitespace()
                    rest = rest.dropFirst(token.count)
                }
            }
            if key.trimmingASCIIWhitespace().lowercased() == name.lowercased() { return parsed }
        }
        return nil
    }
}
