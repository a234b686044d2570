import Foundation
import SvoyiCore
import Testing

@Suite("WeeklySchedule expansion")
struct WeeklyScheduleExpansionTests {
    /// A ЦНАП: weekdays with a lunch break, a short Saturday, closed on Sunday.
    static let office = WeeklySchedule(
        week: [
            .monday: [span("08:00-12:00"), span("13:00-17:00")],
            .tuesday: [span("08:00-12:00"), span("13:00-17:00")],
            .wednesday: [span("08:00-12:00"), span("13:00-17:00")],
            .thursday: [span("08:00-12:00"), span("13:00-17:00")],
            .friday: [span("08:00-12:00"), span("13:00-17:00")],
            .saturday: [span("09:00-14:00")],
        ])

    @Test(arguments: [
        // (date, spans, expected UTC starts and ends)
        ("2026-03-29", "09:00-14:00", "2026-03-29T06:00:00Z", "2026-03-29T11:00:00Z"),
        ("2026-03-28", "09:00-14:00", "2026-03-28T07:00:00Z", "2026-03-28T12:00:00Z"),
        ("2026-10-25", "09:00-14:00", "2026-10-25T07:00:00Z", "2026-10-25T12:00:00Z"),
        ("2026-10-24", "09:00-14:00", "2026-10-24T06:00:00Z", "2026-10-24T11:00:00Z"),
        ("2027-03-28", "09:00-14:00", "2027-03-28T06:00:00Z", "2027-03-28T11:00:00Z"),
        ("2027-10-31", "09:00-14:00", "2027-10-31T07:00:00Z", "2027-10-31T12:00:00Z"),
        // Spans across the change: the real length, not the wall-clock length.
        ("2026-03-29", "02:00-05:00", "2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z"),
        ("2026-10-25", "02:00-05:00", "2026-10-24T23:00:00Z", "2026-10-25T03:00:00Z"),
        ("2027-03-28", "02:00-05:00", "2027-03-28T00:00:00Z", "2027-03-28T02:00:00Z"),
        ("2027-10-31", "02:00-05:00", "2027-10-30T23:00:00Z", "2027-10-31T03:00:00Z"),
        // A span starting in the gap starts when the clocks resume; one starting in the overlap, at its first pass.
        ("2026-03-29", "03:30-05:00", "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"),
        ("2026-10-25", "03:30-05:00", "2026-10-25T00:30:00Z", "2026-10-25T03:00:00Z"),
        // Whole days: 23 hours in spring, 25 in autumn.
        ("2026-03-29", "00:00-24:00", "2026-03-28T22:00:00Z", "2026-03-29T21:00:00Z"),
        ("2026-10-25", "00:00-24:00", "2026-10-24T21:00:00Z", "2026-10-25T22:00:00Z"),
        ("2027-03-28", "00:00-24:00", "2027-03-27T22:00:00Z", "2027-03-28T21:00:00Z"),
        ("2027-10-31", "00:00-24:00", "2027-10-30T21:00:00Z", "2027-10-31T22:00:00Z"),
    ])
    func spansOnDaylightSavingWeekends(date: String, hours: String, start: String, end: String) {
        let date = day(date)
        let schedule = WeeklySchedule(week: [date.weekday: [span(hours)]])
        #expect(schedule.intervals(on: date, in: kyiv) == [DateInterval(start: utc(start), end: utc(end))])
    }

    @Test func intervalLengthsOnTheChangeDays() {
        let schedule = WeeklySchedule(week: [.sunday: [span("02:00-05:00")], .saturday: [span("00:00-24:00")]])
        #expect(schedule.intervals(on: day("2026-03-29"), in: kyiv).map(\.duration) == [7_200])
        #expect(schedule.intervals(on: day("2026-10-25"), in: kyiv).map(\.duration) == [14_400])
        #expect(schedule.intervals(on: day("2027-03-28"), in: kyiv).map(\.duration) == [7_200])
        #expect(schedule.intervals(on: day("2027-10-31"), in: kyiv).map(\.duration) == [14_400])
        #expect(schedule.intervals(on: day("2026-03-28"), in: kyiv).map(\.duration) == [86_400])
    }

