/// One of the eight data mask patterns (ISO/IEC 18004 §7.8.2), `x` the column and `y` the row.
struct QRMask: Hashable, Sendable {
    /// 0…7, the reference written into the format information.
    let number: Int

    static let all = (0..<8).map(QRMask.init(number:))

    /// Whether the module at (`x`, `y`) is inverted.
    func flips(x: Int, y: Int) -> Bool {
        switch number {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }
}
