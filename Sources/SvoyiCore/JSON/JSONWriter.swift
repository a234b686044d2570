/// Writes compact JSON into UTF-8 bytes, value by value, for the few hot paths where Foundation's `JSONEncoder`
/// (its `Encoder` containers, boxing and dynamic casts) costs more than the work around it: the web chat's answer
/// and the stored conversation state, once per message each.
///
/// The output is what `JSONEncoder` with `.withoutEscapingSlashes` writes for the same values in the same key order
/// (pass keys sorted to match `.sortedKeys`): strings escaped per RFC 8259 with `\b \f \n \r \t` and `\u00XX` for
/// the other control characters, everything else (slashes and non-ASCII included) as it is; numbers in Swift's
/// shortest round-trip form without a trailing `.0`.
///
/// Commas are placed by the writer: call ``key(_:)`` before each member value of an object.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.key("session"); json.string(token)
/// json.key("count"); json.integer(2)
/// json.endObject()
/// ```
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// A value (or a container's end) was just written, so the next member or element needs a comma first.
    private var afterValue = false

    /// An empty writer; `capacity` reserves room for the expected output.
    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The output as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `{`
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        afterValue = false
    }

    /// `}`
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        afterValue = true
    }

    /// `[`
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        afterValue = false
    }

    /// `]`
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        afterValue = true
    }

    /// An object member's name; its value comes next.
    public mutating func key(_ name: String) {
        separate()
        Self.appendEscaped(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    /// A string value.
    public mutating func string(_ value: String) {
        separate()
        Self.appendEscaped(value, to: &bytes)
        afterValue = true
    }

    /// An integer value.
    public mutating func integer(_ value: Int64) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        afterValue = true
    }

    /// A number, as `JSONEncoder` writes it: `35`, `12.5`, `1e+20`, `-0`. JSON has no NaN or infinity, so those
    /// throw `EncodingError.invalidValue` like `JSONEncoder` does.
    public mutating func number(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "\(value) is not a JSON number"))
        }
        separate()
        let text = value.description
        let utf8 = text.utf8
        if text.hasSuffix(".0") {
            bytes.append(contentsOf: utf8.prefix(utf8.count - 2))
        } else {
            bytes.append(contentsOf: utf8)
        }
        afterValue = true
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        afterValue = true
    }

    /// `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        afterValue = true
    }

    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    /// Appends `text` as a JSON string. Runs of bytes that need no escape (the usual case, Cyrillic included) are
    /// copied in one go.
    public static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)],
                        hexDigits[Int(byte & 0xF)],
                    ])
                }
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
