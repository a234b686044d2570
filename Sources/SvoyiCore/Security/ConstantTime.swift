/// Comparisons whose running time does not depend on where secret bytes differ.
public enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes.
    ///
    /// Every byte up to the longer length is examined and the differences are OR-ed together,
    /// so the time depends only on the two lengths, never on the position of the first mismatch.
    /// A length difference is folded into the same accumulator instead of returning early.
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: a.count ^ b.count)
        let longer = max(a.count, b.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for index in 0..<longer {
                    // Out-of-range reads compare a zero against the other side; the length term above
                    // already makes the result false.
                    let x = index < a.count ? a[index] : 0
                    let y = index < b.count ? b[index] : 0
                    difference |= UInt(x ^ y)
                }
            }
        }
        return difference == 0
    }
}
