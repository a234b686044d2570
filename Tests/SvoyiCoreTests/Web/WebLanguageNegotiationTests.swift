import SvoyiCore
import Testing

@Suite("Language negotiation")
struct WebLanguageNegotiationTests {
    @Test(
        arguments: [
            ("uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", Language.uk),
            ("en-GB,en;q=0.9,uk;q=0.8", .en),
            ("en;q=0.5, uk;q=0.8", .uk),
            ("de-DE, en;q=0.3", .en),
            ("ru-RU,ru;q=0.9", nil),
            ("*", .uk),
            ("uk;q=0, en;q=0.1", .en),
            ("uk;q=0, *", nil),
            ("en;q=bogus, uk;q=0.9", .en),
            ("EN-us", .en),
            ("", nil),
            (" , ;q=1", nil),
        ] as [(String, Language?)])
    func acceptLanguage(header: String, expected: Language?) {
        #expect(LanguageNegotiation.preferred(acceptLanguage: header) == expected)
    }

    @Test func explicitChoiceBeatsTheBrowser() {
        #expect(LanguageNegotiation.negotiate(query: "en", cookie: "uk", acceptLanguage: "uk") == .en)
        #expect(LanguageNegotiation.negotiate(query: nil, cookie: "en", acceptLanguage: "uk") == .en)
        #expect(LanguageNegotiation.negotiate(query: "fr", cookie: nil, acceptLanguage: "en") == .en)
        #expect(LanguageNegotiation.negotiate(query: nil, cookie: "xx", acceptLanguage: nil) == .uk)
        #expect(LanguageNegotiation.negotiate(query: nil, cookie: nil, acceptLanguage: "ru, pl") == .uk)
    }

    @Test func languageTags() {
        #expect(Language(tag: "uk-UA") == .uk)
        #expect(Language(tag: " en ") == .en)
        #expect(Language(tag: "ukr") == nil)
        #expect(Language(tag: "") == nil)
    }
}
