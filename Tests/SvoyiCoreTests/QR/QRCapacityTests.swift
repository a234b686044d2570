import Testing

@testable import SvoyiCore

@Suite("QR capacity and versions")
struct QRCapacityTests {
    /// Byte-mode capacities from the standard's Table 7.
    @Test(arguments: [
        (1, QRErrorCorrectionLevel.low, 17), (1, .medium, 14), (1, .quartile, 11), (1, .high, 7),
        (2, .low, 32), (7, .low, 154), (7, .high, 64), (10, .low, 271), (10, .medium, 213),
        (10, .quartile, 151), (10, .high, 119), (25, .medium, 997), (40, .low, 2953), (40, .medium, 2331),
        (40, .quartile, 1663), (40, .high, 1273),
    ])
    func qrByteCapacityBoundary(version: Int, level: QRErrorCorrectionLevel, capacity: Int) throws {
        #expect(QRVersion(number: version).byteCapacity(level) == capacity)
        let fits = try QRCode.encode(bytes: [UInt8](repeating: 0x61, count: capacity), level: level)
        #expect(fits.version == version)
        #expect(fits.size == 17 + 4 * version)
        if version < 40 {
            let over = try QRCode.encode(bytes: [UInt8](repeating: 0x61, count: capacity + 1), level: level)
            #expect(over.version == version + 1)
        } else {
            #expect(throws: QRCodeError.dataTooLong(byteCount: capacity + 1, level: level, capacity: capacity)) {
                try QRCode.encode(bytes: [UInt8](repeating: 0x61, count: capacity + 1), level: level)
            }
        }
    }

    /// Total codewords and block layouts for a few rows of Table 9.
    @Test func qrBlockStructure() {
        #expect(QRVersion(number: 1).totalCodewords == 26)
        #expect(QRVersion(number: 7).totalCodewords == 196)
        #expect(QRVersion(number: 40).totalCodewords == 3706)
        // 5-Q: 2 blocks of 15 and 2 of 16 data codewords, 18 EC codewords each.
        let five = QRVersion(number: 5)
        #expect(five.dataCodewords(.quartile) == 62)
        #expect(five.blockCount(.quartile) == 4 && five.ecCodewordsPerBlock(.quartile) == 18)
        // 40-H: 20 blocks of 15 and 61 of 16, 30 EC each.
        #expect(QRVersion(number: 40).dataCodewords(.high) == 20 * 15 + 61 * 16)
        for version in QRVersion.all {
            for level in QRErrorCorrectionLevel.allCases {
                // No block is left without data codewords.
                let perBlock = version.dataCodewords(level) / version.blockCount(level)
                #expect(perBlock >= 1, "\(version.number)-\(level)")
            }
        }
    }

    /// Alignment pattern centres from Annex E, Table E.1.
    @Test func qrAlignmentPositions() {
        #expect(QRVersion(number: 1).alignmentPositions == [])
        #expect(QRVersion(number: 2).alignmentPositions == [6, 18])
        #expect(QRVersion(number: 7).alignmentPositions == [6, 22, 38])
        #expect(QRVersion(number: 32).alignmentPositions == [6, 34, 60, 86, 112, 138])
        #expect(QRVersion(number: 36).alignmentPositions == [6, 24, 50, 76, 102, 128, 154])
        #expect(QRVersion(number: 40).alignmentPositions == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func qrFixedVersionErrors() {
        #expect(throws: QRCodeError.invalidVersion(41)) { try QRCode.encode("x", version: 41) }
        #expect(throws: QRCodeError.dataDoesNotFitVersion(byteCount: 15, version: 1, level: .medium, capacity: 14)) {
            try QRCode.encode(String(repeating: "x", count: 15), level: .medium, version: 1)
        }
        let fixed = try? QRCode.encode("x", level: .high, version: 12)
        #expect(fixed?.version == 12 && fixed?.size == 65)
        #expect(QRCodeError.dataTooLong(byteCount: 1, level: .low, capacity: 0).code == "qr.data_too_long")
    }
}
