extension DesignTokens {
    /// Why a hromada's colours were refused.
    public enum ThemeError: Error, Equatable, Sendable {
        /// The token does not exist or is not a colour.
        case unknownToken(String)
        /// The value is not `#rgb` or `#rrggbb`.
        case notAHexColour(token: String, value: String)
        /// A pair would be harder to read than WCAG 2.1 AA allows.
        case insufficientContrast(foreground: String, background: String, ratio: Double, minimum: Double)
    }

    /// The custom properties (`--name: value;`) declared in a stylesheet, later declarations winning.
    public static func customProperties(in css: String) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in css.split(whereSeparator: { $0 == ";" || $0 == "{" || $0 == "}" }) {
            let text = declaration.split(separator: "\n").filter { !$0.contains("/*") }.joined(separator: " ")
            guard let colon = text.firstIndex(of: ":") else { continue }
            let name = text[..<colon].trimmingASCIIWhitespace()
            guard name.hasPrefix("--") else { continue }
            result[name] = text[text.index(after: colon)...].trimmingASCIIWhitespace()
        }
        return result
    }

    /// The default tokens by name.
    public static let defaultValues: [String: String] = customProperties(in: tokens)

    /// The stylesheet with a hromada's colours, for example `["--color-accent": "#005bbb"]`.
    ///
    /// Only colour tokens may be overridden, only with hex colours, and only when every pair in ``contrastPairs``
    /// still meets its minimum; otherwise the first problem is thrown and nothing changes.
    public static func stylesheet(overriding colours: [String: String]) throws(ThemeError) -> String {
        var values = defaultValues
        for (token, value) in colours.sorted(by: { $0.key < $1.key }) {
            guard token.hasPrefix("--color-"), values[token] != nil else { throw .unknownToken(token) }
            guard RGBColor(hex: value) != nil else { throw .notAHexColour(token: token, value: value) }
            values[token] = value
        }
        for pair in contrastPairs {
            guard let foreground = values[pair.foreground].flatMap(RGBColor.init(hex:)),
                let background = values[pair.background].flatMap(RGBColor.init(hex:))
            else { throw .unknownToken(pair.foreground) }
            let ratio = foreground.contrastRatio(with: background)
            if ratio < pair.minimum {
                throw .insufficientContrast(
                    foreground: pair.foreground, background: pair.background, ratio: ratio, minimum: pair.minimum)
            }
        }
        guard !colours.isEmpty else { return css }
        var override = ":root {\n"
        for (token, value) in colours.sorted(by: { $0.key < $1.key }) {
            override += "  \(token): \(value.trimmingASCIIWhitespace());\n"
        }
        return css + "/* Hromada colours */\n" + override + "}\n"
    }
}
