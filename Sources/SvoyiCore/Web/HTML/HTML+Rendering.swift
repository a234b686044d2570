extension HTML {
    /// Renders into one UTF-8 buffer, escaping text and attribute values on the way.
    public func renderBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(8_192)
        write(into: &output)
        return output
    }

    /// Renders to a string.
    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// Appends the markup of this piece to `output`.
    public func write(into output: inout [UInt8]) {
        switch node {
        case .doctype:
            output.append(contentsOf: "<!doctype html>".utf8)
        case .text(let text):
            HTMLEscaping.appendEscaped(text, to: &output)
        case .raw(let markup):
            output.append(contentsOf: markup.utf8)
        case .fragment(let children):
            for child in children { child.write(into: &output) }
        case .element(let tag, let attributes, let children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: tag.name.utf8)
            for attribute in attributes { attribute.write(into: &output) }
            output.append(UInt8(ascii: ">"))
            if tag.isVoid { return }
            for child in children { child.write(into: &output) }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: tag.name.utf8)
            output.append(UInt8(ascii: ">"))
        }
    }
}

extension HTMLAttribute {
    func write(into output: inout [UInt8]) {
        switch value {
        case .flag(false):
            return
        case .flag(true):
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: name.utf8)
        case .text(let text):
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: name.utf8)
            output.append(contentsOf: "=\"".utf8)
            let safe = HTMLURLPolicy.urlAttributes.contains(name) ? HTMLURLPolicy.sanitized(text) : text
            HTMLEscaping.appendEscaped(safe, to: &output)
            output.append(UInt8(ascii: "\""))
        }
    }
}

/// Escaping shared by text and attribute values: `& < > " '` become character references.
///
/// Every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so scanning bytes never splits a Ukrainian letter.
enum HTMLEscaping {
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
