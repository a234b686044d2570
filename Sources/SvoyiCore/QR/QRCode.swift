/// A QR Code Model 2 symbol (ISO/IEC 18004) holding text in byte mode as UTF-8.
///
/// ```swift
/// let code = try QRCode.encode("Вишнедольська громада: запис до ЦНАП", level: .medium)
/// let svg = code.svg(title: "Запис до ЦНАП")
/// print(code.terminalString())
/// ```
///
/// The encoder picks the smallest version (size) that holds the text at the requested level unless a
/// version is given, draws every function pattern, and chooses the data mask with the lowest penalty.
/// The value is immutable and cheap to share.
public struct QRCode: Hashable, Sendable {
    /// The version, 1…40; the symbol is `17 + 4 × version` modules on a side.
    public let version: Int
    /// The error correction level the symbol was built with.
    public let level: QRErrorCorrectionLevel
    /// The data mask chosen, 0…7.
    public let mask: Int
    /// Modules per side, without the quiet zone.
    public let size: Int
    private let modules: [Bool]

    /// Whether the module in column `x` and row `y` (both from the top-left, 0-based) is dark.
    /// Coordinates outside the symbol, such as the quiet zone, are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` as UTF-8 in byte mode.
    ///
    /// - Parameters:
    ///   - text: Any Unicode text; Cyrillic and emoji take two to four bytes per character.
    ///   - level: The error correction level.
    ///   - version: A fixed version, 1…40, or `nil` for the smallest that fits.
    /// - Throws: ``QRCodeError/dataTooLong(byteCount:level:capacity:)`` when even version 40 is too
    ///   small, ``QRCodeError/dataDoesNotFitVersion(byteCount:version:level:capacity:)`` when the fixed
    ///   version is, ``QRCodeError/invalidVersion(_:)`` for a version outside 1…40.
    public static func encode(
        _ text: String, level: QRErrorCorrectionLevel = .medium, version: Int? = nil
    ) throws(QRCodeError) -> QRCode {
        try encode(bytes: Array(text.utf8), level: level, version: version)
    }

    /// Encodes raw bytes in byte mode; see ``encode(_:level:version:)``.
    public static func encode(
        bytes: [UInt8], level: QRErrorCorrectionLevel = .medium, version: Int? = nil
    ) throws(QRCodeError) -> QRCode {
        try encode(bytes: bytes, level: level, version: version, mask: nil)
    }

    /// The full encoder; `mask` fixes the data mask instead of choosing by penalty (for tests).
    static func encode(
        bytes: [UInt8], level: QRErrorCorrectionLevel, version requested: Int?, mask fixedMask: QRMask?
    ) throws(QRCodeError) -> QRCode {
        let version = try chooseVersion(byteCount: bytes.count, level: level, requested: requested)
        let data = QRCodewords.data(bytes, version: version, level: level)
        let codewords = QRCodewords.interleaved(data: data, version: version, level: level)
        var matrix = QRMatrix(version: version)
        matrix.placeCodewords(codewords)

        var best: (mask: QRMask, matrix: QRMatrix, penalty: Int)?
        for mask in fixedMask.map({ [$0] }) ?? QRMask.all {
            var candidate = matrix
            candidate.apply(mask)
            candidate.drawFormatBits(QRFormatInformation.formatBits(level: level, mask: mask.number))
            let penalty = fixedMask == nil ? candidate.penalty : 0
            if best == nil || penalty < best!.penalty { best = (mask, candidate, penalty) }
        }
        let chosen = best!
        return QRCode(
            version: version.number, level: level, mask: chosen.mask.number, size: chosen.matrix.size,
            modules: chosen.matrix.modules)
    }

    private init(version: Int, level: QRErrorCorrectionLevel, mask: Int, size: Int, modules: [Bool]) {
        self.version = version
        self.level = level
        self.mask = mask
        self.size = size
        self.modules = modules
    }

    /// The requested version if the bytes fit it, otherwise the smallest that does.
    private static func chooseVersion(
        byteCount: Int, level: QRErrorCorrectionLevel, requested: Int?
    ) throws(QRCodeError) -> QRVersion {
        if let requested {
            guard (1...40).contains(requested) else { throw .invalidVersion(requested) }
            let version = QRVersion(number: requested)
            guard byteCount <= version.byteCapacity(level) else {
                throw .dataDoesNotFitVersion(
                    byteCount: byteCount, version: requested, level: level, capacity: version.byteCapacity(level))
            }
            return version
        }
        guard let version = QRVersion.all.first(where: { byteCount <= $0.byteCapacity(level) }) else {
            throw .dataTooLong(byteCount: byteCount, level: level, capacity: QRVersion.all[39].byteCapacity(level))
        }
        return version
    }
}
