public import Foundation

/// A value as the database stores it: the five SQLite storage classes, which PostgreSQL can also hold.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

extension SQLValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}

extension SQLValue: CustomStringConvertible {
    /// Describes the storage class only: bound values never reach logs or error messages.
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }
}

/// A Swift type that can be bound to a statement and decoded from a column.
public protocol SQLValueConvertible {
    /// The value to bind.
    var sqlValue: SQLValue { get }
    /// Decodes a column value, or throws ``DecodingFailure`` when the stored value does not fit.
    static func decode(_ value: SQLValue) throws(DecodingFailure) -> Self
}

/// A column value that does not decode to the requested Swift type.
public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
    /// The Swift type that was asked for.
    public let expected: String
    /// The storage class that was found (never the value itself).
    public let found: String
    /// The column, when known.
    public var column: String?

    @inlinable public init(expected: String, found: SQLValue, column: String? = nil) {
        self.expected = expected
        self.found = found.description
        self.column = column
    }

    public var description: String {
        "cannot decode \(found) as \(expected)" + (column.map { " in column \($0)" } ?? "")
    }
}

extension Int64: SQLValueConvertible {
    @inlinable public var sqlValue: SQLValue { .integer(self) }
    @inlinable public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Int64 {
        if case .integer(let v) = value { return v }
        throw DecodingFailure(expected: "Int64", found: value)
    }
}

extension Int: SQLValueConvertible {
    @inlinable public var sqlValue: SQLValue { .integer(Int64(self)) }
    @inlinable public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Int {
        if case .integer(let v) = value { return Int(v) }
        throw DecodingFailure(expected: "Int", found: value)
    }
}

extension Double: SQLValueConvertible {
    @inlinable public var sqlValue: SQLValue { .real(self) }
    @inlinable public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Double {
        switch value {
        case .real(let v): return v
        case .integer(let v): return Double(v)
        default: throw DecodingFailure(expected: "Double", found: value)
        }
    }
}

extension String: SQLValueConvertible {
    @inlinable public var sqlValue: SQLValue { .text(self) }
    @inlinable public static func decode(_ value: SQLValue) throws(DecodingFailure) -> String {
        if case .text(let v) = value { return v }
        throw DecodingFailure(expected: "String", found: value)
    }
}

extension Bool: SQLValueConvertible {
    @inlinable public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    @inlinable public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Bool {
        if case .integer(let v) = value, v == 0 || v == 1 { return v == 1 }
        throw DecodingFailure(expected: "Bool", found: value)
    }
}

extension Data: SQLValueConvertible {
    public var sqlValue: SQLValue { .blob(self) }
    public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Data {
        switch value {
        case .blob(let v): return v
        case .text(let v): return Data(v.utf8)
        default: throw DecodingFailure(expected: "Data", found: value)
        }
    }
}

extension UUID: SQLValueConvertible {
    /// Stored as lowercase canonical text, which sorts and compares the same in SQLite and PostgreSQL.
    public var sqlValue: SQLValue { .text(uuidString.lowercased()) }
    public static func decode(_ value: SQLValue) throws(DecodingFailure) -> UUID {
        if case .text(let v) = value, let uuid = UUID(uuidString: v) { return uuid }
        throw DecodingFailure(expected: "UUID", found: value)
    }
}

extension Date: SQLValueConvertible {
    /// Stored as UTC ISO 8601 text with milliseconds (`2026-03-29T01:00:00.000Z`): readable, sortable, portable.
    public var sqlValue: SQLValue { .text(ISO8601Milliseconds.format(self)) }
    public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Date {
        switch value {
        case .text(let v):
            if let date = ISO8601Milliseconds.parse(v) { return date }
        case .integer(let v):
            return Date(timeIntervalSince1970: TimeInterval(v))
        case .real(let v):
            return Date(timeIntervalSince1970: v)
        default:
            break
        }
        throw DecodingFailure(expected: "Date", found: value)
    }
}

extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
    public static func decode(_ value: SQLValue) throws(DecodingFailure) -> Wrapped? {
        if case .null = value { return nil }
        return try Wrapped.decode(value)
    }
}

extension SQLValue: SQLValueConvertible {
    public var sqlValue: SQLValue { self }
    public static func decode(_ value: SQLValue) throws(DecodingFailure) -> SQLValue { value }
}

extension SQLValue {
    /// A `Codable` value stored as JSON text.
    public static func json(_ value: some Encodable) throws -> SQLValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return .text(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Decodes JSON text stored by ``json(_:)``.
    public func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        let data: Data
        switch self {
        case .text(let text): data = Data(text.utf8)
        case .blob(let blob): data = blob
        default: throw DecodingFailure(expected: "JSON \(T.self)", found: self)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: data)
    }
}
