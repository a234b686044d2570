import Foundation
import SvoyiCore
import Testing

@Suite("Design tokens")
struct WebDesignTokenContrastTests {
    @Test func contrastFormulaMatchesKnownValues() throws {
        let white = try #require(RGBColor(hex: "#fff"))
        let black = try #require(RGBColor(hex: "#000000"))
        #expect(abs(white.contrastRatio(with: black) - 21) < 0.001)
        // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
        let grey = try #require(RGBColor(hex: "#767676"))
        #expect(abs(grey.contrastRatio(with: white) - 4.54) < 0.01)
        #expect(RGBColor(hex: "767676") == nil && RGBColor(hex: "#12345") == nil && RGBColor(hex: "#ggg") == nil)
    }

    @Test(arguments: DesignTokens.contrastPairs)
    func tokenPairMeetsWCAGAA(pair: DesignTokens.ContrastPair) throws {
        let values = DesignTokens.customProperties(in: DesignTokens.css)
        let foreground = try #require(values[pair.foreground].flatMap(RGBColor.init(hex:)), "\(pair.foreground)")
        let background = try #require(values[pair.background].flatMap(RGBColor.init(hex:)), "\(pair.background)")
        let ratio = foreground.contrastRatio(with: background)
        #expect(ratio >= pair.minimum, "\(pair.foreground) on \(pair.background): \(ratio)")
    }

    @Test func tokensCoverTheAgreedScale() {
        let values = DesignTokens.customProperties(in: DesignTokens.css)
        #expect(values["--font-size-base"] == "1.125rem")  // 18 px
        #expect(values["--tap-target"] == "48px")
        for name in ["--radius-large", "--space-3", "--focus-width", "--font-family", "--color-focus"] {
            #expect(values[name] != nil, "\(name)")
        }
    }

    @Test func componentsUseOnlyDeclaredTokens() {
        let declared = DesignTokens.customProperties(in: DesignTokens.tokens)
        var rest = DesignTokens.components[...]
        while let start = rest.range(of: "var(--") {
            let name = rest[rest.index(start.lowerBound, offsetBy: 4)...].prefix { $0 != ")" && $0 != "," }
            #expect(declared[String(name)] != nil, "\(name)")
            rest = rest[start.upperBound...]
        }
    }

    @Test func hromadaColoursAreCheckedBeforeUse() throws {
        let css = try DesignTokens.stylesheet(overriding: ["--color-accent": "#0b4a8f"])
        #expect(css.hasSuffix(":root {\n  --color-accent: #0b4a8f;\n}\n"))
        #expect(throws: DesignTokens.ThemeError.unknownToken("--space-3")) {
            try DesignTokens.stylesheet(overriding: ["--space-3": "#000"])
        }
        #expect(throws: DesignTokens.ThemeError.notAHexColour(token: "--color-accent", value: "red;}body{x")) {
            try DesignTokens.stylesheet(overriding: ["--color-accent": "red;}body{x"])
        }
        #expect {
            try DesignTokens.stylesheet(overriding: ["--color-accent": "#ffd43b"])
        } throws: { error in
            guard case .insufficientContrast(let foreground, let background, _, _) = error as? DesignTokens.ThemeError
            else { return false }
            return foreground == "--color-accent-text" && background == "--color-accent"
        }
    }
}
