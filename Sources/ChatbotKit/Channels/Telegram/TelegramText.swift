import Foundation

/// Text for Telegram's `parse_mode: "HTML"`: escaping, and splitting at the 4,096-character limit.
///
/// Telegram counts a message's length after entity parsing, in UTF-16 code units. Svoyi's messages are plain text,
/// so they are split first (as plain text, at paragraph, line or word boundaries) and each part escaped after, which
/// never cuts an entity such as `&amp;` in two.
public enum TelegramText {
    /// The most characters (UTF-16 code units, after entity parsing) one message may have.
    public static let maximumLength = 4096

    /// `text` with `&`, `<` and `>` replaced by their entities (the only three Telegram's HTML needs escaped).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped for an HTML attribute in double quotes (a link's `href`).
    public static func escapeAttribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `text` cut into parts of at most `limit` UTF-16 code units: at the last blank line, else the last line
    /// break, else the last space before the limit; a single word longer than the limit is cut between characters
    /// (never inside one). The whitespace at a cut is dropped; an empty or blank text gives no parts.
    public static func split(_ text: String, limit: Int = maximumLength) -> [String] {
        precondition(limit > 1, "a split limit must leave room for a character")
        var parts: [String] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.isEmpty { break }
            if rest.utf16.count <= limit {
                parts.append(String(trailingTrimmed(rest)))
                break
            }
            // The longest prefix of whole characters within the limit.
            var end = rest.startIndex
            var units = 0
            while end < rest.endIndex {
                let width = rest[end].utf16.count
                if units + width > limit { break }
                units += width
                end = rest.index(after: end)
            }
            if end == rest.startIndex { end = rest.index(after: end) }  // one character wider than the limit
            let window = rest[..<end]
            let cut =
                window.range(of: "\n\n", options: .backwards).map(\.lowerBound)
                ?? window.lastIndex(of: "\n") ?? window.lastIndex(where: { $0 == " " || $0 == "\t" })
            let boundary = cut.flatMap { $0 > rest.startIndex ? $0 : nil } ?? end
            parts.append(String(trailingTrimmed(rest[..<boundary])))
            rest = rest[boundary...]
        }
        return parts.filter { !$0.isEmpty }
    }

    private static func trailingTrimmed(_ text: Substring) -> Substring {
        var text = text
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
