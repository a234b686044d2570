extension WorkingCalendar {
    /// The `n`-th working day after `date` (before it when `n` is negative); `date` itself is not counted,
    /// and `n == 0` returns `date`.
    ///
    /// E.g. with no holidays, 2 working days after Friday is Tuesday.
    ///
    /// - Precondition: the result lies within the years 1…9999.
    public func addingWorkingDays(_ n: Int, to date: CivilDate) -> CivilDate {
        var table = DaysOffTable(calendar: self)
        var result = date
        var remaining = n.magnitude
        let step = n < 0 ? -1 : 1
        while remaining > 0 {
            result = result.adding(days: step)
            if table.isWorkingDay(result) { remaining -= 1 }
        }
        return result
    }

    /// The number of working days after `start` up to and including `end`; when `end` is earlier, minus the
    /// number from `end` (included) up to `start` (excluded).
    ///
    /// It counts the steps ``addingWorkingDays(_:to:)`` takes: for any `n`,
    /// `workingDays(from: d, to: addingWorkingDays(n, to: d)) == n`.
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        var table = DaysOffTable(calendar: self)
        let (low, high, sign) = start <= end ? (start.adding(days: 1), end, 1) : (end, start.adding(days: -1), -1)
        guard low <= high else { return 0 }
        var count = 0
        for offset in 0...low.days(to: high) where table.isWorkingDay(low.adding(days: offset)) {
            count += 1
        }
        return sign * count
    }

    /// The last day of a term of `n` calendar days that starts after `date` (Civil Code art. 253: the term
    /// begins the day after the event), moved to the next working day when it falls on a day off
    /// (art. 254 part 5).
    ///
    /// E.g. 30 days from 2026-01-01 end on Saturday 2026-01-31, so the deadline is Monday 2026-02-02.
    ///
    /// - Precondition: the result lies within the years 1…9999.
    public func deadline(calendarDays n: Int, from date: CivilDate) -> CivilDate {
        var table = DaysOffTable(calendar: self)
        var result = date.adding(days: n)
        while !table.isWorkingDay(result) { result = result.adding(days: 1) }
        return result
    }
}
