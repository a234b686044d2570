/// A public holiday in a given year, and the day off it gives.
public struct PublicHoliday: Hashable, Sendable {
    /// The holiday's date.
    public var date: CivilDate
    /// Its name as shown to people.
    public var name: LocalizedText
    /// The day not worked because of it: the holiday itself on a weekday, the next working day when it falls
    /// on a weekend (КЗпП art. 67 part 3), `nil` under martial law (it is an ordinary working day).
    public var dayOff: CivilDate?

    /// A holiday on `date`, giving the day off `dayOff`.
    public init(date: CivilDate, name: LocalizedText, dayOff: CivilDate?) {
        self.date = date
        self.name = name
        self.dayOff = dayOff
    }
}
