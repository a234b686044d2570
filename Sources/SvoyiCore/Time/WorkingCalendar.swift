/// Which days are working days in Ukraine: the five-day week, public holidays, martial law and Cabinet
/// transfers, all as data.
///
/// A day is decided in this order:
/// 1. a Cabinet extra working day (e.g. a Saturday worked in exchange) is a working day;
/// 2. a Cabinet extra day off is not;
/// 3. Saturday and Sunday are not;
/// 4. a public holiday is not, unless it falls under martial law;
/// 5. the day a weekend holiday's day off moves to (КЗпП art. 67 part 3: the next day that is neither a
///    weekend, a holiday nor already such a day) is not, unless the holiday or that day is under martial law;
/// 6. every other day is a working day.
///
/// Under martial law holidays are ordinary working days and no day off is moved (Law 2136-IX, art. 6).
public struct WorkingCalendar: Hashable, Sendable, Codable {
    /// The lists of public holidays, each with the dates it is valid for.
    public var holidayRules: [HolidayRuleSet]
    /// The periods of martial law; record the end when it comes.
    public var martialLaw: [MartialLawPeriod]
    /// Days off declared by the Cabinet (перенесення робочих днів), e.g. a Friday between a holiday and a
    /// weekend.
    public var extraDaysOff: Set<CivilDate>
    /// Days worked by the Cabinet's decision, usually the Saturday given in exchange for an extra day off.
    public var extraWorkingDays: Set<CivilDate>

    /// A calendar from its data; by default Ukraine's holidays with no martial law and no transfers.
    public init(
        holidayRules: [HolidayRuleSet] = HolidayRuleSet.ukraine,
        martialLaw: [MartialLawPeriod] = [],
        extraDaysOff: Set<CivilDate> = [],
        extraWorkingDays: Set<CivilDate> = []
    ) {
        self.holidayRules = holidayRules
        self.martialLaw = martialLaw
        self.extraDaysOff = extraDaysOff
        self.extraWorkingDays = extraWorkingDays
    }

    /// Ukraine today: the holidays of ``HolidayRuleSet/ukraine`` and martial law from 2022-02-24, not yet
    /// ended. Deployments copy it and set ``martialLaw`` when the end is announced.
    public static let ukraine = WorkingCalendar(
        martialLaw: [MartialLawPeriod(start: CivilDate(year: 2022, month: 2, day: 24)!)])

    /// Whether `date` is under martial law.
    public func isUnderMartialLaw(_ date: CivilDate) -> Bool {
        martialLaw.contains { $0.contains(date) }
    }

    /// Whether people work on `date` (see the order of rules on ``WorkingCalendar``).
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        var table = DaysOffTable(calendar: self)
        return table.isWorkingDay(date)
    }

    /// The public holidays whose date falls in `year`, by date, each with the day off it gives.
    ///
    /// Holidays are listed under martial law too (they are still observed), with ``PublicHoliday/dayOff``
    /// `nil`.
    public func holidays(in year: Int) -> [PublicHoliday] {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { return [] }
        var seen: Set<PublicHoliday> = []
        let listed =
            holidayRules
            .filter { $0.validFrom <= last && ($0.validThrough.map { $0 >= first } ?? true) }
            .flatMap { set in
                set.rules.compactMap { rule in
                    rule.date(in: year).flatMap { date in
                        set.isValid(on: date) ? PublicHoliday(date: date, name: rule.name, dayOff: nil) : nil
                    }
                }
            }
            .filter { seen.insert($0).inserted }
            .sorted { $0.date < $1.date }

        // Days off: weekday holidays outside martial law, then art. 67 moves for weekend ones, in date order.
        let holidayDates = Set(listed.map(\.date))
        var daysOff = Set(holidayDates.filter { !$0.weekday.isWeekend && !isUnderMartialLaw($0) })
        var movedTo: [CivilDate: CivilDate] = [:]
        for date in holidayDates.sorted() where date.weekday.isWeekend && !isUnderMartialLaw(date) {
            var target = date.adding(days: 1)
            while target.weekday.isWeekend || holidayDates.contains(target) || daysOff.contains(target) {
                target = target.adding(days: 1)
            }
            guard !isUnderMartialLaw(target) else { continue }
            daysOff.insert(target)
            movedTo[date] = target
        }
        return listed.map { holiday in
            var holiday = holiday
            holiday.dayOff = daysOff.contains(holiday.date) ? holiday.date : movedTo[holiday.date]
            return holiday
        }
    }
}

/// Days off by year, computed once per year for loops over many days.
struct DaysOffTable {
    let calendar: WorkingCalendar
    private var years: [Int: Set<CivilDate>] = [:]

    init(calendar: WorkingCalendar) {
        self.calendar = calendar
    }

    mutating func isWorkingDay(_ date: CivilDate) -> Bool {
        if calendar.extraWorkingDays.contains(date) { return true }
        if calendar.extraDaysOff.contains(date) || date.weekday.isWeekend { return false }
        // A late-December holiday's day off could in principle move into January, so look at both years.
        return !daysOff(in: date.year).contains(date) && !daysOff(in: date.year - 1).contains(date)
    }

    private mutating func daysOff(in year: Int) -> Set<CivilDate> {
        if let cached = years[year] { return cached }
        let days = Set(calendar.holidays(in: year).compactMap(\.dayOff))
        years[year] = days
        return days
    }
}
