import Foundation
import SvoyiCore
import Testing

/// Transitions from the system tzdata (`zdump -v -c 2026,2028 Europe/Kyiv`): 2026-03-29, 2026-10-25, 2027-03-28,
/// 2027-10-31, each at 01:00 UTC.
@Suite("Local time to UTC")
struct TimeZoneInstantTests {
    @Test func foundationReportsKyivDaylightSavingTime() {
        #expect(kyiv.secondsFromGMT(for: utc("2026-03-29T00:59:59Z")) == 7_200)
        #expect(kyiv.secondsFromGMT(for: utc("2026-03-29T01:00:00Z")) == 10_800)
        #expect(kyiv.secondsFromGMT(for: utc("2026-10-25T00:59:59Z")) == 10_800)
        #expect(kyiv.secondsFromGMT(for: utc("2026-10-25T01:00:00Z")) == 7_200)
        #expect(TimeZone.kyiv.secondsFromGMT(for: utc("2027-07-01T00:00:00Z")) == 10_800)
    }

    @Test func ordinaryDaysUseTheirOffset() {
        #expect(kyiv.instant(on: day("2026-01-15"), at: time("08:00")) == utc("2026-01-15T06:00:00Z"))
        #expect(kyiv.instant(on: day("2026-07-15"), at: time("08:00")) == utc("2026-07-15T05:00:00Z"))
        #expect(kyiv.instant(on: day("2026-07-15"), at: time("00:00")) == utc("2026-07-14T21:00:00Z"))
    }

    @Test(arguments: [
        // 2026 spring: 03:00–04:00 does not exist; times in it move forward by one hour.
        ("2026-03-29", "02:59", "2026-03-29T00:59:00Z"),
        ("2026-03-29", "03:00", "2026-03-29T01:00:00Z"),
        ("2026-03-29", "03:30", "2026-03-29T01:30:00Z"),
        ("2026-03-29", "04:00", "2026-03-29T01:00:00Z"),
        ("2026-03-29", "04:30", "2026-03-29T01:30:00Z"),
        ("2026-03-29", "12:00", "2026-03-29T09:00:00Z"),
        // 2026 autumn: 03:00–04:00 happens twice; the earlier (summer time) instant is used.
        ("2026-10-25", "02:00", "2026-10-24T23:00:00Z"),
        ("2026-10-25", "02:59", "2026-10-24T23:59:00Z"),
        ("2026-10-25", "03:00", "2026-10-25T00:00:00Z"),
        ("2026-10-25", "03:30", "2026-10-25T00:30:00Z"),
        ("2026-10-25", "04:00", "2026-10-25T02:00:00Z"),
        ("2026-10-25", "12:00", "2026-10-25T10:00:00Z"),
        // 2027.
        ("2027-03-28", "02:30", "2027-03-28T00:30:00Z"),
        ("2027-03-28", "03:30", "2027-03-28T01:30:00Z"),
        ("2027-03-28", "05:00", "2027-03-28T02:00:00Z"),
        ("2027-10-31", "03:30", "2027-10-31T00:30:00Z"),
        ("2027-10-31", "05:00", "2027-10-31T03:00:00Z"),
        // 24:00 is the next day's midnight, with the offset of that moment.
        ("2026-03-28", "24:00", "2026-03-28T22:00:00Z"),
        ("2026-03-29", "24:00", "2026-03-29T21:00:00Z"),
        ("2026-10-24", "24:00", "2026-10-24T21:00:00Z"),
        ("2026-10-25", "24:00", "2026-10-25T22:00:00Z"),
    ])
    func kyivDaylightSavingDays(date: String, wall: String, expected: String) {
        #expect(kyiv.instant(on: day(date), at: time(wall)) == utc(expected))
    }

    @Test func everyExistingWallTimeRoundTripsOnTheChangeDays() {
        for date in ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"].map(day) {
            for minutes in stride(from: 0, to: 24 * 60, by: 5) {
                let wall = LocalTime(hour: minutes / 60, minute: minutes % 60)!
                let instant = kyiv.instant(on: date, at: wall)
                let local = Int(instant.timeIntervalSince1970) + kyiv.secondsFromGMT(for: instant)
                let inGap = date.month == 3 && (180..<240).contains(minutes)
                let expected = date.daysSince1970 * 86_400 + (inGap ? minutes + 60 : minutes) * 60
                #expect(local == expected, "\(date) \(wall)")
                #expect(CivilDate(instant, in: kyiv) == date)
            }
        }
    }

    @Test func otherZonesFollowTheSamePolicy() {
        let newYork = TimeZone(identifier: "America/New_York")!
        // 2026-03-08 02:00–03:00 does not exist in New York: 02:30 is read as EST and lands at 03:30 EDT.
        #expect(newYork.instant(on: day("2026-03-08"), at: time("02:30")) == utc("2026-03-08T07:30:00Z"))
        // 2026-11-01 01:30 happens twice: the earlier is EDT.
        #expect(newYork.instant(on: day("2026-11-01"), at: time("01:30")) == utc("2026-11-01T05:30:00Z"))
        #expect(
            TimeZone(identifier: "UTC")!.instant(on: day("2026-03-29"), at: time("03:30"))
                == utc("2026-03-29T03:30:00Z"))
    }
}
