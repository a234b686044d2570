import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct FAQMatcherTests {
    static let family = EngineFixtures.dialogue(
        """
        {"schema": "svoyi-dialogue/1", "id": "family", "version": 1, "kind": "consultation",
         "title": {"uk": "Довідка про склад сім'ї", "en": "Household composition certificate"}, "start": "e",
         "keywords": [{"uk": "склад сім’ї"}, {"uk": "зареєстровані особи"}],
         "nodes": {"e": {"kind": "end"}}}
        """)
    static let land = EngineFixtures.dialogue(
        """
        {"schema": "svoyi-dialogue/1", "id": "land", "version": 1, "kind": "consultation",
         "title": {"uk": "Витяг з Державного земельного кадастру"}, "start": "e",
         "keywords": [{"uk": "земельна ділянка"}, {"uk": "кадастровий номер"}, {"uk": "ґрунт"}],
         "nodes": {"e": {"kind": "end"}}}
        """)
    let matcher = FAQMatcher(dialogues: EngineFixtures.all + [family, land])

    func match(_ text: String) -> String? { matcher.bestMatch(for: text)?.dialogueID }

    @Test func normalisationFoldsCaseApostrophesAndLetters() {
        #expect(UkrainianText.normalise("Сім’ї") == UkrainianText.normalise("сімʼї"))
        #expect(UkrainianText.normalise("СІМ'Ї!") == "сім'і")
        #expect(UkrainianText.normalise("Ґанок, Європа…") == "ганок европа")
        #expect(UkrainianText.words("Де мені взяти довідку?") == ["взяти", "довідку"])
    }

    @Test func stemsDropCommonEndings() {
        #expect(
            Set(["паспорт", "паспорта", "паспортом", "паспорти", "паспортів"].map(UkrainianText.stem)) == ["паспорт"])
        #expect(UkrainianText.stem("ділянки") == UkrainianText.stem("ділянка"))
        #expect(UkrainianText.stem("дім") == "дім")
        #expect(UkrainianText.stem("passports") == "passport")
    }

    @Test func damerauLevenshteinCountsSwapsAsOneEdit() {
        #expect(UkrainianText.distance("паспорт", "паспорт") == 0)
        #expect(UkrainianText.distance("паспорт", "пасопрт") == 1)
        #expect(UkrainianText.distance("паспорт", "пасорт") == 1)
        #expect(UkrainianText.distance("паспорт", "пашпорт") == 1)
        #expect(UkrainianText.distance("паспорт", "спорт") == 2)
        #expect(UkrainianText.distance("", "abc") == 3)
        #expect(UkrainianText.similar("кадастр", "кадастер"))
        #expect(!UkrainianText.similar("дім", "дих"), "short words must match exactly")
    }

    @Test func ukrainianVariantsFindTheirDialogue() {
        #expect(match("Потрібна довідка про склад сім'ї") == "family")
        #expect(match("СКЛАД СІМʼЇ") == "family")
        #expect(match("склад сімї") == "family")
        #expect(match("хочу обміняти паспорт") == "idcard")
        #expect(match("пасопрт") == "idcard")
        #expect(match("паспорта") == "idcard")
        #expect(match("мій кадастровий номер ділянки") == "land")
        #expect(match("земельну ділянку") == "land")
        #expect(match("грунт") == "land")
        #expect(match("where is the nearest shelter") == "shelters")
        #expect(match("витяг земельного кадастру") == "land", "from the title")
    }

    @Test func unrelatedTextMatchesNothing() {
        #expect(match("котра година") == nil)
        #expect(match("дякую") == nil)
        #expect(match("!!!") == nil)
        #expect(match("склад") == nil, "one word of a two-word keyword is not enough")
    }

    @Test func freeTextStartsTheMatchedDialogueOrFallsBackToTheMainMenu() async throws {
        var chat = Chat()
        try await chat.say("/start")
        try await chat.say("Як обміняти ПАСПОРТ?")
        #expect(chat.node == "idcard@1:age")
        #expect(chat.state?.history.map(\.position.description) == ["main@1:home"])

        var lost = Chat()
        try await lost.say("/start")
        try await lost.say("розкажіть анекдот")
        #expect(lost.texts == [EngineTestTexts.notUnderstood, "Чим допомогти?", "Сайт громади"])
        #expect(lost.node == "main@1:home")
    }

    @Test func aTypedMenuLabelChoosesThatOption() async throws {
        var chat = Chat(EngineFixtures.context(actions: [CoreConversationActions.nearestShelters]))
        try await chat.say("/start")
        try await chat.say("укриття")
        #expect(chat.node == "shelters@1:ask")
    }
}
