extension QRCode {
    /// The symbol as a compact, self-contained SVG document.
    ///
    /// One `<path>` draws every dark module, with horizontal runs merged into single rectangles; the
    /// `viewBox` counts modules, so the image scales cleanly, and `shape-rendering="crispEdges"` keeps
    /// module edges sharp. The `<title>` names the image for screen readers (`role="img"`).
    ///
    /// - Parameters:
    ///   - moduleSize: Pixels per module for the `width` and `height` attributes.
    ///   - quietZone: Light modules around the symbol; the standard asks for 4.
    ///   - foreground: The CSS colour of dark modules.
    ///   - background: The CSS colour of light modules and the quiet zone, or `nil` for transparent.
    ///   - title: What the code is for, e.g. "Запис до ЦНАП"; escaped for XML.
    public func svg(
        moduleSize: Int = 8, quietZone: Int = 4, foreground: String = "#000", background: String? = "#fff",
        title: String
    ) -> String {
        let quiet = max(0, quietZone)
        let extent = size + 2 * quiet
        let pixels = extent * max(1, moduleSize)
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                let run = x - start
                path += "M\(start + quiet) \(y + quiet)h\(run)v1h-\(run)z"
            }
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(extent) \(extent)\""
        svg += " width=\"\(pixels)\" height=\"\(pixels)\" shape-rendering=\"crispEdges\" role=\"img\">"
        svg += "<title>\(Self.escapeXML(title))</title>"
        if let background {
            svg += "<rect width=\"\(extent)\" height=\"\(extent)\" fill=\"\(Self.escapeXML(background))\"/>"
        }
        svg += "<path fill=\"\(Self.escapeXML(foreground))\" d=\"\(path)\"/></svg>"
        return svg
    }

    /// Escapes the five XML special characters for text and attribute values.
    static func escapeXML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
