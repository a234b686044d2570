/// Percent-decoding of URL paths, query strings and form bodies (RFC 3986 §2.1, WHATWG
/// `application/x-www-form-urlencoded`).
enum PercentDecoding {
    /// The text `bytes` encode: `%XX` becomes the byte `XX`, and `+` a space when `plusAsSpace`. `nil` when a `%`
    /// is not followed by two hex digits, when the result is not UTF-8, or when it contains NUL.
    static func decode(_ bytes: some Collection<UInt8>, plusAsSpace: Bool) -> String? {
        let needsWork = bytes.contains { $0 == 37 || ($0 == 43 && plusAsSpace) || $0 == 0 || $0 >= 0x80 }
        if !needsWork { return String(decoding: bytes, as: UTF8.self) }  // plain ASCII: no copy loop
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 37 {  // %
                let first = bytes.index(after: index)
                guard first != bytes.endIndex else { return nil }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, let high = hexValue(bytes[first]), let low = hexValue(bytes[second])
                else { return nil }
                out.append(high << 4 | low)
                index = bytes.index(after: second)
                continue
            }
            out.append(byte == 43 && plusAsSpace ? 32 : byte)
            index = bytes.index(after: index)
        }
        guard !out.contains(0) else { return nil }
        return String(validating: out, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }
}
