extension WeeklySchedule {
    /// What is wrong with the schedule: overlapping or unordered spans in a day, an exception date given twice.
    /// Paths are relative to `path`, e.g. `institutions[2].openingHours.week.mon[1]`.
    public func problems(at path: String) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        for day in Weekday.allCases {
            guard let hours = week[day] else { continue }
            problems += Self.spanProblems(hours, at: "\(path).week.\(names[day.rawValue - 1])")
        }
        var seen: Set<CivilDate> = []
        for (index, exception) in exceptions.enumerated() {
            let here = "\(path).exceptions[\(index)]"
            if !seen.insert(exception.date).inserted {
                problems.append(ImportProblem(here, "the date \(exception.date) has more than one exception"))
            }
            problems += Self.spanProblems(exception.hours, at: "\(here).hours")
        }
        return problems
    }

    private static func spanProblems(_ hours: [TimeRange], at path: String) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        for index in hours.indices.dropFirst() where hours[index].start < hours[index - 1].end {
            problems.append(
                ImportProblem(
                    "\(path)[\(index)]",
                    "\(hours[index].start)-\(hours[index].end) starts before the previous span ends "
                        + "(\(hours[index - 1].end)); list spans in order without overlap"))
        }
        return problems
    }
}
