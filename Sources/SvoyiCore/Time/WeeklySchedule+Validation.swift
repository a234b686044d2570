extension WeeklySchedule {
    /// What is wrong with this schedule, in Ukrainian for the staff who edit it; empty when nothing is.
    ///
    /// Reports spans listed out of order, spans that overlap (touching ends such as 12:00–13:00 and
    /// 13:00–17:00 are fine) and exception dates given more than once (only the first would apply).
    /// Weekdays come first, Monday to Sunday, then exceptions in the order they are listed.
    public func problems() -> [String] {
        var problems: [String] = []
        for day in Weekday.allCases {
            if let hours = week[day] { problems += Self.problems(in: hours, label: day.shortName.uk) }
        }
        var seen: Set<CivilDate> = []
        var reported: Set<CivilDate> = []
        for exception in exceptions {
            problems += Self.problems(in: exception.hours, label: exception.date.description)
            if !seen.insert(exception.date).inserted, reported.insert(exception.date).inserted {
                problems.append("\(exception.date): виняток вказано більше одного разу")
            }
        }
        return problems
    }

    private static func problems(in hours: [TimeRange], label: String) -> [String] {
        var problems: [String] = []
        for (earlier, later) in zip(hours, hours.dropFirst()) where later.start < earlier.start {
            problems.append("\(label): проміжок \(later.summary) стоїть після \(earlier.summary), а має бути перед ним")
        }
        let sorted = hours.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.start < earlier.end {
            problems.append("\(label): проміжки \(earlier.summary) і \(later.summary) перекриваються")
        }
        return problems
    }
}
