public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fast, allocation-light UTC timestamp format used for every stored time: `YYYY-MM-DDTHH:MM:SS.sssZ`.
///
/// Foundation's `ISO8601DateFormatter` is correct but slow enough to show in storage benchmarks; this one
/// uses `gmtime_r`/`timegm` and fixed-width fields.
public enum ISO8601Milliseconds {
    /// Formats a date in UTC with millisecond precision.
    public static func format(_ date: Date) -> String {
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(totalMillis.floorDiv(1000))
        let millis = Int(totalMillis - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var bytes = [UInt8](repeating: 0, count: 24)
        func put(_ value: Int, _ at: Int, _ width: Int) {
            var v = value
            for i in stride(from: at + width - 1, through: at, by: -1) {
                bytes[i] = UInt8(48 + v % 10)
                v /= 10
            }
        }
        put(Int(parts.tm_year) + 1900, 0, 4)
        bytes[4] = 45  // -
        put(Int(parts.tm_mon) + 1, 5, 2)
        bytes[7] = 45
        put(Int(parts.tm_mday), 8, 2)
        bytes[10] = 84  // T
        put(Int(parts.tm_hour), 11, 2)
        bytes[13] = 58  // :
        put(Int(parts.tm_min), 14, 2)
        bytes[16] = 58
        put(Int(parts.tm_sec), 17, 2)
        bytes[19] = 46  // .
        put(millis, 20, 3)
        bytes[23] = 90  // Z
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (also with a space instead of `T`, as SQLite's `datetime()` writes).
    public static func parse(_ text: String) -> Date? {
        var utf8 = Array(text.utf8)
        if utf8.last == 90 { utf8.removeLast() }  // Z
        guard utf8.count >= 19, utf8[4] == 45, utf8[7] == 45, utf8[10] == 84 || utf8[10] == 32,
            utf8[13] == 58, utf8[16] == 58
        else { return nil }
        func number(_ from: Int, _ width: Int) -> Int? {
            var v = 0
            for i in from..<(from + width) {
                let c = utf8[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if utf8.count > 19 {
            guard utf8[19] == 46, utf8.count > 20 else { return nil }
            var scale = 0.1
            for c in utf8[20...] {
                guard c >= 48, c <= 57 else { return nil }
                fraction += Double(c - 48) * scale
                scale /= 10
            }
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        // Round the fraction to whole milliseconds so format(parse(x)) == x.
        return Date(timeIntervalSince1970: TimeInterval(seconds) + (fraction * 1000).rounded() / 1000)
    }
}

extension Int64 {
    fileprivate func floorDiv(_ divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
