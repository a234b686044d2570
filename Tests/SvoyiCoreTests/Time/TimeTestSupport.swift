import Foundation
import SvoyiCore

/// A date from `YYYY-MM-DD`; traps on a typo so a test cannot pass on a `nil`.
func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { fatalError("bad date literal \(text)") }
    return date
}

/// A time from `HH:MM`.
func time(_ text: String) -> LocalTime {
    guard let time = LocalTime(text) else { fatalError("bad time literal \(text)") }
    return time
}

/// A span from `HH:MM-HH:MM`.
func span(_ text: String) -> TimeRange {
    let parts = text.split(separator: "-").map(String.init)
    guard parts.count == 2, let range = TimeRange(start: time(parts[0]), end: time(parts[1])) else {
        fatalError("bad range literal \(text)")
    }
    return range
}

/// An instant from ISO 8601 (`2026-03-29T01:00:00Z`), parsed by Foundation, independent of the code under test.
func utc(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: .iso8601) else { fatalError("bad instant literal \(text)") }
    return date
}

let kyiv = TimeZone(identifier: "Europe/Kyiv")!
