public import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): a number of seconds or an HTTP-date.
public enum HTTPRetryAfter {
    /// Longer waits are clamped to this, so absurd values cannot overflow.
    static let longest: Duration = .seconds(1_000_000_000)

    /// How long `value` asks the client to wait, measured from `now`; nil when it is neither form.
    ///
    /// A date in the past means no wait. A delay is digits only: a sign, a fraction or spaces inside make
    /// the value invalid.
    public static func delay(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) {
            guard text.utf8.count <= 10, let seconds = Int64(text) else { return longest }
            return min(.seconds(seconds), longest)
        }
        guard let date = HTTPDate.parse(text) else { return nil }
        let seconds = date.timeIntervalSince(now)
        guard seconds > 0 else { return .zero }
        return min(.milliseconds(Int64((min(seconds, 1e9) * 1000).rounded(.up))), longest)
    }
}
