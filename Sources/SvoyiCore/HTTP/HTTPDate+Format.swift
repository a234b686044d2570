public import Foundation

/// Writing the HTTP date format (RFC 9110 §5.6.7 IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`.
extension HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `date` in IMF-fixdate, whole seconds (rounded down).
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        guard let day = CivilDate(daysSince1970: days) else { return "Thu, 01 Jan 1970 00:00:00 GMT" }
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday), \(two(day.day)) \(monthNames[day.month - 1]) \(day.year) "
            + "\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60)) GMT"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
