extension WeeklySchedule {
    /// The weekly hours in a compact form for residents, e.g.
    /// "Пн–Пт 08:00–17:00 (перерва 12:00–13:00), Сб 09:00–14:00, Нд вихідний" and
    /// "Mon–Fri 08:00–17:00 (break 12:00–13:00), Sat 09:00–14:00, Sun closed".
    ///
    /// Consecutive weekdays with the same hours are grouped; the gaps between a day's spans are its breaks.
    /// Exceptions are not included (they belong next to their dates). Spans are read in time order.
    public var summary: LocalizedText {
        var groups: [(first: Weekday, last: Weekday, hours: [TimeRange])] = []
        for day in Weekday.allCases {
            let hours = (week[day] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            if let last = groups.last, last.hours == hours {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day, hours))
            }
        }
        func text(_ locale: String) -> String {
            groups.map { group in
                let single = group.first == group.last
                let first = group.first.shortName.text(for: locale)
                let days = single ? first : "\(first)–\(group.last.shortName.text(for: locale))"
                return "\(days) \(Self.describe(group.hours, single: single, english: locale == "en"))"
            }
            .joined(separator: ", ")
        }
        return LocalizedText(uk: text("uk"), en: text("en"))
    }

    private static func describe(_ hours: [TimeRange], single: Bool, english: Bool) -> String {
        guard let first = hours.first, let last = hours.last else {
            return english ? "closed" : (single ? "вихідний" : "вихідні")
        }
        let breaks = zip(hours, hours.dropFirst()).filter { $0.0.end < $0.1.start }.map { "\($0.0.end)–\($0.1.start)" }
        guard !breaks.isEmpty else { return "\(first.start)–\(last.end)" }
        let word = english ? (breaks.count == 1 ? "break" : "breaks") : (breaks.count == 1 ? "перерва" : "перерви")
        return "\(first.start)–\(last.end) (\(word) \(breaks.joined(separator: ", ")))"
    }
}

extension Weekday {
    /// The two- or three-letter name used in schedules: "Пн"/"Mon" … "Нд"/"Sun".
    public var shortName: LocalizedText {
        switch self {
        case .monday: LocalizedText(uk: "Пн", en: "Mon")
        case .tuesday: LocalizedText(uk: "Вт", en: "Tue")
        case .wednesday: LocalizedText(uk: "Ср", en: "Wed")
        case .thursday: LocalizedText(uk: "Чт", en: "Thu")
        case .friday: LocalizedText(uk: "Пт", en: "Fri")
        case .saturday: LocalizedText(uk: "Сб", en: "Sat")
        case .sunday: LocalizedText(uk: "Нд", en: "Sun")
        }
    }
}

extension TimeRange {
    /// `HH:MM–HH:MM` with an en dash, as shown to people.
    var summary: String { "\(start)–\(end)" }
}