    @Test func aSpanCoveringTheWholeGapVanishesAndOneInsideItMovesForward() {
        let schedule = WeeklySchedule(week: [.sunday: [span("03:00-04:00"), span("09:00-10:00")]])
        #expect(
            schedule.intervals(on: day("2026-03-29"), in: kyiv) == [
                DateInterval(start: utc("2026-03-29T06:00:00Z"), end: utc("2026-03-29T07:00:00Z"))
            ])
        #expect(schedule.intervals(on: day("2026-04-05"), in: kyiv).count == 2)
        // 03:00–03:45 does not exist that day; read forward by the gap it is 04:00–04:45 summer time.
        let inside = WeeklySchedule(week: [.sunday: [span("03:00-03:45")]])
        #expect(
            inside.intervals(on: day("2026-03-29"), in: kyiv) == [
                DateInterval(start: utc("2026-03-29T01:00:00Z"), end: utc("2026-03-29T01:45:00Z"))
            ])
    }

    @Test func spansAreSortedAndMerged() {
        let schedule = WeeklySchedule(week: [
            .monday: [span("13:00-17:00"), span("08:00-12:00"), span("11:00-12:30"), span("17:00-18:00")]
        ])
        #expect(
            schedule.intervals(on: day("2026-03-30"), in: kyiv) == [
                DateInterval(start: utc("2026-03-30T05:00:00Z"), end: utc("2026-03-30T09:30:00Z")),
                DateInterval(start: utc("2026-03-30T10:00:00Z"), end: utc("2026-03-30T15:00:00Z")),
            ])
    }

    @Test func anExceptionReplacesTheWeeklyRuleForItsDateOnly() {
        var schedule = Self.office
        schedule.exceptions = [
            .init(date: day("2026-03-27"), hours: [span("08:00-15:00")], note: "Передсвятковий день"),
            .init(date: day("2026-03-29"), hours: [span("10:00-12:00")]),
            .init(date: day("2026-03-30"), hours: []),
        ]
        #expect(
            schedule.intervals(on: day("2026-03-27"), in: kyiv) == [
                DateInterval(start: utc("2026-03-27T06:00:00Z"), end: utc("2026-03-27T13:00:00Z"))
            ])
        #expect(
            schedule.intervals(on: day("2026-03-29"), in: kyiv) == [
                DateInterval(start: utc("2026-03-29T07:00:00Z"), end: utc("2026-03-29T09:00:00Z"))
            ])
        #expect(schedule.intervals(on: day("2026-03-30"), in: kyiv) == [])
        #expect(!schedule.isOpen(at: utc("2026-03-30T07:00:00Z"), in: kyiv))
        #expect(schedule.isOpen(at: utc("2026-03-31T07:00:00Z"), in: kyiv))
        #expect(schedule.nextOpening(after: utc("2026-03-29T10:00:00Z"), in: kyiv) == utc("2026-03-31T05:00:00Z"))
        #expect(Self.office.intervals(on: day("2026-03-27"), in: kyiv).count == 2)
    }

    @Test func isOpenAroundTheLunchBreak() {
        // Friday 2026-04-03, summer time (UTC+3).
        let schedule = Self.office
        #expect(!schedule.isOpen(at: utc("2026-04-03T04:59:59Z"), in: kyiv))
        #expect(schedule.isOpen(at: utc("2026-04-03T05:00:00Z"), in: kyiv))
        #expect(schedule.isOpen(at: utc("2026-04-03T08:59:59Z"), in: kyiv))
        #expect(!schedule.isOpen(at: utc("2026-04-03T09:00:00Z"), in: kyiv))
        #expect(!schedule.isOpen(at: utc("2026-04-03T09:59:59Z"), in: kyiv))
        #expect(schedule.isOpen(at: utc("2026-04-03T10:00:00Z"), in: kyiv))
        #expect(!schedule.isOpen(at: utc("2026-04-03T14:00:00Z"), in: kyiv))
        // Sunday: closed all day.
        #expect(!schedule.isOpen(at: utc("2026-04-05T08:00:00Z"), in: kyiv))
    }

    @Test func nextOpeningAcrossTheLunchBreakAndTheWeekend() {
        let schedule = Self.office
        // Open now: the next opening is after lunch.
        #expect(schedule.nextOpening(after: utc("2026-04-03T06:00:00Z"), in: kyiv) == utc("2026-04-03T10:00:00Z"))
        #expect(schedule.nextOpening(after: utc("2026-04-03T09:30:00Z"), in: kyiv) == utc("2026-04-03T10:00:00Z"))
        // Strictly after: at the opening moment itself, the next one is the one after.
        #expect(schedule.nextOpening(after: utc("2026-04-03T10:00:00Z"), in: kyiv) == utc("2026-04-04T06:00:00Z"))
        // Saturday afternoon to Monday morning.
        #expect(schedule.nextOpening(after: utc("2026-04-04T11:00:00Z"), in: kyiv) == utc("2026-04-06T05:00:00Z"))
        // The weekend of the spring change: Friday evening in winter time, Monday morning in summer time.
        #expect(schedule.nextOpening(after: utc("2026-03-27T16:00:00Z"), in: kyiv) == utc("2026-03-28T07:00:00Z"))
        #expect(schedule.nextOpening(after: utc("2026-03-28T13:00:00Z"), in: kyiv) == utc("2026-03-30T05:00:00Z"))
        // And the autumn one, the other way.
        #expect(schedule.nextOpening(after: utc("2026-10-24T12:00:00Z"), in: kyiv) == utc("2026-10-26T06:00:00Z"))
        // Late Sunday evening local time is still Sunday: the answer is Monday, not Tuesday.
        #expect(schedule.nextOpening(after: utc("2026-04-05T20:30:00Z"), in: kyiv) == utc("2026-04-06T05:00:00Z"))
    }

    @Test func touchingSpansAreOneStretch() {
        let schedule = WeeklySchedule(week: [
            .monday: [span("08:00-12:00"), span("12:00-17:00")],
            .tuesday: [span("20:00-24:00")],
            .wednesday: [span("00:00-02:00"), span("10:00-11:00")],
        ])
        #expect(schedule.nextOpening(after: utc("2026-04-06T07:00:00Z"), in: kyiv) == utc("2026-04-07T17:00:00Z"))
        // Tuesday 22:00 local: open until Wednesday 02:00 without a break, so the next opening is Wednesday 10:00.
        #expect(schedule.nextOpening(after: utc("2026-04-07T19:00:00Z"), in: kyiv) == utc("2026-04-08T07:00:00Z"))
        #expect(schedule.isOpen(at: utc("2026-04-07T21:30:00Z"), in: kyiv))
    }

    @Test func theSearchForAnOpeningIsBounded() {
        #expect(WeeklySchedule().nextOpening(after: utc("2026-04-03T06:00:00Z"), in: kyiv) == nil)
        let soon = WeeklySchedule(exceptions: [.init(date: day("2026-10-20"), hours: [span("10:00-11:00")])])
        #expect(soon.nextOpening(after: utc("2026-04-03T06:00:00Z"), in: kyiv) == utc("2026-10-20T07:00:00Z"))
        let tooFar = WeeklySchedule(exceptions: [.init(date: day("2027-06-01"), hours: [span("10:00-11:00")])])
        #expect(tooFar.nextOpening(after: utc("2026-04-03T06:00:00Z"), in: kyiv) == nil)
    }
}
