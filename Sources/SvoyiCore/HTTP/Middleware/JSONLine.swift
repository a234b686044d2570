/// A one-line JSON object writer for log lines: keys in the order given, strings escaped per RFC 8259.
///
/// Built on UTF-8 bytes: text that needs no escaping (the usual case) is copied in one go.
enum JSONLine {
    /// A JSON value a log line may hold.
    enum Value {
        case string(String)
        case int(Int)
        case double(Double)
        case null
    }

    /// `{"key":value,…}` on one line.
    static func object(_ members: [(String, Value)]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(192)
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            escape(key, into: &out)
            out.append(UInt8(ascii: ":"))
            switch value {
            case .string(let text): escape(text, into: &out)
            case .int(let number): out.append(contentsOf: String(number).utf8)
            case .double(let number): out.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
            case .null: out.append(contentsOf: "null".utf8)
            }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string. Multi-byte UTF-8 passes through; quotes, backslashes and control
    /// characters are escaped.
    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: bytes[start..<index])
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)],
                    ])
                }
                start = index + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
