/// Why a QR code could not be made.
public enum QRCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is longer than a version 40 symbol holds at this level (2,953 bytes at L, 1,273 at H).
    case dataTooLong(byteCount: Int, level: QRErrorCorrectionLevel, capacity: Int)
    /// The text does not fit the version the caller asked for.
    case dataDoesNotFitVersion(byteCount: Int, version: Int, level: QRErrorCorrectionLevel, capacity: Int)
    /// The requested version is outside 1…40.
    case invalidVersion(Int)

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .dataTooLong: "qr.data_too_long"
        case .dataDoesNotFitVersion: "qr.data_does_not_fit_version"
        case .invalidVersion: "qr.invalid_version"
        }
    }

    /// A sentence for logs and the CLI; it never repeats the text itself.
    public var description: String {
        switch self {
        case .dataTooLong(let byteCount, let level, let capacity):
            "\(byteCount) bytes do not fit a QR code at level \(level): version 40 holds \(capacity)"
        case .dataDoesNotFitVersion(let byteCount, let version, let level, let capacity):
            "\(byteCount) bytes do not fit QR version \(version) at level \(level), which holds \(capacity)"
        case .invalidVersion(let version):
            "QR version \(version) does not exist; versions run from 1 to 40"
        }
    }
}
