extension CivilDate {
    /// The number of days from 1970-01-01 to this date (negative before it).
    ///
    /// A plain day count in the proleptic Gregorian calendar, so date arithmetic never touches a time zone.
    public var daysSince1970: Int {
        // Howard Hinnant's `days_from_civil`: counts in 400-year eras starting on 0000-03-01.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01; `nil` when it falls outside the years 1…9999.
    public init?(daysSince1970 days: Int) {
        guard days >= CivilDate.minimumDay, days <= CivilDate.maximumDay else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date `days` later (earlier when negative).
    ///
    /// - Precondition: the result lies within the years 1…9999 (callers that take a count from users
    ///   bound it first; ``init(daysSince1970:)`` is the non-trapping form).
    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = daysSince1970.addingReportingOverflow(days)
        guard !overflow, let result = CivilDate(daysSince1970: sum) else {
            preconditionFailure("\(self) + \(days) days is outside the years 1…9999")
        }
        return result
    }

    /// The number of days from this date to `other`: positive when `other` is later, zero for the same day.
    public func days(to other: CivilDate) -> Int {
        other.daysSince1970 - daysSince1970
    }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let mondayBased = (daysSince1970 + 3) % 7
        return Weekday(rawValue: (mondayBased < 0 ? mondayBased + 7 : mondayBased) + 1)!
    }

    private static let minimumDay = CivilDate(year: 1, month: 1, day: 1)!.daysSince1970
    private static let maximumDay = CivilDate(year: 9999, month: 12, day: 31)!.daysSince1970
}

extension Weekday {
    /// Saturday or Sunday: the days off of the five-day working week (КЗпП art. 67).
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
