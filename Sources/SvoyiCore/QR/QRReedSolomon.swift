/// Reed–Solomon error correction codewords for one block (ISO/IEC 18004 §7.5.2).
struct QRReedSolomon: Sendable {
    /// The generator polynomial's coefficients below the leading 1, highest degree first:
    /// (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
    let generator: [UInt8]

    /// A coder that produces `degree` error-correction codewords per block.
    init(degree: Int) {
        precondition((1...255).contains(degree), "Reed–Solomon degree out of range")
        // Coefficients highest degree first, leading 1 left implicit.
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            // Multiply by (x − root); in GF(2⁸) subtraction is XOR.
            for index in 0..<degree {
                coefficients[index] = QRGaloisField.multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = QRGaloisField.multiply(root, 2)
        }
        generator = coefficients
    }

    /// The remainder of `data`·xⁿ divided by the generator: the block's error-correction codewords.
    func remainder(of data: some Sequence<UInt8>) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices {
                result[index] ^= QRGaloisField.multiply(generator[index], factor)
            }
        }
        return result
    }
}
