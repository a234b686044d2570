public import Foundation

extension CivilDate {
    /// The civil date that `instant` falls on in `zone` (e.g. 2026-03-28 23:30 UTC is 2026-03-29 in Kyiv).
    public init(_ instant: Date, in zone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        let day = Int((local / 86_400).rounded(.down))
        guard let date = CivilDate(daysSince1970: day) else {
            preconditionFailure("\(instant) is outside the years 1…9999")
        }
        self = date
    }

    /// Today in `zone`, as `clock` sees it (inject a ``ManualClock`` in tests).
    public static func today(in zone: TimeZone, clock: any WallClock) -> CivilDate {
        CivilDate(clock.now, in: zone)
    }
}
