/// The module grid while a symbol is being built: which modules are dark, and which belong to
/// function patterns (and so take no data and no mask).
struct QRMatrix: Sendable {
    let size: Int
    private(set) var modules: [Bool]
    private(set) var isFunction: [Bool]

    /// An all-light grid for `version` with every function pattern drawn and the format area reserved.
    init(version: QRVersion) {
        size = version.size
        modules = [Bool](repeating: false, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawTimingPatterns()
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinder(centreX: x, centreY: y) }
        drawAlignmentPatterns(version.alignmentPositions)
        drawFormatBits(0)  // reserves the area; the real bits come once the mask is chosen
        if version.number >= 7 { drawVersionBits(QRFormatInformation.versionBits(version.number)) }
    }

    subscript(x: Int, y: Int) -> Bool {
        get { modules[y * size + x] }
        set { modules[y * size + x] = newValue }
    }

    func isFunction(x: Int, y: Int) -> Bool { isFunction[y * size + x] }

    private mutating func setFunction(x: Int, y: Int, _ dark: Bool) {
        self[x, y] = dark
        isFunction[y * size + x] = true
    }

    /// Row 6 and column 6 alternate dark and light, dark on even coordinates.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunction(x: 6, y: index, index % 2 == 0)
            setFunction(x: index, y: 6, index % 2 == 0)
        }
    }

    /// A 7×7 finder with its one-module light separator, clipped at the symbol's edge.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx
                let y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern at every pair of positions except the three that overlap the finders.
    private mutating func drawAlignmentPatterns(_ positions: [Int]) {
        let last = positions.count - 1
        for (i, centreX) in positions.enumerated() {
            for (j, centreY) in positions.enumerated() {
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: centreX + dx, y: centreY + dy, max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// Both copies of the 15 format bits (bit 0 least significant), and the dark module.
    mutating func drawFormatBits(_ bits: Int) {
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the top-left finder.
        for index in 0...5 { setFunction(x: 8, y: index, bit(index)) }
        setFunction(x: 8, y: 7, bit(6))
        setFunction(x: 8, y: 8, bit(7))
        setFunction(x: 7, y: 8, bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, bit(index)) }
        // Split between the top-right and bottom-left finders.
        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, bit(index)) }
        setFunction(x: 8, y: size - 8, true)
    }

    /// The two 6×3 version blocks, next to the top-right and bottom-left finders.
    private mutating func drawVersionBits(_ bits: Int) {
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3
            let b = index / 3
            setFunction(x: a, y: b, dark)
            setFunction(x: b, y: a, dark)
        }
    }

    /// Places the codewords in the two-column zigzag from the bottom-right corner, skipping function
    /// modules and the vertical timing column; modules left over are the remainder bits, light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction(x: x, y: y) && index < bitCount {
                    self[x, y] = (codewords[index >> 3] >> (7 - UInt8(index & 7))) & 1 == 1
                    index += 1
                }
            }
            right -= 2
        }
        precondition(index == bitCount, "codewords do not fill the symbol")
    }

    /// Flips every non-function module where `mask` says so; applying it twice undoes it.
    mutating func apply(_ mask: QRMask) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && mask.flips(x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }
}
