import SvoyiCore
import Testing

/// One test per malformed `multipart/form-data` input; each must fail the same way fed whole and byte by byte.
@Suite struct MultipartMalformedTests {
    let boundary = MultipartParserTests.boundary
    let helper = MultipartParserTests()

    func expectFailure(
        _ text: String, _ error: MultipartError, limits: MultipartLimits = MultipartLimits(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let body = Array(text.utf8)
        #expect(helper.whole(body, limits: limits).failure == error, sourceLocation: sourceLocation)
        #expect(helper.byteByByte(body, limits: limits).failure == error, sourceLocation: sourceLocation)
    }

    func disposition(_ value: String) -> String {
        "--\(boundary)\r\nContent-Disposition: \(value)\r\n\r\nx\r\n--\(boundary)--\r\n"
    }

    @Test func contentTypeWithoutBoundaryIsRefused() {
        #expect(throws: MultipartError.missingBoundary) {
            try MultipartParser(
                contentType: "multipart/form-data", limits: MultipartLimits(), temporaryDirectory: "/tmp")
        }
    }

    @Test func boundaryTooLongOrWithBadCharactersIsRefused() {
        for value in [String(repeating: "a", count: 71), "a@b", "\"\"", "\"ab \"", "ключ"] {
            #expect(throws: MultipartError.invalidBoundary) {
                try MultipartParser(
                    contentType: "multipart/form-data; boundary=\(value)", limits: MultipartLimits(),
                    temporaryDirectory: "/tmp")
            }
        }
    }

    @Test func quotedBoundaryIsAccepted() throws {
        var parser = try MultipartParser(
            contentType: "multipart/form-data; boundary=\"a b\"", limits: MultipartLimits(), temporaryDirectory: "/tmp")
        try parser.feed(Array("--a b\r\nContent-Disposition: form-data; name=n\r\n\r\nv\r\n--a b--".utf8))
        #expect(try parser.finish().first?.text == "v")
    }

    @Test func emptyBody() {
        expectFailure("", .unexpectedEnd)
    }

    @Test func bodyWithoutAnyBoundary() {
        expectFailure("name=value&other=1", .unexpectedEnd)
    }

    @Test func preambleLongerThanTheLimit() {
        expectFailure(
            String(repeating: "x", count: 200), .missingOpeningBoundary,
            limits: MultipartLimits(maximumHeaderBytes: 100))
    }

    @Test func garbageAfterABoundary() {
        expectFailure(
            "--\(boundary)xyz\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--\(boundary)--",
            .invalidBoundaryLine)
    }

    @Test func boundaryFollowedByABareLineFeed() {
        expectFailure(
            "--\(boundary)\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--\(boundary)--", .invalidBoundaryLine)
    }

    @Test func headerLineWithoutAColon() {
        expectFailure("--\(boundary)\r\nContent-Disposition form-data\r\n\r\n1\r\n--\(boundary)--", .malformedHeader)
    }

    @Test func foldedHeaderLine() {
        expectFailure(
            "--\(boundary)\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\n1\r\n--\(boundary)--", .malformedHeader)
    }

    @Test func headerLineEndingInABareLineFeed() {
        expectFailure(
            "--\(boundary)\r\nContent-Disposition: form-data; name=a\n\r\n1\r\n--\(boundary)--", .malformedHeader)
    }

    @Test func headerBlockLongerThanTheLimit() {
        let long = "--\(boundary)\r\nX-Long: \(String(repeating: "y", count: 300))\r\n"
        expectFailure(long, .headersTooLong, limits: MultipartLimits(maximumHeaderBytes: 256))
    }

    @Test func partWithoutContentDisposition() {
        expectFailure(
            "--\(boundary)\r\nContent-Type: text/plain\r\n\r\n1\r\n--\(boundary)--", .missingContentDisposition)
    }

    @Test func dispositionThatIsNotFormData() {
        expectFailure(disposition("attachment; name=\"a\""), .notFormData)
    }

    @Test func dispositionWithoutAName() {
        expectFailure(disposition("form-data; filename=\"a.txt\""), .missingName)
    }

    @Test func dispositionWithAnEmptyName() {
        expectFailure(disposition("form-data; name=\"\""), .missingName)
    }

    @Test func dispositionWithAnUnterminatedQuotedName() {
        expectFailure(disposition("form-data; name=\"abc"), .missingName)
    }

    @Test func bodyEndingInsideHeaders() {
        expectFailure("--\(boundary)\r\nContent-Disposition: form-da", .unexpectedEnd)
    }

    @Test func bodyEndingInsideAPart() {
        expectFailure("--\(boundary)\r\nContent-Disposition: form-data; name=a\r\n\r\nhalf a valu", .unexpectedEnd)
    }

    @Test func bodyEndingAfterADelimiterWithoutTheClosingDashes() {
        expectFailure(
            "--\(boundary)\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--\(boundary)\r\n", .unexpectedEnd)
    }

    @Test func moreThanTheMaximumNumberOfParts() {
        let one = "--\(boundary)\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n"
        expectFailure(
            String(repeating: one, count: 4) + "--\(boundary)--", .tooManyParts,
            limits: MultipartLimits(maximumParts: 3))
    }

    @Test func onePartOverThePartLimit() {
        let text =
            "--\(boundary)\r\nContent-Disposition: form-data; name=a\r\n\r\n\(String(repeating: "z", count: 101))\r\n--\(boundary)--"
        expectFailure(text, .partTooLarge, limits: MultipartLimits(maximumPartBytes: 100))
    }

    @Test func partsTogetherOverTheTotalLimit() {
        let one =
            "--\(boundary)\r\nContent-Disposition: form-data; name=a\r\n\r\n\(String(repeating: "z", count: 60))\r\n"
        expectFailure(one + one + "--\(boundary)--", .tooLarge, limits: MultipartLimits(maximumTotalBytes: 100))
    }

    @Test func limitErrorsAre413AndMalformedAre400() {
        #expect(MultipartError.partTooLarge.httpError.status == .contentTooLarge)
        #expect(MultipartError.tooManyParts.httpError.status == .contentTooLarge)
        #expect(MultipartError.malformedHeader.httpError.status == .badRequest)
        #expect(MultipartError.temporaryFileFailed(errno: 28).httpError.status == .internalServerError)
    }
}
