extension SHA1.State {
    /// Compresses whole 64-byte blocks: big-endian loads, the 80-word schedule in a stack buffer,
    /// and each group of 20 rounds unrolled by five so that no variables are shuffled between rounds.
    mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            var offset = 0
            while offset < blocks.count {
                for i in 0..<16 {
                    w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset + 4 * i, as: UInt32.self))
                }
                for i in 16..<80 {
                    w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)
                }
                var a = h0
                var b = h1
                var c = h2
                var d = h3
                var e = h4
                var i = 0
                while i < 20 {
                    choiceRound(a, &b, c, d, &e, 0x5a82_7999 &+ w[i])
                    choiceRound(e, &a, b, c, &d, 0x5a82_7999 &+ w[i + 1])
                    choiceRound(d, &e, a, b, &c, 0x5a82_7999 &+ w[i + 2])
                    choiceRound(c, &d, e, a, &b, 0x5a82_7999 &+ w[i + 3])
                    choiceRound(b, &c, d, e, &a, 0x5a82_7999 &+ w[i + 4])
                    i += 5
                }
                while i < 40 {
                    parityRound(a, &b, c, d, &e, 0x6ed9_eba1 &+ w[i])
                    parityRound(e, &a, b, c, &d, 0x6ed9_eba1 &+ w[i + 1])
                    parityRound(d, &e, a, b, &c, 0x6ed9_eba1 &+ w[i + 2])
                    parityRound(c, &d, e, a, &b, 0x6ed9_eba1 &+ w[i + 3])
                    parityRound(b, &c, d, e, &a, 0x6ed9_eba1 &+ w[i + 4])
                    i += 5
                }
                while i < 60 {
                    majorityRound(a, &b, c, d, &e, 0x8f1b_bcdc &+ w[i])
                    majorityRound(e, &a, b, c, &d, 0x8f1b_bcdc &+ w[i + 1])
                    majorityRound(d, &e, a, b, &c, 0x8f1b_bcdc &+ w[i + 2])
                    majorityRound(c, &d, e, a, &b, 0x8f1b_bcdc &+ w[i + 3])
                    majorityRound(b, &c, d, e, &a, 0x8f1b_bcdc &+ w[i + 4])
                    i += 5
                }
                while i < 80 {
                    parityRound(a, &b, c, d, &e, 0xca62_c1d6 &+ w[i])
                    parityRound(e, &a, b, c, &d, 0xca62_c1d6 &+ w[i + 1])
                    parityRound(d, &e, a, b, &c, 0xca62_c1d6 &+ w[i + 2])
                    parityRound(c, &d, e, a, &b, 0xca62_c1d6 &+ w[i + 3])
                    parityRound(b, &c, d, e, &a, 0xca62_c1d6 &+ w[i + 4])
                    i += 5
                }
                h0 &+= a
                h1 &+= b
                h2 &+= c
                h3 &+= d
                h4 &+= e
                offset += 64
            }
        }
    }
}

/// One of rounds 0–19, with the choice function. The caller rotates the roles: `e` becomes the new `a`,
/// `b` is rotated into the new `c`.
@inline(__always)
private func choiceRound(_ a: UInt32, _ b: inout UInt32, _ c: UInt32, _ d: UInt32, _ e: inout UInt32, _ kw: UInt32) {
    e &+= rotl(a, 5) &+ (d ^ (b & (c ^ d))) &+ kw
    b = rotl(b, 30)
}

/// One of rounds 20–39 and 60–79, with the parity function.
@inline(__always)
private func parityRound(_ a: UInt32, _ b: inout UInt32, _ c: UInt32, _ d: UInt32, _ e: inout UInt32, _ kw: UInt32) {
    e &+= rotl(a, 5) &+ (b ^ c ^ d) &+ kw
    b = rotl(b, 30)
}

/// One of rounds 40–59, with the majority function.
@inline(__always)
private func majorityRound(_ a: UInt32, _ b: inout UInt32, _ c: UInt32, _ d: UInt32, _ e: inout UInt32, _ kw: UInt32) {
    e &+= rotl(a, 5) &+ ((b & c) | (d & (b | c))) &+ kw
    b = rotl(b, 30)
}

@inline(__always)
private func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &<< n) | (x &>> (32 &- n))
}
