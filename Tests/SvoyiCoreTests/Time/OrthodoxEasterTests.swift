import SvoyiCore
import Testing

@Suite("Orthodox Easter")
struct OrthodoxEasterTests {
    @Test(arguments: [
        (2016, "2016-05-01"), (2021, "2021-05-02"), (2022, "2022-04-24"), (2023, "2023-04-16"),
        (2024, "2024-05-05"), (2025, "2025-04-20"), (2026, "2026-04-12"), (2027, "2027-05-02"),
    ])
    func knownDates(year: Int, expected: String) {
        #expect(CivilDate.orthodoxEaster(in: year) == day(expected))
    }

    @Test func alwaysASundayBetweenAprilFourthAndMayEighth() {
        for year in 1900...2099 {
            guard let easter = CivilDate.orthodoxEaster(in: year) else {
                Issue.record("no Easter in \(year)")
                continue
            }
            #expect(easter.weekday == .sunday, "\(easter)")
            #expect(easter >= CivilDate(year: year, month: 4, day: 4)!, "\(easter)")
            #expect(easter <= CivilDate(year: year, month: 5, day: 8)!, "\(easter)")
        }
    }

    @Test func outsideTheSupportedYears() {
        #expect(CivilDate.orthodoxEaster(in: 0) == nil)
        #expect(CivilDate.orthodoxEaster(in: 10_000) == nil)
    }
}
