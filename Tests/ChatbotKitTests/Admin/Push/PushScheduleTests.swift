import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Local times in Europe/Kyiv, across both daylight-saving changes of 2026 (29 March, 25 October).
@Suite struct PushScheduleTests {
    let kyiv = TimeZone(identifier: "Europe/Kyiv")!

    func instant(_ date: String, _ time: String) -> Result<Date, PushSchedule.Problem> {
        PushSchedule.instant(date: date, time: time, in: kyiv)
    }

    func utc(_ text: String) -> Date { ISO8601Milliseconds.parse(text)! }

    @Test func winterAndSummerTimesHaveTheirOwnOffsets() throws {
        #expect(try instant("2026-01-15", "09:30").get() == utc("2026-01-15T07:30:00.000Z"))
        #expect(try instant("2026-07-01", "09:30").get() == utc("2026-07-01T06:30:00.000Z"))
        // The evening before and the morning after the spring change.
        #expect(try instant("2026-03-28", "23:00").get() == utc("2026-03-28T21:00:00.000Z"))
        #expect(try instant("2026-03-29", "09:00").get() == utc("2026-03-29T06:00:00.000Z"))
        // Ukrainian staff write dates day first; single-digit hours are fine.
        #expect(try instant("29.03.2026", "9:00").get() == utc("2026-03-29T06:00:00.000Z"))
    }

    @Test func aTimeTheClocksSkipIsRefusedWithTheTimeItWouldBe() throws {
        let result = instant("2026-03-29", "03:30")
        guard case .failure(let problem) = result else {
            Issue.record("03:30 on 29 March 2026 does not exist in Kyiv, got \(result)")
            return
        }
        #expect(
            problem
                == .skipped(
                    date: CivilDate(year: 2026, month: 3, day: 29)!, time: LocalTime(hour: 3, minute: 30)!,
                    suggestion: LocalTime(hour: 4, minute: 30)!))
        #expect(problem.messageUK.contains("Часу 03:30 29.03.2026 не буде"))
        #expect(problem.messageUK.contains("наприклад 04:30"))
        // The minutes just around the gap exist.
        #expect(try instant("2026-03-29", "02:59").get() == utc("2026-03-29T00:59:00.000Z"))
        #expect(try instant("2026-03-29", "04:00").get() == utc("2026-03-29T01:00:00.000Z"))
    }

    @Test func aTimeThatHappensTwiceIsTheFirstAndItsOffsetIsShown() throws {
        let first = try instant("2026-10-25", "03:30").get()
        #expect(first == utc("2026-10-25T00:30:00.000Z"))
        #expect(PushSchedule.formatWithOffset(first, in: kyiv) == "25.10.2026 03:30 (UTC+3)")
        // The second 03:30 (an hour later) shows the same wall time with the winter offset.
        #expect(
            PushSchedule.formatWithOffset(first.addingTimeInterval(3_600), in: kyiv) == "25.10.2026 03:30 (UTC+2)")
    }

    @Test func malformedDatesAndTimesAreRefused() {
        for (date, time, expected) in [
            ("2026-02-29", "10:00", PushSchedule.Problem.invalidDate), ("2026-13-01", "10:00", .invalidDate),
            ("завтра", "10:00", .invalidDate), ("", "10:00", .invalidDate), ("2026-03-01", "24:00", .invalidTime),
            ("2026-03-01", "10:60", .invalidTime), ("2026-03-01", "10", .invalidTime),
            ("2026-03-01", "１０:００", .invalidTime),
        ] {
            #expect(instant(date, time) == .failure(expected), "\(date) \(time)")
        }
    }

    @Test func wallTimesAndFormatsReadTheZone() {
        let moment = utc("2026-03-29T01:30:00.000Z")
        let wall = PushSchedule.wallTime(moment, in: kyiv)
        #expect(wall.date == CivilDate(year: 2026, month: 3, day: 29))
        #expect(wall.time == LocalTime(hour: 4, minute: 30))
        #expect(PushSchedule.format(moment, in: kyiv) == "29.03.2026 04:30")
        #expect(PushSchedule.offset(moment, in: TimeZone(identifier: "Asia/Kolkata")!) == "UTC+5:30")
        #expect(PushSchedule.offset(moment, in: TimeZone(identifier: "America/Sao_Paulo")!) == "UTC−3")
    }
}
