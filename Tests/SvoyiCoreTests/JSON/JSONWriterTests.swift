import Foundation
import SvoyiCore
import Testing

/// The hand-written JSON must be what `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`) writes.
@Suite struct JSONWriterTests {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func foundation(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        var every = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }.joined()
        every += "/ é ї ʼ 💥 \u{2028}\u{2029} e\u{301} «лапки» \\u0041"
        for text in [every, "", "просто текст", "\"", "\\", "a\u{0}b"] {
            var json = JSONWriter()
            json.string(text)
            #expect(json.text == (try Self.foundation([text])).dropFirst().dropLast())
        }
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        let numbers: [Double] = [
            0, -0.0, 1, -1, 35, 12.5, 0.1, 49.15, 31.18, 1e15, 1e16, 1e20, 1e-7, 1.2345678901234568e17, 1e300,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1_795_593_661_500, 1_795_593_661_500.25,
        ]
        var json = JSONWriter()
        json.beginArray()
        for number in numbers { try json.number(number) }
        json.endArray()
        #expect(json.text == (try Self.foundation(numbers)))
    }

    @Test func aNumberJSONCannotHoldThrows() {
        var json = JSONWriter()
        for number in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try json.number(number) }
        }
        #expect(json.bytes.isEmpty)
    }

    @Test func containersPlaceTheirCommas() throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("a")
        json.beginArray()
        json.beginArray()
        json.endArray()
        json.beginObject()
        json.endObject()
        json.integer(-3)
        json.bool(false)
        json.null()
        json.endArray()
        json.key("b")
        json.string("x")
        json.endObject()
        #expect(json.text == #"{"a":[[],{},-3,false,null],"b":"x"}"#)
    }

    @Test func botMessagesAreWrittenAsTheirCodableForm() throws {
        let messages: [BotMessage] = [
            .text("Чим допомогти?\n<b>\"жирно\"</b>"),
            .text(
                "Оберіть", buttons: [BotButton(label: "Паспорт / ID", payload: "v1:main@1:home:0")]),
            .location("Укриття № 1", latitude: 49.15, longitude: 31.18, address: "вул. Шкільна, 1"),
            .location("Без адреси", latitude: -0.5, longitude: 180, address: nil),
            .link("Дія", url: "https://diia.gov.ua/services/id?x=1&y=2"),
            .request(.contact, prompt: "Поділіться номером"), .request(.location, prompt: "Де ви?"),
            BotMessage(
                kind: .text, text: "усе разом", buttons: [BotButton(label: "", payload: "")], latitude: 1,
                longitude: 2, address: "\t", url: "u", request: .location),
        ]
        for message in messages {
            var json = JSONWriter()
            try message.write(to: &json)
            #expect(json.text == (try Self.foundation(message)))
        }
    }

    @Test func conversationValuesAreWrittenAsTheirCodableFormAndReadBack() throws {
        let values: [ConversationValue] = [
            .text("ua"), .number(42), .number(12.5), .bool(true), .date(CivilDate(year: 2026, month: 11, day: 22)!),
            .location(latitude: 49.15, longitude: 31.18), .list([.text("a"), .list([.number(1)])]), .list([]),
        ]
        for value in values {
            var json = JSONWriter()
            try value.write(to: &json)
            let foundation = try Self.foundation(value)
            #expect(json.text == foundation)
            #expect(ConversationValue(json: try JSONValue.parse(json.bytes)) == value)
            #expect(try JSONDecoder().decode(ConversationValue.self, from: Data(json.bytes)) == value)
        }
        for unknown in [#"null"#, #"{"date":"2026-02-30"}"#, #"{"latitude":1}"#, #"{"date":"2026-01-01","x":1}"#] {
            #expect(ConversationValue(json: try JSONValue.parse(unknown)) == nil, "\(unknown)")
        }
    }
}
