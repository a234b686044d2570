/// Exact money arithmetic on kopecks (`Int64`) and decimal strings; no floating point touches an amount.
public enum Money {
    /// Hryvnias with two decimals: `15140` → `"151.40"`.
    public static func hryvnias(_ kopecks: Int64) -> String {
        let sign = kopecks < 0 ? "-" : ""
        let magnitude = kopecks.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Kopecks from hryvnias written `151`, `151.4` or `151.40` (a decimal comma is accepted too); `nil` for
    /// anything else, more than two decimals, or an amount too large.
    public static func kopecks(fromHryvnias text: String) -> Int64? {
        guard let (digits, scale) = decimal(text.replacing(",", with: ".")), scale <= 2 else { return nil }
        var value = digits
        for _ in scale..<2 {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = scaled
        }
        return value
    }

    /// `kopecks × multiple`, rounded half up to a whole kopeck, with `multiple` a non-negative decimal string
    /// (`"0.05"`): `multiply(302_800, by: "0.05")` is `15_140`. `nil` when the multiple is malformed or the
    /// product does not fit.
    public static func multiply(_ kopecks: Int64, by multiple: String) -> Int64? {
        guard kopecks >= 0, let (digits, scale) = decimal(multiple), scale <= 18 else { return nil }
        let (product, overflow) = digits.multipliedReportingOverflow(by: kopecks)
        if overflow { return nil }
        var divisor: Int64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: divisor)
        // Half up: a remainder of at least half the divisor rounds away from zero (both are non-negative).
        return remainder * 2 >= divisor && divisor > 1 ? quotient + 1 : quotient
    }

    /// `digits[.digits]` as an integer of all its digits and the number of decimals: `"0.05"` → `(5, 2)`.
    static func decimal(_ text: String) -> (digits: Int64, scale: Int)? {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        var value: Int64 = 0
        for part in parts {
            guard !part.isEmpty else { return nil }
            for byte in part {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let (scaled, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (added, overflow2) = scaled.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                value = added
            }
        }
        return (value, parts.count == 2 ? parts[1].count : 0)
    }
}
