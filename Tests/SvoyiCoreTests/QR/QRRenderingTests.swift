import Foundation
import Testing

@testable import SvoyiCore

@Suite("QR rendering")
struct QRRenderingTests {
    @Test func qrSVGIsOnePathWithMergedRunsAndAnEscapedTitle() throws {
        let code = try QRCode.encode("https://svoyi.example/", level: .medium)
        let svg = code.svg(moduleSize: 3, quietZone: 4, foreground: "#123", title: "Запис <до> \"ЦНАП\" & 'більше'")
        let extent = code.size + 8
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(extent) \(extent)\""))
        #expect(svg.contains("width=\"\(extent * 3)\" height=\"\(extent * 3)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("<title>Запис &lt;до&gt; &quot;ЦНАП&quot; &amp; &apos;більше&apos;</title>"))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("<path fill=\"#123\" d=\"M4 4h7v1h-7z"))  // the top-left finder's first row
        #expect(svg.hasSuffix("\"/></svg>"))
        // Each run is one rectangle: as many as the rows' maximal dark runs.
        var runs = 0
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) && !code.isDark(x: x - 1, y: y) { runs += 1 }
        }
        #expect(svg.components(separatedBy: "z").count - 1 == runs)
    }

    @Test func qrSVGTransparentBackground() throws {
        let code = try QRCode.encode("a")
        #expect(!code.svg(background: nil, title: "a").contains("<rect"))
        #expect(code.svg(title: "a").contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"))
    }

    @Test func qrTerminalStringUsesHalfBlocksTwoRowsPerLine() throws {
        let code = try QRCode.encode("Svoyi", level: .low)
        #expect(code.size == 21)
        let text = code.terminalString(quietZone: 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == (21 + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == 25 })
        // Line 1 holds rows 0 and 1; the finder's top row is dark, its second row dark-light-…-dark.
        #expect(lines[1].hasPrefix("  █▀▀▀▀▀█"))
        let inverted = code.terminalString(inverted: true, quietZone: 2)
        #expect(Array(inverted.split(separator: "\n")[0]).allSatisfy { $0 == "█" })
        #expect(text.allSatisfy { " ▀▄█\n".contains($0) })
    }

    @Test func qrModulesOutsideTheSymbolAreLight() throws {
        let code = try QRCode.encode("x")
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: code.size))
        #expect(code.isDark(x: 0, y: 0) && code.isDark(x: 8, y: code.size - 8))  // finder, dark module
        #expect(!code.isDark(x: 7, y: 0))  // separator
        #expect((8..<(code.size - 8)).allSatisfy { code.isDark(x: 6, y: $0) == ($0 % 2 == 0) })
    }

    @Test func qrEveryMaskProducesTheSameFormatArea() throws {
        // Fixing the mask changes the data area but never the finders or the timing patterns.
        for mask in QRMask.all {
            let code = try QRCode.encode(bytes: Array("mask".utf8), level: .quartile, version: 2, mask: mask)
            #expect(code.mask == mask.number)
            #expect((8..<(code.size - 8)).allSatisfy { code.isDark(x: $0, y: 6) == ($0 % 2 == 0) })
        }
    }
}
