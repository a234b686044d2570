extension HolidayRuleSet {
    /// Ukraine's public holidays (КЗпП art. 73, parts 1 and 2) from 2017-12-02, one set per version of the
    /// article, oldest first. Dates before 2017-12-02 have no holidays in this data.
    ///
    /// - Law 2211-VIII (in force 2017-12-02): 25 December added, 2 May removed.
    /// - Law 2295-IX (in force 2022-06-09): 28 July, Statehood Day, added.
    /// - Law 3107-IX (in force 2023-06-15): 8 May, Day of Remembrance and Victory, replaces 9 May.
    /// - Law 3225-IX (signed 2023-07-28, in force the day after publication; taken here as 2023-07-30):
    ///   7 January removed, Statehood Day moves to 15 July, Defenders Day to 1 October. Any start between
    ///   2023-07-29 and 2023-09-30 gives the same dates.
    public static let ukraine: [HolidayRuleSet] = [
        HolidayRuleSet(
            source: "КЗпП ст. 73 в ред. Закону № 2211-VIII від 16.11.2017",
            validFrom: CivilDate(year: 2017, month: 12, day: 2)!,
            validThrough: CivilDate(year: 2022, month: 6, day: 8)!,
            rules: [
                .newYear, .julianChristmas, .womensDay, .easter, .trinity, .labourDay, .victoryDay9May,
                .constitutionDay, .independenceDay, .defendersDay14October, .christmas,
            ]
        ),
        HolidayRuleSet(
            source: "КЗпП ст. 73 в ред. Закону № 2295-IX від 31.05.2022",
            validFrom: CivilDate(year: 2022, month: 6, day: 9)!,
            validThrough: CivilDate(year: 2023, month: 6, day: 14)!,
            rules: [
                .newYear, .julianChristmas, .womensDay, .easter, .trinity, .labourDay, .victoryDay9May,
                .constitutionDay, .statehoodDay28July, .independenceDay, .defendersDay14October, .christmas,
            ]
        ),
        HolidayRuleSet(
            source: "КЗпП ст. 73 в ред. Закону № 3107-IX від 29.05.2023",
            validFrom: CivilDate(year: 2023, month: 6, day: 15)!,
            validThrough: CivilDate(year: 2023, month: 7, day: 29)!,
            rules: [
                .newYear, .julianChristmas, .womensDay, .easter, .trinity, .labourDay, .remembranceDay,
                .constitutionDay, .statehoodDay28July, .independenceDay, .defendersDay14October, .christmas,
            ]
        ),
        HolidayRuleSet(
            source: "КЗпП ст. 73 в ред. Закону № 3225-IX від 14.07.2023",
            validFrom: CivilDate(year: 2023, month: 7, day: 30)!,
            rules: [
                .newYear, .womensDay, .easter, .trinity, .labourDay, .remembranceDay, .constitutionDay, .statehoodDay,
                .independenceDay, .defendersDay, .christmas,
            ]
        ),
    ]
}

extension HolidayRule {
    static let newYear = HolidayRule(LocalizedText(uk: "Новий рік", en: "New Year's Day"), .annual(month: 1, day: 1))
    static let julianChristmas = HolidayRule(
        LocalizedText(uk: "Різдво Христове (7 січня)", en: "Christmas (7 January)"), .annual(month: 1, day: 7))
    static let womensDay = HolidayRule(
        LocalizedText(uk: "Міжнародний жіночий день", en: "International Women's Day"), .annual(month: 3, day: 8))
    static let easter = HolidayRule(LocalizedText(uk: "Великдень", en: "Easter"), .orthodoxEaster(plusDays: 0))
    static let trinity = HolidayRule(LocalizedText(uk: "Трійця", en: "Trinity"), .orthodoxEaster(plusDays: 49))
    static let labourDay = HolidayRule(LocalizedText(uk: "День праці", en: "Labour Day"), .annual(month: 5, day: 1))
    static let victoryDay9May = HolidayRule(
        LocalizedText(
            uk: "День перемоги над нацизмом у Другій світовій війні",
            en: "Victory over Nazism in World War II Day"),
        .annual(month: 5, day: 9))
    static let remembranceDay = HolidayRule(
        LocalizedText(
            uk: "День пам'яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років",
            en: "Day of Remembrance and Victory over Nazism in World War II 1939–1945"),
        .annual(month: 5, day: 8))
    static let constitutionDay = HolidayRule(
        LocalizedText(uk: "День Конституції України", en: "Constitution Day"), .annual(month: 6, day: 28))
    static let statehoodDay28July = HolidayRule(
        LocalizedText(uk: "День Української Державності", en: "Ukrainian Statehood Day"), .annual(month: 7, day: 28))
    static let statehoodDay = HolidayRule(
        LocalizedText(uk: "День Української Державності", en: "Ukrainian Statehood Day"), .annual(month: 7, day: 15))
    static let independenceDay = HolidayRule(
        LocalizedText(uk: "День незалежності України", en: "Independence Day"), .annual(month: 8, day: 24))
    static let defendersDay14October = HolidayRule(
        LocalizedText(uk: "День захисників і захисниць України", en: "Defenders Day"), .annual(month: 10, day: 14))
    static let defendersDay = HolidayRule(
        LocalizedText(uk: "День захисників і захисниць України", en: "Defenders Day"), .annual(month: 10, day: 1))
    static let christmas = HolidayRule(
        LocalizedText(uk: "Різдво Христове", en: "Christmas"), .annual(month: 12, day: 25))
}
