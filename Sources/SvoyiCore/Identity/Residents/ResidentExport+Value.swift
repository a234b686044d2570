import Foundation

extension ResidentExport {
    /// A JSON value: what a module's section of the export holds (see ``ResidentDataProvider``). Integers are kept
    /// apart from other numbers so that ids survive a round trip exactly.
    public indirect enum Value: Sendable, Hashable, Codable {
        case null
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        case array([Value])
        case object([String: Value])

        /// `value` as JSON, encoded the way the export is (UTC ISO 8601 times with milliseconds).
        public init(encoding value: some Encodable) throws {
            self = try JSONDecoder().decode(Value.self, from: try ResidentExport.encoder().encode(value))
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let integer = try? container.decode(Int64.self) {
                self = .integer(integer)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else if let array = try? container.decode([Value].self) {
                self = .array(array)
            } else {
                self = .object(try container.decode([String: Value].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let bool): try container.encode(bool)
            case .integer(let integer): try container.encode(integer)
            case .number(let number): try container.encode(number)
            case .string(let string): try container.encode(string)
            case .array(let array): try container.encode(array)
            case .object(let object): try container.encode(object)
            }
        }

        /// The member `key` of an object, or `nil`.
        public subscript(key: String) -> Value? {
            if case .object(let object) = self { return object[key] }
            return nil
        }

        /// The elements of an array; empty for anything else.
        public var elements: [Value] {
            if case .array(let array) = self { return array }
            return []
        }

        /// The text of a string, or `nil`.
        public var string: String? {
            if case .string(let string) = self { return string }
            return nil
        }
    }

    /// The encoder of ``jsonData()``: sorted keys, pretty-printed, times as UTC ISO 8601 with milliseconds.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601Milliseconds.format(date))
        }
        return encoder
    }
}
