import Foundation
import SvoyiCore
import Testing

/// ``JSONValue/parse(_:)``: well-formed documents, and one named test per malformed input.
@Suite struct JSONValueParsingTests {
    func refuses(_ text: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: JSONValue.ParseError.self, sourceLocation: sourceLocation) { try JSONValue.parse(text) }
        do {
            _ = try JSONValue.parse(text)
        } catch {
            #expect(error.reason == reason, sourceLocation: sourceLocation)
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try JSONValue.parse(
            " {\"a\": [1, -2.5e2, 0.125, true, false, null], \"b\": {\"c\": \"ї\\n\\u0041\\ud83d\\udca5\\/\"}, \"\": 0}\n"
        )
        #expect(
            value
                == .object([
                    "a": .array([.number(1), .number(-250), .number(0.125), .bool(true), .bool(false), .null]),
                    "b": .object(["c": .string("ї\nA💥/")]), "": .number(0),
                ]))
        #expect(value["b"]?["c"]?.string == "ї\nA💥/")
        #expect(value["a"]?.array?.first?.integer == 1)
        #expect(value["a"]?.array?[1].integer == -250)
        #expect(value["a"]?.array?[2].integer == nil)
        #expect(value["missing"] == nil)
        #expect(try JSONValue.parse("\"\"") == .string(""))
        #expect(try JSONValue.parse("[]") == .array([]))
        #expect(try JSONValue.parse("{}") == .object([:]))
        #expect(try JSONValue.parse(Array("-0".utf8)) == .number(-0.0))
    }

    @Test func numbersReadAsTheStandardLibraryReadsThem() throws {
        let texts = [
            "0", "-0", "7", "-7", "35", "1795593661500", "999999999999999", "-999999999999999", "1000000000000000",
            "9007199254740993", "12345678901234567890", "0.5", "-12.25", "1e3", "1E-3", "2.5e+10", "49.15",
        ]
        for text in texts {
            let parsed = try JSONValue.parse(text).number
            #expect(parsed == Double(text), "\(text)")
            #expect(parsed?.sign == Double(text)?.sign, "\(text)")
        }
    }

    @Test func agreesWithJSONSerializationOnTheWriterOutput() throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("text")
        json.string((0..<0x80).map { String(UnicodeScalar(UInt8($0))) }.joined() + "ґ💥")
        json.key("n")
        try json.number(1_795_593_661_500.25)
        json.endObject()
        let parsed = try JSONValue.parse(json.bytes)
        let foundation = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        #expect(parsed["text"]?.string == foundation?["text"] as? String)
        #expect(parsed["n"]?.number == 1_795_593_661_500.25)
    }

    @Test func anEmptyDocument() { refuses("", "unexpected end of input") }
    @Test func onlyWhitespace() { refuses(" \n", "unexpected end of input") }
    @Test func twoValues() { refuses("1 2", "unexpected data after the value") }
    @Test func aTrailingCommaInAnArray() { refuses("[1,]", "unexpected character") }
    @Test func aTrailingCommaInAnObject() { refuses(#"{"a":1,}"#, "expected a member name") }
    @Test func aMissingColon() { refuses(#"{"a" 1}"#, "expected ':'") }
    @Test func aMissingComma() { refuses("[1 2]", "expected ',' or ']'") }
    @Test func anUnclosedArray() { refuses("[1", "unexpected end of input") }
    @Test func anUnclosedObject() { refuses(#"{"a":1"#, "unexpected end of input") }
    @Test func anUnquotedName() { refuses("{a:1}", "expected a member name") }
    @Test func aRepeatedName() { refuses(#"{"a":1,"a":2}"#, "a repeated member name") }
    @Test func singleQuotes() { refuses("'a'", "unexpected character") }
    @Test func anUnterminatedString() { refuses(#""abc"#, "unterminated string") }
    @Test func aControlCharacterInAString() { refuses("\"a\tb\"", "a control character in a string") }
    @Test func anUnknownEscape() { refuses(#""\x""#, "an unknown escape") }
    @Test func aShortUnicodeEscape() { refuses(#""\u12zz""#, "expected four hex digits") }
    @Test func aLoneHighSurrogate() { refuses(#""\ud83d""#, "an unpaired surrogate") }
    @Test func aLoneLowSurrogate() { refuses(#""\udca5""#, "an unpaired surrogate") }
    @Test func aHighSurrogateWithoutItsLowHalf() { refuses(#""\ud83d\u0041""#, "an unpaired surrogate") }
    @Test func aLeadingZero() { refuses("01", "unexpected data after the value") }
    @Test func aBareMinus() { refuses("-", "expected a digit") }
    @Test func aDotWithoutDigits() { refuses("1.", "expected a digit after '.'") }
    @Test func anExponentWithoutDigits() { refuses("1e+", "expected a digit in the exponent") }
    @Test func aNumberOutOfRange() { refuses("1e400", "a number out of range") }
    @Test func notANumber() { refuses("NaN", "unexpected character") }
    @Test func aMisspeltLiteral() { refuses("tru", "unexpected end of input") }
    @Test func aWrongLiteral() { refuses("nul1", "unexpected character") }
    @Test func nestingTooDeep() {
        refuses(String(repeating: "[", count: 65) + String(repeating: "]", count: 65), "nested too deeply")
        #expect(throws: Never.self) {
            try JSONValue.parse(String(repeating: "[", count: 64) + String(repeating: "]", count: 64))
        }
    }

    @Test func invalidUTF8() {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }
    }

    @Test func theOffsetPointsAtTheProblem() {
        do {
            _ = try JSONValue.parse(#"{"a": [1, 2, x]}"#)
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 13)
            #expect(error.description == "unexpected character at byte 13")
        }
    }
}
