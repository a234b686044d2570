/// One public holiday as the law states it: a name and how to find its date in a given year.
public struct HolidayRule: Hashable, Sendable, Codable {
    /// How the holiday's date is found each year.
    public enum Occurrence: Hashable, Sendable, Codable {
        /// The same day every year, e.g. 24 August.
        case annual(month: Int, day: Int)
        /// A number of days after Orthodox Easter Sunday: 0 is Easter itself, 49 is Trinity.
        case orthodoxEaster(plusDays: Int)
    }

    /// The holiday's name as shown to people.
    public var name: LocalizedText
    /// When it falls.
    public var occurrence: Occurrence

    /// A holiday rule.
    public init(_ name: LocalizedText, _ occurrence: Occurrence) {
        self.name = name
        self.occurrence = occurrence
    }

    /// The holiday's date in `year`, or `nil` when there is none (e.g. a 29 February in a common year).
    public func date(in year: Int) -> CivilDate? {
        switch occurrence {
        case .annual(let month, let day):
            CivilDate(year: year, month: month, day: day)
        case .orthodoxEaster(let plusDays):
            CivilDate.orthodoxEaster(in: year).flatMap { CivilDate(daysSince1970: $0.daysSince1970 + plusDays) }
        }
    }
}

/// The list of public holidays in force over a period: one version of the law (e.g. КЗпП art. 73 as amended
/// by a given law).
///
/// The law changes the list from a date, sometimes mid-year (in 2023 twice), so each set carries the dates
/// it is valid for and a holiday counts when its own date falls inside them. Keep sets from overlapping.
public struct HolidayRuleSet: Hashable, Sendable, Codable {
    /// Where the list comes from, for people checking the data (e.g. "КЗпП ст. 73, ред. Закону 3225-IX").
    public var source: String
    /// The first day the list applies.
    public var validFrom: CivilDate
    /// The last day the list applies; `nil` while it is still in force.
    public var validThrough: CivilDate?
    /// The holidays.
    public var rules: [HolidayRule]

    /// A list of holidays valid from `validFrom` through `validThrough` (both included).
    public init(source: String, validFrom: CivilDate, validThrough: CivilDate? = nil, rules: [HolidayRule]) {
        self.source = source
        self.validFrom = validFrom
        self.validThrough = validThrough
        self.rules = rules
    }

    /// Whether the list is in force on `date`.
    public func isValid(on date: CivilDate) -> Bool {
        validFrom <= date && validThrough.map { date <= $0 } ?? true
    }
}
