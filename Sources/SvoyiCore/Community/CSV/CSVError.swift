/// Why CSV text could not be read, and in which row.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// A `"` inside a field that did not start with one (`ab"c`); quote the whole field and double the quote.
        case quoteInUnquotedField
        /// Something other than `,` or a line break right after a closing quote (`"ab"c`).
        case characterAfterClosingQuote
        /// The text ended inside a quoted field.
        case unterminatedQuote
        /// A field is not valid UTF-8 (save the file as "CSV UTF-8").
        case invalidUTF8
    }

    /// The 1-based number of the record (spreadsheet row) where the problem is; the header is row 1, and a
    /// quoted field spanning several lines still counts as one row.
    public var row: Int
    /// What is wrong.
    public var reason: Reason

    /// An error in `row`.
    public init(row: Int, reason: Reason) {
        self.row = row
        self.reason = reason
    }

    /// `row N: …` in plain English.
    public var description: String { "row \(row): \(explanation)" }

    /// What is wrong, in plain English, without the row.
    public var explanation: String {
        switch reason {
        case .quoteInUnquotedField:
            "a quote (\") inside a field that does not start with one; put the whole field in quotes and "
                + "double the quote inside it"
        case .characterAfterClosingQuote:
            "text after a closing quote; a quoted field must be followed by a comma or the end of the line"
        case .unterminatedQuote:
            "a quoted field is never closed: the file ends inside it"
        case .invalidUTF8:
            "the text is not valid UTF-8; save the file as \"CSV UTF-8\""
        }
    }
}
