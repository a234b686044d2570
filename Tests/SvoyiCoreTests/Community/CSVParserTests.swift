import SvoyiCore
import Testing

@Suite struct CSVParserTests {
    static let tricky = Array(
        ("\u{FEFF}code,name_uk,note\r\n"
            + "a,\"Довідка, копія\",\"He said \"\"hi\"\"\"\r\n"
            + "b,\"two\nlines\",\n"
            + "c,,\"\"\r"
            + "d,last,no-newline").utf8)

    static let expected: [[String]] = [
        ["code", "name_uk", "note"],
        ["a", "Довідка, копія", "He said \"hi\""],
        ["b", "two\nlines", ""],
        ["c", "", ""],
        ["d", "last", "no-newline"],
    ]

    @Test func wholeTextParsesIntoRecords() throws {
        #expect(try CSVParser.parse(Self.tricky) == Self.expected)
    }

    @Test func byteByByteGivesTheSameRecords() throws {
        var parser = CSVParser()
        var records: [[String]] = []
        for byte in Self.tricky { records += try parser.feed([byte]) }
        records += try parser.finish()
        #expect(records == Self.expected)
    }

    @Test func randomSplitsGiveTheSameRecords() throws {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<200 {
            var parser = CSVParser()
            var records: [[String]] = []
            var start = 0
            while start < Self.tricky.count {
                let length = Int(generator.next() % 7) + 1
                let end = min(Self.tricky.count, start + length)
                records += try parser.feed(Self.tricky[start..<end])
                start = end
            }
            records += try parser.finish()
            #expect(records == Self.expected)
        }
    }

    @Test func recordsComeOutWhenTheirLineEnds() throws {
        var parser = CSVParser()
        #expect(try parser.feed(Array("a,b".utf8)).isEmpty)
        #expect(try parser.feed(Array("\r".utf8)) == [["a", "b"]])
        #expect(try parser.feed(Array("\nc".utf8)).isEmpty)
        #expect(try parser.finish() == [["c"]])
    }

    @Test func aByteOrderMarkOnlyCountsAtTheStart() throws {
        #expect(try CSVParser.parse(Array("\u{FEFF}x".utf8)) == [["x"]])
        #expect(try CSVParser.parse(Array("x,\u{FEFF}y".utf8)) == [["x", "\u{FEFF}y"]])
        // A prefix of the mark followed by other bytes is kept as text.
        #expect(try CSVParser.parse([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x41]) == [["\u{FEFF}A"]])
        #expect(throws: CSVError(row: 1, reason: .invalidUTF8)) { try CSVParser.parse([0xEF, 0xBB, 0x41]) }
    }

    @Test func blankLinesAreRecordsWithOneEmptyField() throws {
        #expect(try CSVParser.parse(Array("a\n\nb\n".utf8)) == [["a"], [""], ["b"]])
    }

    @Test func writerOutputReadsBackTheSame() throws {
        let records = [["plain", "with, comma", "with \"quote\"", "multi\r\nline", " padded ", ""], ["ю", "", "x"]]
        let text = CSVWriter.document(records, byteOrderMark: true)
        #expect(text.hasPrefix("\u{FEFF}plain,\"with, comma\",\"with \"\"quote\"\"\""))
        #expect(try CSVParser.parse(Array(text.utf8)) == records)
    }

    // MARK: One test per malformed input.

    @Test func unterminatedQuoteIsRejectedWithItsRow() {
        #expect(throws: CSVError(row: 2, reason: .unterminatedQuote)) {
            try CSVParser.parse(Array("a,b\nc,\"never closed\n,x\n".utf8))
        }
    }

    @Test func quoteInsideAnUnquotedFieldIsRejected() {
        #expect(throws: CSVError(row: 3, reason: .quoteInUnquotedField)) {
            try CSVParser.parse(Array("a\r\nb\r\nsay \"hi\"\r\n".utf8))
        }
    }

    @Test func textAfterAClosingQuoteIsRejected() {
        #expect(throws: CSVError(row: 1, reason: .characterAfterClosingQuote)) {
            try CSVParser.parse(Array("\"ab\"c,d\n".utf8))
        }
    }

    @Test func invalidUTF8IsRejectedWithItsRow() {
        // A row spanning two lines counts once: the bad byte is in record 3 (line 4).
        let bytes = Array("h\n\"x\ny\"\n".utf8) + [0x41, 0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: CSVError(row: 3, reason: .invalidUTF8)) { try CSVParser.parse(bytes) }
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try CSVParser.parse([UInt8]()) == [])
        #expect(try CSVParser.parse([0xEF, 0xBB, 0xBF]) == [])
    }
}

/// A small deterministic generator, so the random splits are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
