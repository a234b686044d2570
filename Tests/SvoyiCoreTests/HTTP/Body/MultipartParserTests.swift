import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct MultipartParserTests {
    static let boundary = "----SvoyiBoundary7MA4YWxk"
    static let contentType = "multipart/form-data; boundary=\(boundary)"

    /// A body whose file part holds text that almost looks like the delimiter, to test the held-back tail.
    static let tricky = Array(
        """
        This preamble is ignored.\r
        --\(boundary)\r
        Content-Disposition: form-data; name="title"\r
        \r
        Ремонт дороги\r
        --\(boundary)  \r
        content-disposition: form-data; name="scan"; filename="скан 1.pdf"\r
        Content-Type: application/pdf\r
        \r
        %PDF\r
        --\(boundary.dropLast())x\r
        --\r\n-\r
        --\(boundary)\r
        Content-Disposition: form-data; name="empty"\r
        \r
        \r
        --\(boundary)--\r
        epilogue --\(boundary)\r

        """.utf8)

    static let trickyFile = Array("%PDF\r\n--\(boundary.dropLast())x\r\n--\r\n-".utf8)

    func parse(
        _ chunks: [ArraySlice<UInt8>], limits: MultipartLimits = MultipartLimits(), directory: String = "/tmp"
    ) -> Result<[MultipartPart], MultipartError> {
        do {
            var parser = try MultipartParser(
                contentType: Self.contentType, limits: limits, temporaryDirectory: directory)
            for chunk in chunks { try parser.feed(chunk) }
            return .success(try parser.finish())
        } catch {
            return .failure(error)
        }
    }

    func whole(_ body: [UInt8], limits: MultipartLimits = MultipartLimits()) -> Result<[MultipartPart], MultipartError>
    {
        parse([body[...]], limits: limits)
    }

    func byteByByte(
        _ body: [UInt8], limits: MultipartLimits = MultipartLimits()
    ) -> Result<[MultipartPart], MultipartError> {
        parse(body.indices.map { body[$0...$0] }, limits: limits)
    }

    @Test func parsesFieldsAndFilesSkippingPreambleAndEpilogue() throws {
        let parts = try whole(Self.tricky).get()
        #expect(parts.map(\.name) == ["title", "scan", "empty"])
        #expect(parts[0].text == "Ремонт дороги")
        #expect(parts[0].filename == nil)
        #expect(parts[1].filename == "скан 1.pdf")
        #expect(parts[1].contentType == "application/pdf")
        #expect(try parts[1].bytes() == Self.trickyFile)
        #expect(parts[1].size == Self.trickyFile.count)
        #expect(parts[2].content == .memory([]))
    }

    @Test func byteByByteAndRandomSplitsGiveTheSameParts() throws {
        let expected = try whole(Self.tricky).get()
        #expect(try byteByByte(Self.tricky).get() == expected)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var chunks: [ArraySlice<UInt8>] = []
            var start = 0
            while start < Self.tricky.count {
                let end = min(Self.tricky.count, start + Int(generator.next() % 40) + 1)
                chunks.append(Self.tricky[start..<end])
                start = end
            }
            #expect(try parse(chunks).get() == expected)
        }
    }

    @Test func aPartOverTheThresholdIsStreamedToATemporaryFile() throws {
        let directory = try TemporaryDirectory("multipart")
        let big = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let body =
            part(name: "doc", headers: "; filename=\"a.bin\"", content: big)
            + part(name: "note", content: Array("hi".utf8)) + close()
        var generator = SplitMix64(seed: 11)
        var chunks: [ArraySlice<UInt8>] = []
        var start = 0
        while start < body.count {
            let end = min(body.count, start + Int(generator.next() % 700) + 1)
            chunks.append(body[start..<end])
            start = end
        }
        let parts = try parse(chunks, limits: MultipartLimits(memoryThreshold: 1024), directory: directory.url.path)
            .get()
        guard case .file(let path) = parts[0].content else {
            Issue.record("the large part stayed in memory")
            return
        }
        #expect(path.hasPrefix(directory.url.path + "/svoyi-upload-"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(big))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(parts[1].content == .memory(Array("hi".utf8)))
        MultipartForm(parts: parts).removeTemporaryFiles()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFailureRemovesTheFilesAlreadyWritten() throws {
        let directory = try TemporaryDirectory("multipart")
        let body =
            part(name: "doc", content: [UInt8](repeating: 65, count: 3000))
            + Array("--\(Self.boundary)\r\nX: y\r\n".utf8)
        let result = parse([body[...]], limits: MultipartLimits(memoryThreshold: 100), directory: directory.url.path)
        #expect(result.failure == .unexpectedEnd)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == [])
    }

    @Test func requestHelperAnswers415And400() throws {
        let plain = request(.post, "/u", headers: [("Content-Type", "text/plain")], body: [])
        #expect(throws: HTTPError(.unsupportedMediaType, "Expected multipart/form-data.")) { try plain.multipartForm() }
        let broken = request(.post, "/u", headers: [("Content-Type", Self.contentType)], body: Array("nothing".utf8))
        let error = #expect(throws: HTTPError.self) { try broken.multipartForm() }
        #expect(error?.status == .badRequest)
        #expect(error?.message == "The uploaded form is malformed.")
        let ok = request(.post, "/u", headers: [("Content-Type", Self.contentType)], body: Self.tricky)
        #expect(try ok.multipartForm()["title"]?.text == "Ремонт дороги")
    }

    // MARK: - Helpers

    func part(name: String, headers: String = "", content: [UInt8]) -> [UInt8] {
        Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\(headers)\r\n\r\n".utf8) + content
            + Array("\r\n".utf8)
    }

    func close() -> [UInt8] { Array("--\(Self.boundary)--\r\n".utf8) }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
