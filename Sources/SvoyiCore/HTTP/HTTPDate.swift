public import Foundation

/// Parses the three date forms RFC 9110 §5.6.7 obliges a recipient to accept, all in GMT:
/// IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, and asctime
/// `Sun Nov  6 08:49:37 1994`. Pure arithmetic: no calendars, locales or formatters.
public enum HTTPDate {
    /// The instant `text` names, or nil when it is not one of the three forms.
    public static func parse(_ text: String) -> Date? {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch tokens.count {
        case 6 where tokens[0].hasSuffix(",") && tokens[5] == "GMT":  // IMF-fixdate
            return make(day: tokens[1], month: tokens[2], year: tokens[3], time: tokens[4], yearDigits: 4)
        case 4 where tokens[0].hasSuffix(",") && tokens[3] == "GMT":  // RFC 850
            let parts = tokens[1].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { return nil }
            return make(day: parts[0], month: parts[1], year: parts[2], time: tokens[2], yearDigits: 2)
        case 5 where !tokens[0].hasSuffix(","):  // asctime
            return make(day: tokens[2], month: tokens[1], year: tokens[4], time: tokens[3], yearDigits: 4)
        default:
            return nil
        }
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func make(day: String, month: String, year: String, time: String, yearDigits: Int) -> Date? {
        let clock = time.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let monthIndex = months.firstIndex(of: month), clock.count == 3,
            let day = number(day, digits: 1...2), (1...31).contains(day),
            var year = number(year, digits: yearDigits...yearDigits),
            let hour = number(clock[0], digits: 2...2), hour < 24,
            let minute = number(clock[1], digits: 2...2), minute < 60,
            let second = number(clock[2], digits: 2...2), second <= 60
        else { return nil }
        if yearDigits == 2 { year += year < 70 ? 2000 : 1900 }
        let days = daysFromCivil(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// ASCII digits only (`Int("+5")` would accept a sign), with a length in `digits`.
    private static func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
