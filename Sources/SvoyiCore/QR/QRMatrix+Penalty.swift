extension QRMatrix {
    /// The mask evaluation score (ISO/IEC 18004 §7.8.3): lower is easier to scan.
    ///
    /// - N1: 3 + (length − 5) for each run of five or more same-coloured modules in a row or column.
    /// - N2: 3 for each 2×2 block of one colour (overlapping blocks all count).
    /// - N3: 40 for each 1:1:3:1:1 finder-like pattern with four light modules on either side
    ///   (beyond the edge counts as light, as the quiet zone is).
    /// - N4: 10 for each full 5 % the proportion of dark modules strays from half.
    var penalty: Int {
        var score = 0
        for line in 0..<size {
            let row = (0..<size).map { self[$0, line] }
            let column = (0..<size).map { self[line, $0] }
            score += Self.runPenalty(row) + Self.finderPenalty(row)
            score += Self.runPenalty(column) + Self.finderPenalty(column)
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = self[x, y]
                if colour == self[x + 1, y] && colour == self[x, y + 1] && colour == self[x + 1, y + 1] {
                    score += 3
                }
            }
        }
        let dark = modules.count { $0 }
        let total = size * size
        score += abs(dark * 100 / total - 50) / 5 * 10
        return score
    }

    /// N1 for one line.
    private static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runLength = 1
        for index in 1...line.count {
            if index < line.count && line[index] == line[index - 1] {
                runLength += 1
            } else {
                if runLength >= 5 { score += 3 + runLength - 5 }
                runLength = 1
            }
        }
        return score
    }

    /// N3 for one line.
    private static func finderPenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        func isLight(_ range: Range<Int>) -> Bool {
            range.allSatisfy { $0 < 0 || $0 >= line.count || !line[$0] }
        }
        var score = 0
        for start in 0...(line.count - pattern.count)
        where line[start] && pattern.indices.allSatisfy({ line[start + $0] == pattern[$0] }) {
            let end = start + pattern.count
            if isLight((start - 4)..<start) || isLight(end..<(end + 4)) { score += 40 }
        }
        return score
    }
}
