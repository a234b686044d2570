/// The password rules (OWASP ASVS 5.0 §6.2): length counts, composition does not. At least 12 characters, at
/// most 128, any characters including spaces and Cyrillic, not the login, not a well-known password.
public struct PasswordPolicy: Sendable {
    /// Why a password was refused.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        case tooShort(minimum: Int)
        case tooLong(maximum: Int)
        case containsLogin
        case common

        public var description: String {
            switch self {
            case .tooShort(let minimum): "shorter than \(minimum) characters"
            case .tooLong(let maximum): "longer than \(maximum) characters"
            case .containsLogin: "contains the login"
            case .common: "a well-known password"
            }
        }

        /// The rule in Ukrainian, for the form.
        public var messageUK: String {
            switch self {
            case .tooShort(let minimum): "Пароль має містити щонайменше \(minimum) символів."
            case .tooLong(let maximum): "Пароль може містити не більше \(maximum) символів."
            case .containsLogin: "Пароль не може містити логін."
            case .common: "Цей пароль надто поширений, його легко вгадати. Оберіть інший."
            }
        }
    }

    /// The shortest password accepted, in characters.
    public var minimumLength = 12
    /// The longest password accepted, in characters.
    public var maximumLength = 128

    public init() {}

    /// The first rule `password` breaks, or `nil`.
    public func problem(with password: String, login: String) -> Problem? {
        let length = password.count
        if length < minimumLength { return .tooShort(minimum: minimumLength) }
        if length > maximumLength { return .tooLong(maximum: maximumLength) }
        let lowered = password.lowercased()
        if !login.isEmpty, lowered.contains(login.lowercased()) { return .containsLogin }
        let squeezed = lowered.filter { !$0.isWhitespace }
        if Self.common.contains(squeezed) || Self.isRepetitive(squeezed) { return .common }
        return nil
    }

    /// One character or a short run repeated (`aaaaaaaaaaaa`, `abcabcabcabc`).
    static func isRepetitive(_ text: String) -> Bool {
        let characters = Array(text)
        guard !characters.isEmpty else { return false }
        for period in 1...3 where characters.count % period == 0 {
            let unit = characters.prefix(period)
            if stride(from: 0, to: characters.count, by: period).allSatisfy({ characters[$0..<($0 + period)] == unit })
            {
                return true
            }
        }
        return false
    }

    /// Well-known passwords of 12 characters or more from public breach lists, and local favourites.
    static let common: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123456789123", "qwertyuiop12", "qwertyuiopasdf",
        "qwerty123456", "qwerty1234567", "password1234", "password12345", "passwordpassword", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "zaq12wsxcde3", "qazwsxedcrfv", "iloveyou1234", "administrator", "administrator1",
        "admin1234567", "adminadminadmin", "letmein12345", "welcome12345", "abcdefghijkl", "abc123456789",
        "0987654321qw", "йцукенгшщзхї", "йцукенгшщзхъ", "славаукраїні", "славаукраїні!", "слава україні",
        "героямслава1", "україна12345", "пароль123456", "парольпароль",
    ]
}
