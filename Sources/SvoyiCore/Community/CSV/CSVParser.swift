/// An RFC 4180 CSV reader, written as a pure state machine that is fed bytes in chunks of any size.
///
/// Accepts quoted fields with doubled quotes and embedded line breaks, CRLF, LF or CR line ends, and an optional
/// UTF-8 byte order mark. A blank line is a record with one empty field. Records come out as soon as their line
/// ends; ``finish()`` returns the last one when the text does not end with a line break.
///
/// ```swift
/// var parser = CSVParser()
/// var records = try parser.feed(chunk1)
/// records += try parser.feed(chunk2)
/// records += try parser.finish()
/// ```
public struct CSVParser: Sendable {
    private enum State: Sendable {
        case fieldStart, unquoted, quoted, quoteInQuoted, afterCarriageReturn
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var record: [String] = []
    private var completed: [[String]] = []
    /// The record being read, 1-based.
    private var row = 1
    /// Leading bytes held back until it is known whether they are a byte order mark; `nil` once decided.
    private var leading: [UInt8]? = []

    /// A parser at the start of the text.
    public init() {}

    /// Reads more bytes; returns the records completed by them.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(CSVError) -> [[String]] {
        for byte in bytes {
            if var held = leading {
                held.append(byte)
                if held == Self.byteOrderMark {
                    leading = nil
                } else if Self.byteOrderMark.starts(with: held) {
                    leading = held
                } else {
                    leading = nil
                    for heldByte in held { try step(heldByte) }
                }
                continue
            }
            try step(byte)
        }
        defer { completed.removeAll(keepingCapacity: true) }
        return completed
    }

    /// Ends the text; returns the last record when the text did not end with a line break.
    public mutating func finish() throws(CSVError) -> [[String]] {
        if let held = leading {
            leading = nil
            for byte in held { try step(byte) }
        }
        switch state {
        case .quoted:
            throw CSVError(row: row, reason: .unterminatedQuote)
        case .fieldStart where record.isEmpty, .afterCarriageReturn:
            break
        case .fieldStart, .unquoted, .quoteInQuoted:
            try endRecord()
        }
        state = .fieldStart
        defer { completed.removeAll() }
        return completed
    }

    /// Parses complete text at once.
    public static func parse(_ bytes: some Sequence<UInt8>) throws(CSVError) -> [[String]] {
        var parser = CSVParser()
        var records = try parser.feed(bytes)
        records += try parser.finish()
        return records
    }

    private mutating func step(_ byte: UInt8) throws(CSVError) {
        switch state {
        case .afterCarriageReturn:
            state = .fieldStart
            if byte != Self.lineFeed { try step(byte) }
        case .fieldStart:
            switch byte {
            case Self.quote: state = .quoted
            case Self.comma: try endField()
            case Self.carriageReturn: try endRecord(then: .afterCarriageReturn)
            case Self.lineFeed: try endRecord()
            default:
                field.append(byte)
                state = .unquoted
            }
        case .unquoted:
            switch byte {
            case Self.quote: throw CSVError(row: row, reason: .quoteInUnquotedField)
            case Self.comma: try endField()
            case Self.carriageReturn: try endRecord(then: .afterCarriageReturn)
            case Self.lineFeed: try endRecord()
            default: field.append(byte)
            }
        case .quoted:
            if byte == Self.quote { state = .quoteInQuoted } else { field.append(byte) }
        case .quoteInQuoted:
            switch byte {
            case Self.quote:
                field.append(byte)
                state = .quoted
            case Self.comma: try endField()
            case Self.carriageReturn: try endRecord(then: .afterCarriageReturn)
            case Self.lineFeed: try endRecord()
            default: throw CSVError(row: row, reason: .characterAfterClosingQuote)
            }
        }
    }

    private mutating func endField() throws(CSVError) {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw CSVError(row: row, reason: .invalidUTF8)
        }
        record.append(text)
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRecord(then next: State = .fieldStart) throws(CSVError) {
        try endField()
        completed.append(record)
        record.removeAll(keepingCapacity: true)
        row += 1
        state = next
    }
}
