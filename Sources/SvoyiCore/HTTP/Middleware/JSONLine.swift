/// A one-line JSON object writer for log lines: keys in the order given, strings escaped per RFC 8259.
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
        var out = "{"
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out += "," }
            escape(key, into: &out)
            out += ":"
            switch value {
            case .string(let text): escape(text, into: &out)
            case .int(let number): out += String(number)
            case .double(let number): out += number.isFinite ? String(number) : "null"
            case .null: out += "null"
            }
        }
        return out + "}"
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
