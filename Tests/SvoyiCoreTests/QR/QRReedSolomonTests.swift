import Testing

@testable import SvoyiCore

@Suite("QR Reed–Solomon and format information")
struct QRReedSolomonTests {
    /// The "HELLO WORLD" 1-M example (ISO/IEC 18004 Annex I, Thonky's tutorial): its 16 data codewords
    /// and the 10 error-correction codewords the standard lists for them.
    @Test func qrHelloWorldErrorCorrectionCodewords() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ec = QRReedSolomon(degree: 10).remainder(of: data)
        #expect(ec == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// The degree-10 generator polynomial as exponents of α, from the standard's Annex A.
    @Test func qrGeneratorPolynomialDegreeTen() {
        let exponents = QRReedSolomon(degree: 10).generator.map { QRGaloisField.logarithm[Int($0)] }
        #expect(exponents == [251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    }

    @Test func qrGaloisFieldTables() {
        #expect(QRGaloisField.exponent[8] == 0x1D)
        #expect(QRGaloisField.exponent[255] == 1)
        #expect(QRGaloisField.multiply(0x53, 0xCA) == QRGaloisField.multiply(0xCA, 0x53))
        for value in 1...255 {
            #expect(QRGaloisField.exponent[QRGaloisField.logarithm[value]] == UInt8(value))
        }
    }

    @Test(arguments: [
        (QRErrorCorrectionLevel.low, 0, 0b111_0111_1100_0100),
        (.low, 7, 0b110_1001_0111_0110),
        (.medium, 0, 0b101_0100_0001_0010),
        (.medium, 1, 0b101_0001_0010_0101),
        (.quartile, 0, 0b011_0101_0101_1111),
        (.high, 0, 0b001_0110_1000_1001),
        (.high, 7, 0b000_1000_0011_1011),
    ])
    func qrFormatInformation(level: QRErrorCorrectionLevel, mask: Int, expected: Int) {
        #expect(QRFormatInformation.formatBits(level: level, mask: mask) == expected)
    }

    @Test func qrVersionInformation() {
        #expect(QRFormatInformation.versionBits(7) == 0b000111_110010010100)
        #expect(QRFormatInformation.versionBits(40) == 0b101000_110001101001)
    }
}
