/// Reads Ukrainian phone numbers as people and messengers write them and gives their E.164 form.
///
/// | Input | Result |
/// |---|---|
/// | `0671234567`, `067 123 45 67`, `(067) 123-45-67` | `+380671234567` |
/// | `+380671234567`, `+38 (067) 123-45-67`, `380671234567` | `+380671234567` |
/// | `80671234567` (the old trunk prefix), `00380671234567` | `+380671234567` |
///
/// Spaces, hyphens, dots and parentheses are ignored; a `+` may only lead. The nine national digits must start
/// with 3–9 (Ukrainian area and operator codes). Anything else, including other countries' numbers, is refused.
public enum ResidentPhone {
    /// The E.164 form (`+380` and nine digits) of a Ukrainian number.
    ///
    /// - Throws: ``ResidentError/invalidPhone`` for anything that is not one.
    public static func normalise(_ input: String) throws(ResidentError) -> String {
        guard input.utf8.count <= 40 else { throw .invalidPhone }
        var digits: [UInt8] = []
        var plus = false
        for scalar in input.unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits.append(UInt8(scalar.value - 48))
            case "+" where digits.isEmpty && !plus:
                plus = true
            case " ", "\u{00A0}", "\t", "-", ".", "(", ")":
                continue
            default:
                throw .invalidPhone
            }
        }
        let international: ArraySlice<UInt8>
        switch (plus, digits.count) {
        case (true, 12), (false, 12): international = digits[...]
        case (false, 14) where digits.starts(with: [0, 0]): international = digits.dropFirst(2)
        case (false, 11) where digits.starts(with: [8, 0]): international = [3] + digits[...]
        case (false, 10) where digits.first == 0: international = [3, 8] + digits[...]
        default: throw .invalidPhone
        }
        let national = international.dropFirst(3)
        guard international.starts(with: [3, 8, 0]), let first = national.first, (3...9).contains(first) else {
            throw .invalidPhone
        }
        return "+" + international.map(String.init).joined()
    }
}
