import Foundation

/// A value a conversation holds in a variable: what a resident answered, what a step set, what an action returned.
/// Encoded in JSON as the plain value (`"ua"`, `42`, `true`, `["a","b"]`), a date as `{"date":"2026-11-22"}` and a
/// location as `{"latitude":…,"longitude":…}`.
public enum ConversationValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(CivilDate)
    case location(latitude: Double, longitude: Double)
    case list([ConversationValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([ConversationValue].self) {
            self = .list(list)
        } else if let object = try? container.decode([String: String].self), let text = object["date"],
            let date = CivilDate(text)
        {
            self = .date(date)
        } else if let object = try? container.decode([String: Double].self), let latitude = object["latitude"],
            let longitude = object["longitude"]
        {
            self = .location(latitude: latitude, longitude: longitude)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a value is text, a number, true/false, a list, {date} or a location")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .bool(let bool): try container.encode(bool)
        case .date(let date): try container.encode(["date": date.description])
        case .location(let latitude, let longitude):
            try container.encode(["latitude": latitude, "longitude": longitude])
        case .list(let list): try container.encode(list)
        }
    }

    /// The value as text for templates: numbers without a needless `.0`, dates as `ДД.ММ.РРРР`.
    public var description: String {
        switch self {
        case .text(let text): return text
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let bool): return bool ? "так" : "ні"
        case .date(let date):
            return String(format: "%02d.%02d.%04d", date.day, date.month, date.year)
        case .location(let latitude, let longitude): return String(format: "%.5f, %.5f", latitude, longitude)
        case .list(let list): return list.map(\.description).joined(separator: ", ")
        }
    }
}
