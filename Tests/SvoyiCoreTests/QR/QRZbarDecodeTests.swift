import Foundation
import SvoyiTestSupport
import Testing

@testable import SvoyiCore

/// Renders codes as SVG, rasterises them with `rsvg-convert` and reads them back with `zbarimg`, an
/// independent decoder. Needs the Debian packages `zbar-tools` and `librsvg2-bin` (scripts/test installs
/// them); without them the test fails rather than skips.
@Suite("QR decoding with zbarimg")
struct QRZbarDecodeTests {
    static let samples = [
        "Вишнедольська громада: запис до ЦНАП",
        "https://svoyi.example/запис?послуга=паспорт&дата=2026-05-04#ЦНАП",
        "Черга №12 ✅ 🇺🇦 👩🏽‍💻 — «Ґанок», 'лапки' & <теги>\n",
    ]

    @Test(arguments: [1, 2, 7, 10, 25, 40])
    func qrDecodesWithZbarimgAtEveryLevel(version: Int) async throws {
        let directory = try TemporaryDirectory("svoyi-qr")
        for level in QRErrorCorrectionLevel.allCases {
            let text = Self.payload(filling: QRVersion(number: version).byteCapacity(level), offset: version)
            let code = try QRCode.encode(text, level: level)
            #expect(code.version == version, "\(version)-\(level): the smallest version should be chosen")
            try await Self.expectDecodes(code, text: text, label: "\(version)-\(level)", in: directory)
        }
    }

    /// Every data mask, forced in turn, still decodes: a wrong mask formula would not.
    @Test func qrDecodesWithZbarimgUnderEveryMask() async throws {
        let directory = try TemporaryDirectory("svoyi-qr")
        let text = "Маска: запис до ЦНАП 🇺🇦"
        for mask in QRMask.all {
            let code = try QRCode.encode(bytes: Array(text.utf8), level: .quartile, version: 4, mask: mask)
            try await Self.expectDecodes(code, text: text, label: "4-Q mask \(mask.number)", in: directory)
        }
    }

    /// Writes `code` as SVG, converts it to PNG and checks that zbarimg reads back exactly `text`.
    private static func expectDecodes(
        _ code: QRCode, text: String, label: String, in directory: TemporaryDirectory
    ) async throws {
        guard let zbarimg = tool("zbarimg"), let rsvg = tool("rsvg-convert") else { throw MissingTools() }
        let svgPath = directory.path("\(label).svg")
        let pngPath = directory.path("\(label).png")
        try Data(code.svg(moduleSize: 3, title: "QR \(label)").utf8).write(to: URL(fileURLWithPath: svgPath))
        let converted = try await ChildProcess.run(URL(fileURLWithPath: rsvg), ["-o", pngPath, svgPath])
        try #require(converted.ending == .exited(0), "rsvg-convert failed: \(converted.error)")
        let decoded = try await ChildProcess.run(URL(fileURLWithPath: zbarimg), ["--raw", "-q", "-Sbinary", pngPath])
        #expect(decoded.ending == .exited(0), "\(label): zbarimg found no code")
        // With -Sbinary zbarimg passes the symbol's bytes through untouched (no charset guessing) and
        // adds no newline, so the output must be exactly the UTF-8 we encoded (other bytes would not decode back).
        let exact = decoded.output == text
        #expect(exact, "\(label): decoded \(decoded.output.utf8.count) bytes, expected \(text.utf8.count)")
    }

    /// Sample text repeated and cut at a character boundary to at most `limit` UTF-8 bytes, but more than
    /// the previous version holds so that the encoder must pick this one.
    private static func payload(filling limit: Int, offset: Int) -> String {
        let source = (0..<200).map { samples[($0 + offset) % samples.count] }.joined(separator: " ")
        var result = ""
        var bytes = 0
        for character in source {
            let length = character.utf8.count
            if bytes + length > limit { break }
            result.append(character)
            bytes += length
        }
        return result
    }

    private static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The external decoder is not installed; the test fails instead of skipping (scripts/test installs it).
private struct MissingTools: Error, CustomStringConvertible {
    var description: String {
        "zbarimg or rsvg-convert is missing from PATH: install the Debian packages zbar-tools and librsvg2-bin"
    }
}
