/// One of the forty symbol sizes, with the numbers the encoder derives from it.
struct QRVersion: Hashable, Sendable {
    /// 1…40.
    let number: Int

    static let all = (1...40).map(QRVersion.init(number:))

    /// Modules per side: 21 for version 1, four more per version.
    var size: Int { 17 + 4 * number }

    /// Modules left for codewords once every function pattern and the format and version areas are drawn.
    var rawDataModules: Int {
        var modules = (16 * number + 128) * number + 64
        if number >= 2 {
            let alignments = number / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if number >= 7 { modules -= 36 }
        }
        return modules
    }

    /// Total codewords (data and error correction); the leftover 0–7 modules are remainder bits.
    var totalCodewords: Int { rawDataModules / 8 }

    /// Error-correction codewords in each block at `level`.
    func ecCodewordsPerBlock(_ level: QRErrorCorrectionLevel) -> Int {
        QRBlockTable.ecCodewordsPerBlock[level.rawValue][number]
    }

    /// How many blocks the codewords are split into at `level`.
    func blockCount(_ level: QRErrorCorrectionLevel) -> Int {
        QRBlockTable.blockCount[level.rawValue][number]
    }

    /// Data codewords available at `level`.
    func dataCodewords(_ level: QRErrorCorrectionLevel) -> Int {
        totalCodewords - ecCodewordsPerBlock(level) * blockCount(level)
    }

    /// Bits in the byte-mode character count field: 8 up to version 9, 16 from version 10.
    var byteCountBits: Int { number <= 9 ? 8 : 16 }

    /// The most UTF-8 bytes a single byte-mode segment can carry at `level`.
    func byteCapacity(_ level: QRErrorCorrectionLevel) -> Int {
        let bits = dataCodewords(level) * 8 - 4 - byteCountBits
        return min(bits / 8, (1 << byteCountBits) - 1)
    }

    /// Centre coordinates of the alignment patterns along each axis (ISO/IEC 18004 Annex E).
    ///
    /// The first is always 6 and the last `size - 7`; the ones between are evenly spaced by an even step,
    /// rounded so that the gap next to 6 absorbs the remainder. The formula reproduces Table E.1 exactly.
    var alignmentPositions: [Int] {
        guard number >= 2 else { return [] }
        let count = number / 7 + 2
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var positions = [6]
        for index in 0..<(count - 1) {
            positions.insert(size - 7 - index * step, at: 1)
        }
        return positions
    }
}
