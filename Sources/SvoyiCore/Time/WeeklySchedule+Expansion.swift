public import Foundation

extension WeeklySchedule {
    /// How many days ahead ``nextOpening(after:in:)`` looks before giving up.
    public static let openingSearchDays = 366

    /// The open spans for `date`, in the local rules of that day: its ``Exception`` when there is one
    /// (the first, if several share the date), otherwise the weekly rule for its weekday.
    public func hours(on date: CivilDate) -> [TimeRange] {
        if let exception = exceptions.first(where: { $0.date == date }) { return exception.hours }
        return week[date.weekday] ?? []
    }

    /// The instants the office is open on `date`, expanded in `zone`.
    ///
    /// Each span is converted with ``Foundation/TimeZone/instant(on:at:)`` (gap → forward, overlap → earlier),
    /// so on DST days the intervals have their real length: 02:00–05:00 on Kyiv's spring day lasts two hours,
    /// on its autumn day four. A span that covers exactly the gap (03:00–04:00 that day) comes out empty and is
    /// dropped. The result is sorted, with overlapping or touching spans merged.
    public func intervals(on date: CivilDate, in zone: TimeZone) -> [DateInterval] {
        let raw =
            hours(on: date)
            .map { (zone.instant(on: date, at: $0.start), zone.instant(on: date, at: $0.end)) }
            .filter { $0.0 < $0.1 }
            .sorted { $0.0 < $1.0 }
        var merged: [DateInterval] = []
        for (start, end) in raw {
            if let last = merged.last, start <= last.end {
                merged[merged.count - 1] = DateInterval(start: last.start, end: max(last.end, end))
            } else {
                merged.append(DateInterval(start: start, end: end))
            }
        }
        return merged
    }

    /// Whether the office is open at `instant` (spans include their start and exclude their end).
    public func isOpen(at instant: Date, in zone: TimeZone) -> Bool {
        let day = CivilDate(instant, in: zone)
        // The previous day is checked too in case its spans reach past local midnight after conversion.
        return [day.adding(days: -1), day].contains { date in
            intervals(on: date, in: zone).contains { $0.start <= instant && instant < $0.end }
        }
    }

    /// The next moment strictly after `instant` at which the office opens, or `nil` when it does not open
    /// within ``openingSearchDays`` days.
    ///
    /// When the office is open at `instant`, this is the opening after the current span (e.g. the end of the
    /// lunch break). A span that starts exactly when another ends (08:00–12:00 then 12:00–17:00, or 24:00
    /// followed by 00:00 the next day) is one stretch, not a new opening.
    public func nextOpening(after instant: Date, in zone: TimeZone) -> Date? {
        let first = CivilDate(instant, in: zone).adding(days: -1)
        var previousEnd: Date?
        for offset in 0...(Self.openingSearchDays + 1) {
            for interval in intervals(on: first.adding(days: offset), in: zone) {
                defer { previousEnd = interval.end }
                if interval.start > instant, interval.start != previousEnd { return interval.start }
            }
        }
        return nil
    }
}
