/// How much of a QR code can be damaged and still be read (ISO/IEC 18004 §7.5.1).
///
/// Higher levels spend more codewords on Reed–Solomon error correction, so the same text needs a
/// larger symbol. ``medium`` suits screens and clean prints; ``quartile`` or ``high`` suit posters
/// outdoors or codes with a logo laid over them.
public enum QRErrorCorrectionLevel: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Level L: about 7 % of the codewords can be restored.
    case low = 0
    /// Level M: about 15 % of the codewords can be restored.
    case medium = 1
    /// Level Q: about 25 % of the codewords can be restored.
    case quartile = 2
    /// Level H: about 30 % of the codewords can be restored.
    case high = 3

    /// The standard's one-letter name: `L`, `M`, `Q` or `H`.
    public var description: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// The two bits this level contributes to the format information (L 01, M 00, Q 11, H 10).
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
