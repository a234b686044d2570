/// A CLDR plural category: which form of a counted word to use.
public enum PluralCategory: Sendable, Hashable {
    /// Ukrainian: 1, 21, 31, 101 … (not 11, 111) — «1 день». English: exactly 1.
    case one
    /// Ukrainian: 2–4, 22–24, 102 … (not 12–14) — «2 дні».
    case few
    /// Ukrainian: 0, 5–20, 25–30, 111 … — «5 днів».
    case many
    /// Everything else (English plurals).
    case other

    /// The category of a whole number in Ukrainian (CLDR rules for `uk`, integers only).
    public static func ukrainian(_ count: Int) -> PluralCategory {
        let n = count.magnitude
        let lastDigit = n % 10
        let lastTwo = n % 100
        if lastDigit == 1 && lastTwo != 11 { return .one }
        if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
        return .many
    }
}
