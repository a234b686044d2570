extension QRCode {
    /// The symbol as text for a terminal, two module rows per line using the Unicode half blocks
    /// `▀`, `▄`, `█` and space, with a quiet zone around it.
    ///
    /// - Parameters:
    ///   - inverted: `false` draws dark modules as glyphs, for a light terminal background; `true` draws
    ///     light modules as glyphs, for the usual dark background, so the printed code is dark on light.
    ///   - quietZone: Light modules around the symbol; 2 is usually enough on screen.
    /// - Returns: Lines separated by `\n`, with a trailing newline.
    public func terminalString(inverted: Bool = false, quietZone: Int = 2) -> String {
        let quiet = max(0, quietZone)
        let range = -quiet..<(size + quiet)
        func glyph(_ x: Int, _ y: Int) -> Bool { isDark(x: x, y: y) != inverted }
        var result = ""
        for top in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
            for x in range {
                let upper = glyph(x, top)
                let lower = top + 1 < range.upperBound ? glyph(x, top + 1) : false
                switch (upper, lower) {
                case (true, true): result += "█"
                case (true, false): result += "▀"
                case (false, true): result += "▄"
                case (false, false): result += " "
                }
            }
            result += "\n"
        }
        return result
    }
}
