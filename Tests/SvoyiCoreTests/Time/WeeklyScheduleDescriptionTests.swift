import SvoyiCore
import Testing

@Suite("WeeklySchedule validation and summary")
struct WeeklyScheduleDescriptionTests {
    @Test func aWellFormedScheduleHasNoProblems() {
        var schedule = WeeklyScheduleExpansionTests.office
        schedule.week[.sunday] = [span("08:00-12:00"), span("12:00-13:00")]
        schedule.exceptions = [.init(date: day("2026-12-31"), hours: [span("08:00-15:00")])]
        #expect(schedule.problems() == [])
    }

    @Test func spansOutOfOrder() {
        let schedule = WeeklySchedule(week: [.monday: [span("13:00-17:00"), span("08:00-12:00")]])
        #expect(schedule.problems() == ["Пн: проміжок 08:00–12:00 стоїть після 13:00–17:00, а має бути перед ним"])
    }

    @Test func overlappingSpans() {
        let schedule = WeeklySchedule(
            week: [.tuesday: [span("08:00-12:30"), span("12:00-17:00")]],
            exceptions: [.init(date: day("2026-05-04"), hours: [span("09:00-18:00"), span("10:00-11:00")])])
        #expect(
            schedule.problems() == [
                "Вт: проміжки 08:00–12:30 і 12:00–17:00 перекриваються",
                "2026-05-04: проміжки 09:00–18:00 і 10:00–11:00 перекриваються",
            ])
    }

    @Test func duplicateExceptionDatesAreReportedOnce() {
        let schedule = WeeklySchedule(exceptions: [
            .init(date: day("2026-12-31"), hours: []),
            .init(date: day("2026-12-24"), hours: []),
            .init(date: day("2026-12-31"), hours: [span("08:00-15:00")]),
            .init(date: day("2026-12-31"), hours: []),
        ])
        #expect(schedule.problems() == ["2026-12-31: виняток вказано більше одного разу"])
        // The first exception for a date is the one that applies.
        #expect(schedule.hours(on: day("2026-12-31")) == [])
    }

    @Test func summaryGroupsDaysAndShowsBreaks() {
        let summary = WeeklyScheduleExpansionTests.office.summary
        #expect(summary.uk == "Пн–Пт 08:00–17:00 (перерва 12:00–13:00), Сб 09:00–14:00, Нд вихідний")
        #expect(summary.en == "Mon–Fri 08:00–17:00 (break 12:00–13:00), Sat 09:00–14:00, Sun closed")
    }

    @Test func summaryOfIrregularWeeks() {
        let schedule = WeeklySchedule(week: [
            .monday: [span("09:00-18:00")],
            .tuesday: [span("09:00-18:00")],
            .wednesday: [span("09:00-10:30"), span("10:45-13:00"), span("14:00-20:00")],
            .thursday: [span("09:00-18:00")],
            .friday: [span("09:00-18:00")],
        ])
        #expect(
            schedule.summary.uk
                == "Пн–Вт 09:00–18:00, Ср 09:00–20:00 (перерви 10:30–10:45, 13:00–14:00), Чт–Пт 09:00–18:00, Сб–Нд вихідні"
        )
        #expect(
            schedule.summary.en
                == "Mon–Tue 09:00–18:00, Wed 09:00–20:00 (breaks 10:30–10:45, 13:00–14:00), Thu–Fri 09:00–18:00, Sat–Sun closed"
        )
        #expect(WeeklySchedule().summary.uk == "Пн–Нд вихідні")
        // Spans entered out of order read the same as sorted ones.
        let unordered = WeeklySchedule(week: [.sunday: [span("13:00-16:00"), span("10:00-12:00")]])
        #expect(unordered.summary.uk == "Пн–Сб вихідні, Нд 10:00–16:00 (перерва 12:00–13:00)")
    }
}
