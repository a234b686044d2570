/// One checked `field-name ":" OWS field-value OWS` line, as ranges of the buffer it was read from.
struct HTTPFieldLine {
    var name: Range<Int>
    /// The value without its surrounding whitespace.
    var value: Range<Int>

    /// Checks a field line (without its CRLF). Refuses obs-fold (a line that starts with SP or HTAB),
    /// whitespace between the name and the colon, a name that is not a token, and control bytes in the value.
    init(parsing bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) throws(HTTPParseError) {
        guard !HTTPBytes.isWhitespace(bytes[line.lowerBound]) else {
            throw .badRequest("obsolete line folding")
        }
        var index = line.lowerBound
        while index < line.upperBound && HTTPBytes.isToken(bytes[index]) { index += 1 }
        guard index < line.upperBound else { throw .badRequest("field line without a colon") }
        guard bytes[index] == HTTPBytes.colon else {
            throw .badRequest(
                HTTPBytes.isWhitespace(bytes[index])
                    ? "whitespace in or after a field name" : "invalid byte in a field name")
        }
        guard index > line.lowerBound else { throw .badRequest("empty field name") }
        name = line.lowerBound..<index
        value = HTTPBytes.trimmed(bytes, index + 1..<line.upperBound)
        for valueIndex in value where !HTTPBytes.isFieldValue(bytes[valueIndex]) {
            throw .badRequest("control byte in a field value")
        }
    }
}
