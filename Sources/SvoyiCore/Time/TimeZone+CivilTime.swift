public import Foundation

extension TimeZone {
    /// The hromadas' zone, `Europe/Kyiv` (`Europe/Kiev` on systems with tzdata older than 2022b).
    public static let kyiv: TimeZone =
        TimeZone(identifier: "Europe/Kyiv") ?? TimeZone(identifier: "Europe/Kiev") ?? TimeZone(secondsFromGMT: 7200)!

    /// The instant at which clocks in this zone show `time` on `date`.
    ///
    /// Wall times that do not happen exactly once follow one documented policy:
    /// - **Gap** (spring forward, e.g. Kyiv 2026-03-29 03:00–04:00 does not exist): the time is read with the
    ///   offset in force before the gap, so it maps forward by the gap length (03:30 becomes 04:30 EEST,
    ///   01:30 UTC). A span that starts in the gap therefore starts when the clocks resume.
    /// - **Overlap** (fall back, e.g. Kyiv 2026-10-25 03:00–04:00 happens twice): the earlier instant
    ///   (summer time, 00:30 UTC for 03:30).
    /// - **24:00** is the start of the next day.
    public func instant(on date: CivilDate, at time: LocalTime) -> Date {
        instant(localSeconds: date.daysSince1970 * 86_400 + time.minutes * 60)
    }

    /// `localSeconds` counts seconds since 1970-01-01 00:00 of the local wall clock (as if it were UTC).
    private func instant(localSeconds: Int) -> Date {
        func offset(atUTC seconds: Int) -> Int {
            secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        }
        // The offsets a day either side bracket any single transition near this wall time.
        let before = offset(atUTC: localSeconds - 86_400)
        let after = offset(atUTC: localSeconds + 86_400)
        // A larger offset gives an earlier instant: try it first, so an overlap resolves to the earlier one.
        for candidate in [max(before, after), min(before, after)] {
            let utc = localSeconds - candidate
            if offset(atUTC: utc) == candidate { return Date(timeIntervalSince1970: Double(utc)) }
        }
        // No offset reproduces this wall time: it is in a gap. Read it with the offset from before the gap.
        return Date(timeIntervalSince1970: Double(localSeconds - before))
    }
}
