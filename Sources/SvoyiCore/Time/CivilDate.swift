import Foundation

/// A calendar date with no time zone (a day in the hromada's civil calendar).
public struct CivilDate: Hashable, Comparable, Sendable {
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// A date; `nil` when the day does not exist (e.g. 2026-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether `year` has a 29 February (Gregorian rules).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CivilDate: CustomStringConvertible, Codable {
    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a date YYYY-MM-DD, got \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A wall-clock time of day, minutes precision; 24:00 is allowed as the end of a day.
public struct LocalTime: Hashable, Comparable, Sendable {
    /// The hour, 0…24 (24 only as 24:00).
    public let hour: Int
    /// The minute, 0…59.
    public let minute: Int

    /// A time; `nil` unless 00:00…23:59 or exactly 24:00.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(hour: h, minute: m)
    }

    /// Minutes since local midnight.
    public var minutes: Int { hour * 60 + minute }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}

extension LocalTime: CustomStringConvertible, Codable {
    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = LocalTime(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a time HH:MM, got \(text)"))
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// ISO weekday numbering: Monday is 1, Sunday is 7.
public enum Weekday: Int, Sendable, CaseIterable, Codable, Comparable {
    /// The days of the week, Monday first.
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A span of local time within one day, `start` < `end` (end may be 24:00).
public struct TimeRange: Hashable, Sendable, Codable {
    /// When the span begins (included).
    public let start: LocalTime
    /// When the span ends (excluded).
    public let end: LocalTime

    /// A span; `nil` unless `start` is before `end`.
    public init?(start: LocalTime, end: LocalTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = LocalTime(String(parts[0])), let end = LocalTime(String(parts[1])),
            start < end
        else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected HH:MM-HH:MM, got \(text)"))
        }
        self.start = start
        self.end = end
    }

    /// Encoded as `HH:MM-HH:MM`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("\(start)-\(end)")
    }
}

/// Weekly opening hours in local civil time, with dated exceptions (holidays, short days, closures).
///
/// Stored as local rules and expanded per date in the hromada's time zone, so DST days come out right.
public struct WeeklySchedule: Hashable, Sendable, Codable {
    /// A day that differs from the weekly rule.
    public struct Exception: Hashable, Sendable, Codable {
        /// The day it applies to.
        public var date: CivilDate
        /// Open spans that day; empty means closed.
        public var hours: [TimeRange]
        /// Why (shown to residents), e.g. "Передсвятковий день".
        public var note: String?

        /// An exception for `date`: open during `hours` (closed when empty).
        public init(date: CivilDate, hours: [TimeRange], note: String? = nil) {
            self.date = date
            self.hours = hours
            self.note = note
        }
    }

    /// Open spans per weekday (a lunch break is the gap between two spans); a missing weekday is closed.
    public var week: [Weekday: [TimeRange]]
    /// Dated days that replace the weekly rule; one per date.
    public var exceptions: [Exception]

    /// A schedule from its weekly rule and exceptions.
    public init(week: [Weekday: [TimeRange]] = [:], exceptions: [Exception] = []) {
        self.week = week
        self.exceptions = exceptions
    }

    private enum CodingKeys: String, CodingKey { case week, exceptions }
    private static let dayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// JSON: `{"week": {"mon": ["08:00-12:00", "13:00-17:00"], …}, "exceptions": [{"date": …, "hours": []}]}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decodeIfPresent([String: [TimeRange]].self, forKey: .week) ?? [:]
        var week: [Weekday: [TimeRange]] = [:]
        for (key, hours) in raw {
            guard let index = Self.dayKeys.firstIndex(of: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .week, in: container, debugDescription: "unknown weekday \(key); use mon…sun")
            }
            week[Weekday(rawValue: index + 1)!] = hours
        }
        self.week = week
        self.exceptions = try container.decodeIfPresent([Exception].self, forKey: .exceptions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var raw: [String: [TimeRange]] = [:]
        for (day, hours) in week { raw[Self.dayKeys[day.rawValue - 1]] = hours }
        try container.encode(raw, forKey: .week)
        try container.encode(exceptions, forKey: .exceptions)
    }
}
