public import Foundation
public import SvoyiCore

/// A PUSH message's time as staff and operators give it: a date and a wall-clock time in the hromada's time zone
/// (`Europe/Kyiv`), turned into the instant the outbox stores, and back for display.
///
/// Daylight saving time is handled as the hromada's calendar handles it: a time the clocks skip (Kyiv, the last
/// Sunday of March, 03:00–03:59) is refused with the time it would become, never shifted silently; a time that
/// happens twice (the last Sunday of October, 03:00–03:59) is the first of the two, and every display of a
/// scheduled time carries its UTC offset so the two cannot be confused.
public enum PushSchedule {
    /// Why a date and time are not a moment to send at.
    public enum Problem: Error, Sendable, Equatable {
        /// The date is not `YYYY-MM-DD` (or `DD.MM.YYYY`) of a real day.
        case invalidDate
        /// The time is not `HH:MM` between 00:00 and 23:59.
        case invalidTime
        /// The clocks skip this time on that day (spring forward); `suggestion` is the wall time it would become.
        case skipped(date: CivilDate, time: LocalTime, suggestion: LocalTime)

        /// A sentence for staff, in Ukrainian.
        public var messageUK: String {
            switch self {
            case .invalidDate: "Вкажіть дату у форматі РРРР-ММ-ДД, наприклад 2026-03-29."
            case .invalidTime: "Вкажіть час у форматі ГГ:ХХ від 00:00 до 23:59, наприклад 09:30."
            case .skipped(let date, let time, let suggestion):
                "Часу \(time) \(PushSchedule.format(date)) не буде: цієї ночі годинник переводять на годину вперед. "
                    + "Оберіть інший час, наприклад \(suggestion)."
            }
        }

        /// A sentence for operators and integrators, in English.
        public var description: String {
            switch self {
            case .invalidDate: "the date must be YYYY-MM-DD of a real day"
            case .invalidTime: "the time must be HH:MM between 00:00 and 23:59"
            case .skipped(let date, let time, let suggestion):
                "\(date) \(time) does not exist in the hromada's time zone (the clocks go forward); try \(suggestion)"
            }
        }
    }

    /// The instant of `date` (`YYYY-MM-DD`, or `DD.MM.YYYY` as Ukrainian staff write it) at `time` (`HH:MM` or
    /// `H:MM`) on the wall clock of `zone`.
    public static func instant(date: String, time: String, in zone: TimeZone) -> Result<Date, Problem> {
        guard let day = civilDate(date.trimmingCharacters(in: .whitespaces)) else { return .failure(.invalidDate) }
        guard let clock = localTime(time.trimmingCharacters(in: .whitespaces)) else {
            return .failure(.invalidTime)
        }
        let instant = zone.instant(on: day, at: clock)
        let wall = wallTime(instant, in: zone)
        guard wall.date == day, wall.time == clock else {
            return .failure(.skipped(date: day, time: clock, suggestion: wall.time))
        }
        return .success(instant)
    }

    /// The date and wall-clock time `instant` shows in `zone`.
    public static func wallTime(_ instant: Date, in zone: TimeZone) -> (date: CivilDate, time: LocalTime) {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset
        let minutes = ((local % 86_400) + 86_400) % 86_400 / 60
        return (CivilDate(instant, in: zone), LocalTime(hour: minutes / 60, minute: minutes % 60)!)
    }

    /// `29.03.2026 04:30` in `zone`.
    public static func format(_ instant: Date, in zone: TimeZone) -> String {
        let wall = wallTime(instant, in: zone)
        return "\(format(wall.date)) \(wall.time)"
    }

    /// `29.03.2026 04:30 (UTC+3)` in `zone`: with the offset, so the repeated autumn hour is unambiguous.
    public static func formatWithOffset(_ instant: Date, in zone: TimeZone) -> String {
        "\(format(instant, in: zone)) (\(offset(instant, in: zone)))"
    }

    /// `UTC+3`, `UTC+5:30`, `UTC−1` for `zone` at `instant`.
    public static func offset(_ instant: Date, in zone: TimeZone) -> String {
        let seconds = zone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "−" : "+"
        let minutes = abs(seconds) / 60
        return "UTC\(sign)\(minutes / 60)" + (minutes % 60 == 0 ? "" : ":\(pad(minutes % 60))")
    }

    /// `29.03.2026`.
    public static func format(_ date: CivilDate) -> String {
        "\(pad(date.day)).\(pad(date.month)).\(date.year)"
    }

    /// The zone of `hromada`, Kyiv when its identifier is unknown to this system.
    public static func zone(of hromada: Hromada?) -> TimeZone {
        hromada.flatMap { TimeZone(identifier: $0.timeZone) } ?? .kyiv
    }

    static func civilDate(_ text: String) -> CivilDate? {
        if let date = CivilDate(text) { return date }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    static func localTime(_ text: String) -> LocalTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24
        else { return nil }
        return LocalTime(hour: hour, minute: minute)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
