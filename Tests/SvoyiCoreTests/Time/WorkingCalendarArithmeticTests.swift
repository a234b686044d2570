import Foundation
import SvoyiCore
import Testing

@Suite("Working-day arithmetic")
struct WorkingCalendarArithmeticTests {
    static let wartime = WorkingCalendar.ukraine
    static let peacetime = WorkingCalendar(martialLaw: [])

    @Test func acrossNewYear2027() {
        // Wednesday 2026-12-30; 1 January 2027 is a Friday.
        let start = day("2026-12-30")
        #expect(
            (1...3).map { Self.wartime.addingWorkingDays($0, to: start) }
                == ["2026-12-31", "2027-01-01", "2027-01-04"].map(day))
        #expect(
            (1...3).map { Self.peacetime.addingWorkingDays($0, to: start) }
                == ["2026-12-31", "2027-01-04", "2027-01-05"].map(day))
        #expect(Self.wartime.workingDays(from: start, to: day("2027-01-04")) == 3)
        #expect(Self.peacetime.workingDays(from: start, to: day("2027-01-04")) == 2)
        #expect(Self.wartime.workingDays(from: day("2027-01-04"), to: start) == -3)
        #expect(Self.peacetime.workingDays(from: day("2027-01-04"), to: start) == -2)
    }

    @Test func acrossNewYear2028() {
        // Friday 2027-12-31; 1 January 2028 is a Saturday, so in peacetime Monday 3 January is the day off.
        let start = day("2027-12-31")
        #expect(Self.wartime.addingWorkingDays(1, to: start) == day("2028-01-03"))
        #expect(Self.peacetime.addingWorkingDays(1, to: start) == day("2028-01-04"))
        #expect(Self.peacetime.addingWorkingDays(-1, to: day("2028-01-04")) == start)
        #expect(Self.wartime.addingWorkingDays(-1, to: day("2028-01-03")) == start)
        // 25 December 2027 is a Saturday too: Monday 27 December is off in peacetime.
        #expect(Self.wartime.addingWorkingDays(1, to: day("2027-12-24")) == day("2027-12-27"))
        #expect(Self.peacetime.addingWorkingDays(1, to: day("2027-12-24")) == day("2027-12-28"))
        #expect(Self.peacetime.addingWorkingDays(5, to: day("2027-12-24")) == day("2028-01-04"))
        #expect(Self.wartime.addingWorkingDays(5, to: day("2027-12-24")) == day("2027-12-31"))
    }

    @Test func zeroAndNegativeCounts() {
        #expect(Self.wartime.addingWorkingDays(0, to: day("2026-03-29")) == day("2026-03-29"))
        #expect(Self.wartime.addingWorkingDays(-1, to: day("2026-03-30")) == day("2026-03-27"))
        #expect(Self.wartime.workingDays(from: day("2026-03-29"), to: day("2026-03-29")) == 0)
        #expect(Self.wartime.workingDays(from: day("2026-03-27"), to: day("2026-03-29")) == 0)
    }

    @Test func countingInvertsAdding() {
        for calendar in [Self.wartime, Self.peacetime] {
            for start in ["2026-12-24", "2026-12-31", "2027-04-30", "2027-12-25", "2021-05-01"].map(day) {
                for n in -15...15 {
                    let end = calendar.addingWorkingDays(n, to: start)
                    #expect(calendar.workingDays(from: start, to: end) == n, "\(start) \(n)")
                    #expect(n == 0 || calendar.isWorkingDay(end), "\(start) \(n) → \(end)")
                }
            }
        }
    }

    @Test func deadlinesMoveOffDaysOff() {
        // 30 days from 2026-01-01 end on Saturday 31 January: the deadline is Monday 2 February.
        #expect(Self.wartime.deadline(calendarDays: 30, from: day("2026-01-01")) == day("2026-02-02"))
        #expect(Self.wartime.deadline(calendarDays: 29, from: day("2026-01-01")) == day("2026-01-30"))
        // Ending on Saturday 1 January 2028: Monday 3 January is itself a day off in peacetime.
        #expect(Self.wartime.deadline(calendarDays: 2, from: day("2027-12-30")) == day("2028-01-03"))
        #expect(Self.peacetime.deadline(calendarDays: 2, from: day("2027-12-30")) == day("2028-01-04"))
        // Ending on a weekday holiday: moved only in peacetime.
        #expect(Self.wartime.deadline(calendarDays: 10, from: day("2026-08-14")) == day("2026-08-24"))
        #expect(Self.peacetime.deadline(calendarDays: 10, from: day("2026-08-14")) == day("2026-08-25"))
    }

    @Test func aDeadlineAroundTheSpringClockChange() {
        // A request filed on Saturday 00:30 Kyiv time (still Friday in UTC) counts from Saturday 2026-03-28.
        let filed = CivilDate(utc("2026-03-27T22:30:00Z"), in: kyiv)
        #expect(filed == day("2026-03-28"))
        let due = Self.wartime.addingWorkingDays(5, to: filed)
        #expect(due == day("2026-04-03"))
        // The last moment to answer is the end of that day, now in summer time (UTC+3), not winter time.
        #expect(kyiv.instant(on: due, at: time("24:00")) == utc("2026-04-03T21:00:00Z"))
        #expect(kyiv.instant(on: filed, at: time("00:00")) == utc("2026-03-27T22:00:00Z"))
        #expect(Self.wartime.workingDays(from: filed, to: due) == 5)
    }
}
