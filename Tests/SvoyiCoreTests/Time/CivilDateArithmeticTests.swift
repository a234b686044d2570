import Foundation
import SvoyiCore
import Testing

@Suite("CivilDate arithmetic")
struct CivilDateArithmeticTests {
    @Test func dayCountsAgreeWithFoundationsGregorianCalendar() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        // From 1600 to 2400, in steps that land on every day of the month and every month over the range.
        for days in stride(from: -135_000, through: 157_000, by: 97) {
            let parts = gregorian.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let date = CivilDate(daysSince1970: days)
            #expect(date == CivilDate(year: parts.year!, month: parts.month!, day: parts.day!), "day \(days)")
            #expect(date?.daysSince1970 == days)
        }
    }

    @Test func knownDayCounts() {
        #expect(day("1970-01-01").daysSince1970 == 0)
        #expect(day("1969-12-31").daysSince1970 == -1)
        #expect(day("2000-03-01").daysSince1970 == 11_017)
        #expect(day("2026-03-29").daysSince1970 == 20_541)
    }

    @Test func dayCountsOutsideTheSupportedYearsGiveNil() {
        #expect(CivilDate(daysSince1970: day("9999-12-31").daysSince1970 + 1) == nil)
        #expect(CivilDate(daysSince1970: day("0001-01-01").daysSince1970 - 1) == nil)
        #expect(CivilDate(daysSince1970: day("0001-01-01").daysSince1970) == day("0001-01-01"))
    }

    @Test func addingDaysCrossesMonthsLeapDaysAndYears() {
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2024-02-28").adding(days: 2) == day("2024-03-01"))
        #expect(day("2026-02-28").adding(days: 1) == day("2026-03-01"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2027-01-01").adding(days: -1) == day("2026-12-31"))
        #expect(day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(day("2026-03-29").adding(days: 0) == day("2026-03-29"))
        #expect(day("2026-01-01").adding(days: 365) == day("2027-01-01"))
    }

    @Test func daysBetweenDatesIsSignedAndCountsLeapYears() {
        #expect(day("2026-01-01").days(to: day("2027-01-01")) == 365)
        #expect(day("2024-01-01").days(to: day("2025-01-01")) == 366)
        #expect(day("2027-01-01").days(to: day("2026-12-30")) == -2)
        #expect(day("2026-03-29").days(to: day("2026-03-29")) == 0)
        #expect(day("2022-02-24").days(to: day("2026-02-24")) == 1_461)
    }

    @Test func weekdays() {
        #expect(day("1970-01-01").weekday == .thursday)
        #expect(day("1969-12-31").weekday == .wednesday)
        #expect(day("2000-01-01").weekday == .saturday)
        #expect(day("2026-03-29").weekday == .sunday)
        #expect(day("2026-03-30").weekday == .monday)
        #expect(day("2027-12-31").weekday == .friday)
        #expect(day("2028-01-01").weekday == .saturday)
        #expect(Weekday.allCases.filter(\.isWeekend) == [.saturday, .sunday])
    }
}

@Suite("CivilDate in a time zone")
struct CivilDateTimeZoneTests {
    @Test func anInstantFallsOnTheLocalDate() {
        // Winter (UTC+2): local midnight of 2026-03-29 is 22:00 UTC the day before.
        #expect(CivilDate(utc("2026-03-28T21:59:59Z"), in: kyiv) == day("2026-03-28"))
        #expect(CivilDate(utc("2026-03-28T22:00:00Z"), in: kyiv) == day("2026-03-29"))
        // Summer (UTC+3).
        #expect(CivilDate(utc("2026-06-30T20:59:59Z"), in: kyiv) == day("2026-06-30"))
        #expect(CivilDate(utc("2026-06-30T21:00:00Z"), in: kyiv) == day("2026-07-01"))
        // Before 1970 the day count is negative and must round down, not toward zero.
        #expect(CivilDate(utc("1969-12-31T12:00:00Z"), in: TimeZone(identifier: "UTC")!) == day("1969-12-31"))
        #expect(
            CivilDate(utc("2026-03-29T04:00:00Z"), in: TimeZone(identifier: "America/New_York")!) == day("2026-03-29"))
        #expect(
            CivilDate(utc("2026-03-29T03:59:00Z"), in: TimeZone(identifier: "America/New_York")!) == day("2026-03-28"))
    }

    @Test func todayFollowsTheInjectedClockAndZone() {
        let clock = ManualClock(utc("2026-12-31T22:30:00Z"))
        #expect(CivilDate.today(in: kyiv, clock: clock) == day("2027-01-01"))
        #expect(CivilDate.today(in: TimeZone(identifier: "UTC")!, clock: clock) == day("2026-12-31"))
        clock.advance(by: -3_600)
        #expect(CivilDate.today(in: kyiv, clock: clock) == day("2026-12-31"))
    }
}
