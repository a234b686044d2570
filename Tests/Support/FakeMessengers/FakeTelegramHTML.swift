/// Telegram's `parse_mode: "HTML"` as the Bot API reads it: the tags it allows, properly nested, and the four
/// named entities plus numeric ones. Returns the text after entity parsing, or the reason it cannot be parsed (the
/// fake answers 400 "Bad Request: can't parse entities: …").
enum FakeTelegramHTML {
    /// Why the HTML does not parse, as Telegram words it.
    struct Reason: Error {
        var text: String
    }

    static let allowedTags: Set<String> = [
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji",
    ]

    static func parse(_ html: String) -> Result<String, Reason> {
        var plain = ""
        var stack: [String] = []
        var scalars = Array(html.unicodeScalars)[...]
        while let scalar = scalars.first {
            switch scalar {
            case "<":
                guard let close = scalars.firstIndex(of: ">") else {
                    return .failure(Reason(text: "Unclosed start tag"))
                }
                let inside = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                scalars = scalars[scalars.index(after: close)...]
                if inside.hasPrefix("/") {
                    let name = inside.dropFirst().trimmingSpaces().lowercased()
                    guard stack.last == name else { return .failure(Reason(text: "Unmatched end tag \"\(name)\"")) }
                    stack.removeLast()
                } else {
                    let name = String(inside.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }).lowercased()
                    guard allowedTags.contains(name) else {
                        return .failure(Reason(text: "Unsupported start tag \"\(name)\""))
                    }
                    if name == "a" {
                        let attributes = inside.dropFirst(1)
                        guard attributes.contains("href=\"") else {
                            return .failure(Reason(text: "Empty href in a tag"))
                        }
                    }
                    stack.append(name)
                }
            case "&":
                guard let semicolon = scalars.prefix(12).firstIndex(of: ";") else {
                    return .failure(Reason(text: "Character entity expected"))
                }
                let name = String(
                    String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<semicolon]))
                switch name {
                case "lt": plain += "<"
                case "gt": plain += ">"
                case "amp": plain += "&"
                case "quot": plain += "\""
                default:
                    guard name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let decoded = Unicode.Scalar(code)
                    else { return .failure(Reason(text: "Unsupported entity \"\(name)\"")) }
                    plain.unicodeScalars.append(decoded)
                }
                scalars = scalars[scalars.index(after: semicolon)...]
            case ">":
                return .failure(Reason(text: "Unexpected end tag"))
            default:
                plain.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        guard stack.isEmpty else {
            return .failure(Reason(text: "Can't find end tag corresponding to start tag \"\(stack.last!)\""))
        }
        return .success(plain)
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
