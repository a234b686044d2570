/// Byte classes and small scanners from RFC 9110 and RFC 9112, written over raw buffers so the parser
/// allocates nothing while it checks a line.
enum HTTPBytes {
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let colon: UInt8 = 0x3A
    static let comma: UInt8 = 0x2C
    static let semicolon: UInt8 = 0x3B

    /// `tchar`: the bytes of a method, a field name or a transfer coding.
    @inline(__always)
    static func isToken(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true  // digits and letters
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E: true  // ! # $ % & ' * + - .
        case 0x5E...0x60, 0x7C, 0x7E: true  // ^ _ ` | ~
        default: false
        }
    }

    /// SP, HTAB, visible ASCII or obs-text: what a field value may hold. Every other control byte (NUL, CR,
    /// LF, DEL, …) is refused.
    @inline(__always)
    static func isFieldValue(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    /// Visible ASCII except `#`: what a request target may hold (a fragment is never sent, and raw UTF-8 must
    /// be percent-encoded).
    @inline(__always)
    static func isTarget(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != 0x23
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    /// The first LF at or after `start`. Eight bytes at a time while no word holds an LF (the classic
    /// "has a zero byte" test on the word XOR a row of LFs), then byte by byte.
    @inline(__always)
    static func firstLF(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lfs = ones &* UInt64(lf)
        var index = start
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ lfs
            if (word &- ones) & ~word & (ones &* 0x80) != 0 { break }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == lf { return index }
            index += 1
        }
        return nil
    }

    /// Rethrows a line's error as "bare CR" when the line holds a CR: every line check refuses CR as an
    /// invalid byte, so the line is scanned for one only once it has already failed.
    static func namingBareCR<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ check: () throws(HTTPParseError) -> T
    ) throws(HTTPParseError) -> T {
        do {
            return try check()
        } catch {
            throw line.contains { bytes[$0] == cr } ? .bareCR : error
        }
    }

    /// Whether the bytes in `range` spell `name`; unless `exactly`, ASCII case is ignored and `name` must be
    /// given in lower case.
    static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: StaticString, exactly: Bool = false
    ) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for offset in 0..<range.count {
            let byte = bytes[range.lowerBound + offset]
            guard (exactly ? byte : lowercased(byte)) == expected[offset] else { return false }
        }
        return true
    }

    /// `range` without leading and trailing SP and HTAB.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && isWhitespace(bytes[start]) { start += 1 }
        while end > start && isWhitespace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// A non-empty run of ASCII digits as an Int; nil for anything else (a sign, a space, an overflow).
    /// Swift's `Int("+5")` accepts the sign, which is why this exists.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow1 && !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// Calls `body` with each non-empty, trimmed element of a comma-separated list (RFC 9110 §5.6.1:
    /// empty elements are ignored).
    static func forEachElement(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        _ body: (Range<Int>) throws(HTTPParseError) -> Void
    ) throws(HTTPParseError) {
        var start = range.lowerBound
        while start <= range.upperBound {
            var end = start
            while end < range.upperBound && bytes[end] != comma { end += 1 }
            let element = trimmed(bytes, start..<end)
            if !element.isEmpty { try body(element) }
            start = end + 1
        }
    }

    /// A String from bytes the parser has already checked.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
