/// Turns bytes into the final interleaved codeword sequence for one version and level
/// (ISO/IEC 18004 §7.4 data encoding, §7.5 error correction, §7.6 interleaving).
enum QRCodewords {
    /// The data codewords: byte-mode indicator, count, the bytes, terminator, bit padding, then the
    /// alternating pad codewords 0xEC 0x11. The bytes must fit ``QRVersion/byteCapacity(_:)``.
    static func data(_ bytes: [UInt8], version: QRVersion, level: QRErrorCorrectionLevel) -> [UInt8] {
        let capacityBits = version.dataCodewords(level) * 8
        var buffer = QRBitBuffer()
        buffer.append(0b0100, length: 4)
        buffer.append(bytes.count, length: version.byteCountBits)
        for byte in bytes { buffer.append(Int(byte), length: 8) }
        precondition(buffer.count <= capacityBits, "data exceeds the version's capacity")
        buffer.append(0, length: min(4, capacityBits - buffer.count))
        buffer.append(0, length: (8 - buffer.count % 8) % 8)
        var padding = 0xEC
        while buffer.count < capacityBits {
            buffer.append(padding, length: 8)
            padding ^= 0xEC ^ 0x11
        }
        return buffer.bytes
    }

    /// The data codewords split into blocks, each followed by its error correction, interleaved:
    /// first codeword of every block, then the second, and so on, then the error correction likewise.
    ///
    /// The short blocks come first and carry one data codeword less than the long ones.
    static func interleaved(data: [UInt8], version: QRVersion, level: QRErrorCorrectionLevel) -> [UInt8] {
        let blockCount = version.blockCount(level)
        let ecLength = version.ecCodewordsPerBlock(level)
        let longBlocks = version.dataCodewords(level) % blockCount
        let shortDataLength = version.dataCodewords(level) / blockCount
        precondition(data.count == version.dataCodewords(level), "wrong number of data codewords")

        let coder = QRReedSolomon(degree: ecLength)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var ecBlocks: [[UInt8]] = []
        var start = 0
        for block in 0..<blockCount {
            let length = shortDataLength + (block >= blockCount - longBlocks ? 1 : 0)
            let slice = data[start..<(start + length)]
            dataBlocks.append(slice)
            ecBlocks.append(coder.remainder(of: slice))
            start += length
        }

        var result: [UInt8] = []
        result.reserveCapacity(version.totalCodewords)
        for column in 0...shortDataLength {
            for block in dataBlocks where column < block.count {
                result.append(block[block.startIndex + column])
            }
        }
        for column in 0..<ecLength {
            for block in ecBlocks { result.append(block[column]) }
        }
        precondition(result.count == version.totalCodewords, "codeword count disagrees with the version")
        return result
    }
}
