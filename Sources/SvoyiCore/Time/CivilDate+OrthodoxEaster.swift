extension CivilDate {
    /// Orthodox Easter Sunday (Великдень) of `year`, as a Gregorian date; `nil` outside the years 1…9999.
    ///
    /// The Julian computus (Meeus) gives the date in the Julian calendar, which is then shifted by the
    /// Julian–Gregorian difference for that century (13 days in 1900–2099). E.g. 2026-04-12, 2027-05-02.
    public static func orthodoxEaster(in year: Int) -> CivilDate? {
        guard (1...9999).contains(year) else { return nil }
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        // Julian Easter falls between March 22 and April 25, so the same label is a valid Gregorian date,
        // and from March on the calendars differ by a whole-century count of days.
        let julianToGregorian = year / 100 - year / 400 - 2
        guard let label = CivilDate(year: year, month: month, day: day) else { return nil }
        return CivilDate(daysSince1970: label.daysSince1970 + julianToGregorian)
    }
}
