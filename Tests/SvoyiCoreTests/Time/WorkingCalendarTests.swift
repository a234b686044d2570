import SvoyiCore
import Testing

@Suite("Working calendar: holidays, art. 67 and martial law")
struct WorkingCalendarTests {
    /// Ukraine's holidays as if martial law had never been declared.
    static let peacetime = WorkingCalendar(martialLaw: [])

    @Test func holidaysFrom2024UnderLaw3225() {
        let holidays = WorkingCalendar.ukraine.holidays(in: 2026)
        #expect(
            holidays.map(\.date)
                == [
                    "2026-01-01", "2026-03-08", "2026-04-12", "2026-05-01", "2026-05-08", "2026-05-31", "2026-06-28",
                    "2026-07-15", "2026-08-24", "2026-10-01", "2026-12-25",
                ].map(day))
        #expect(holidays.map(\.name.uk).contains("День Української Державності"))
        #expect(holidays.first { $0.date == day("2026-05-31") }?.name.en == "Trinity")
        // Under martial law none of them gives a day off.
        #expect(holidays.allSatisfy { $0.dayOff == nil })
    }

    @Test func holidaysOf2023FollowEachChangeOfTheLaw() {
        // 7 January and 9 May under the old text; 28 July (Law 2295-IX) still in force in July; 1 October
        // instead of 14 October after Law 3225-IX.
        #expect(
            WorkingCalendar.ukraine.holidays(in: 2023).map(\.date)
                == [
                    "2023-01-01", "2023-01-07", "2023-03-08", "2023-04-16", "2023-05-01", "2023-05-09", "2023-06-04",
                    "2023-06-28", "2023-07-28", "2023-08-24", "2023-10-01", "2023-12-25",
                ].map(day))
        #expect(WorkingCalendar.ukraine.holidays(in: 2016) == [])
    }

    @Test func weekendHolidaysMoveTheDayOffOutsideMartialLaw() {
        // 2021: 1 May (Saturday) and Easter 2 May (Sunday) give two days off, 3 and 4 May; 9 May (Sunday) gives
        // 10 May; Trinity 20 June gives 21 June; 25 December (Saturday) gives 27 December.
        for calendar in [Self.peacetime, WorkingCalendar.ukraine] {
            let dayOff = Dictionary(
                calendar.holidays(in: 2021).map { ($0.date, $0.dayOff) }, uniquingKeysWith: { first, _ in first })
            #expect(dayOff[day("2021-01-01")] == day("2021-01-01"))
            #expect(dayOff[day("2021-05-01")] == day("2021-05-03"))
            #expect(dayOff[day("2021-05-02")] == day("2021-05-04"))
            #expect(dayOff[day("2021-05-09")] == day("2021-05-10"))
            #expect(dayOff[day("2021-06-20")] == day("2021-06-21"))
            #expect(dayOff[day("2021-12-25")] == day("2021-12-27"))
            #expect(!calendar.isWorkingDay(day("2021-05-03")))
            #expect(!calendar.isWorkingDay(day("2021-05-04")))
            #expect(calendar.isWorkingDay(day("2021-05-05")))
            #expect(!calendar.isWorkingDay(day("2021-12-27")))
            #expect(calendar.isWorkingDay(day("2021-12-28")))
        }
    }

    @Test func noDayOffIsMovedDuringMartialLaw() {
        // 2022-01-01 was a Saturday before martial law: Monday 3 January was a day off.
        #expect(!WorkingCalendar.ukraine.isWorkingDay(day("2022-01-03")))
        // 2022-05-01 (Sunday, Labour Day) fell under martial law: Monday 2 May was a working day.
        #expect(WorkingCalendar.ukraine.isWorkingDay(day("2022-05-02")))
        #expect(!Self.peacetime.isWorkingDay(day("2022-05-02")))
        // Weekday holidays are working days under martial law.
        #expect(WorkingCalendar.ukraine.isWorkingDay(day("2026-01-01")))
        #expect(WorkingCalendar.ukraine.isWorkingDay(day("2026-08-24")))
        #expect(!Self.peacetime.isWorkingDay(day("2026-08-24")))
        // Weekends stay weekends.
        #expect(!WorkingCalendar.ukraine.isWorkingDay(day("2026-03-29")))
    }

    @Test func theEndOfMartialLawIsData() {
        let ended = WorkingCalendar(martialLaw: [MartialLawPeriod(start: day("2022-02-24"), end: day("2026-12-31"))])
        #expect(ended.isUnderMartialLaw(day("2026-12-31")))
        #expect(!ended.isUnderMartialLaw(day("2027-01-01")))
        #expect(WorkingCalendar.ukraine.isUnderMartialLaw(day("2030-01-01")))
        #expect(!WorkingCalendar.ukraine.isUnderMartialLaw(day("2022-02-23")))
        // 2027 after martial law: 1 May (Saturday) and Easter 2 May (Sunday) → 3 and 4 May; 8 May (Saturday) → 10 May.
        #expect(
            ended.holidays(in: 2027).map(\.dayOff)
                == [
                    "2027-01-01", "2027-03-08", "2027-05-03", "2027-05-04", "2027-05-10", "2027-06-21", "2027-06-28",
                    "2027-07-15", "2027-08-24", "2027-10-01", "2027-12-27",
                ].map(day))
        #expect(ended.holidays(in: 2026).allSatisfy { $0.dayOff == nil })
    }

    @Test func theHolidaysOwnDateDecidesWhenMartialLawEndsOnAWeekend() {
        // Martial law through Saturday 2027-05-01: Labour Day gives nothing, Easter the next day moves to Monday.
        let calendar = WorkingCalendar(martialLaw: [MartialLawPeriod(start: day("2022-02-24"), end: day("2027-05-01"))])
        let may = calendar.holidays(in: 2027).filter { $0.date.month == 5 }
        #expect(may.map(\.date) == ["2027-05-01", "2027-05-02", "2027-05-08"].map(day))
        #expect(may.map(\.dayOff) == [nil, day("2027-05-03"), day("2027-05-10")])
        #expect(calendar.isWorkingDay(day("2027-05-04")))
    }

    @Test func cabinetTransfersOfWorkingDays() {
        // Cabinet order for 2021: Friday 8 January off, worked on Saturday 16 January.
        var calendar = Self.peacetime
        #expect(calendar.isWorkingDay(day("2021-01-08")))
        #expect(!calendar.isWorkingDay(day("2021-01-16")))
        calendar.extraDaysOff = [day("2021-01-08")]
        calendar.extraWorkingDays = [day("2021-01-16")]
        #expect(!calendar.isWorkingDay(day("2021-01-08")))
        #expect(calendar.isWorkingDay(day("2021-01-16")))
        #expect(calendar.addingWorkingDays(1, to: day("2021-01-06")) == day("2021-01-11"))
        #expect(calendar.addingWorkingDays(1, to: day("2021-01-15")) == day("2021-01-16"))
    }

    @Test func customHolidayRules() {
        // A deployment can supply its own rules, e.g. a future change of the law.
        let rules = [
            HolidayRuleSet(
                source: "test", validFrom: day("2030-01-01"),
                rules: [HolidayRule("Тестове свято", .annual(month: 3, day: 4))])
        ]
        let calendar = WorkingCalendar(holidayRules: rules)
        #expect(calendar.holidays(in: 2030).map(\.date) == [day("2030-03-04")])
        #expect(!calendar.isWorkingDay(day("2030-03-04")))
        #expect(calendar.isWorkingDay(day("2029-03-05")))
        #expect(calendar.holidays(in: 2029) == [])
    }
}
