/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (with its quotes
/// doubled) only when it holds a comma, a quote, a line break, or leading or trailing spaces.
public enum CSVWriter {
    /// The UTF-8 byte order mark, which spreadsheet programs need to read Ukrainian text as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            || text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(character)
        }
        quoted.unicodeScalars.append("\"")
        return quoted
    }

    /// One record, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole document, optionally starting with a byte order mark.
    public static func document(_ records: [[String]], byteOrderMark: Bool = false) -> String {
        (byteOrderMark ? Self.byteOrderMark : "") + records.map(record).joined()
    }
}
