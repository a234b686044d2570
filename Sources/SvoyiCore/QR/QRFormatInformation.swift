/// The BCH-protected format and version information (ISO/IEC 18004 §7.9 and §7.10).
enum QRFormatInformation {
    /// The 15 format bits for a level and mask: five data bits, ten BCH(15,5) bits with generator
    /// 0x537, XORed with 0x5412 so the result is never all zero.
    static func formatBits(level: QRErrorCorrectionLevel, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data << 10, generator: 0x537)) ^ 0x5412
    }

    /// The 18 version bits for versions 7 and up: six data bits, twelve BCH(18,6) bits with
    /// generator 0x1F25.
    static func versionBits(_ version: Int) -> Int {
        version << 12 | bchRemainder(version << 12, generator: 0x1F25)
    }

    /// The remainder of polynomial division over GF(2).
    private static func bchRemainder(_ value: Int, generator: Int) -> Int {
        let generatorDegree = Int.bitWidth - generator.leadingZeroBitCount - 1
        var remainder = value
        while remainder != 0, Int.bitWidth - remainder.leadingZeroBitCount - 1 >= generatorDegree {
            let shift = (Int.bitWidth - remainder.leadingZeroBitCount - 1) - generatorDegree
            remainder ^= generator << shift
        }
        return remainder
    }
}
