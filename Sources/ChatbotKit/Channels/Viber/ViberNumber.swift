/// An integer Viber sends as a JSON number that can exceed 2^53 (`message_token` 4912661846655238145, `sticker_id`),
/// kept as its exact decimal digits: it is never read through a floating-point value, which would round it.
///
/// Decodes from a JSON integer (up to 2^64 − 1) or from a string of digits (as some SDKs send it); encodes back as a
/// JSON integer.
public struct ViberNumber: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The decimal digits, with a leading `-` for a negative value.
    public let digits: String

    /// The number `value`.
    public init(_ value: Int64) {
        digits = String(value)
    }

    public init(integerLiteral value: Int64) {
        self.init(value)
    }

    /// The number written as `text` (an optional `-`, then 1–20 digits that fit in 64 bits), or `nil`.
    public init?(_ text: String) {
        if let signed = Int64(text) {
            digits = String(signed)
        } else if let unsigned = UInt64(text) {
            digits = String(unsigned)
        } else {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Integers are read from the number's own digits; a fraction or an exponent fails these instead of rounding.
        if let signed = try? container.decode(Int64.self) {
            digits = String(signed)
        } else if let unsigned = try? container.decode(UInt64.self) {
            digits = String(unsigned)
        } else if let text = try? container.decode(String.self), let number = ViberNumber(text) {
            self = number
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an integer of at most 64 bits")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let signed = Int64(digits) {
            try container.encode(signed)
        } else {
            try container.encode(UInt64(digits)!)
        }
    }

    public var description: String { digits }
}
