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

/// The one-pass test for "at most one edit" against the full distance, on every pair of words up to five letters
/// over a three-letter alphabet (and Cyrillic), so every kind of single edit and every near miss is covered.
@Suite struct OneEditTests {
    static func words(upTo length: Int, of letters: [String]) -> [String] {
        var all = [""]
        var last = [""]
        for _ in 0..<length {
            last = last.flatMap { word in letters.map { word + $0 } }
            all += last
        }
        return all
    }

    @Test func agreesWithTheDistanceOnEveryPairOfShortWords() {
        let words = Self.words(upTo: 5, of: ["a", "b", "c"]) + ["паспорт", "пасопрт", "пасорт", "пашпорт", "спорт"]
        var disagreements = 0
        var within = 0
        for a in words {
            for b in words where abs(a.count - b.count) <= 2 {
                let expected = UkrainianText.distance(a, b) <= 1
                if UkrainianText.isWithinOneEdit(a, b) != expected { disagreements += 1 }
                if expected { within += 1 }
            }
        }
        #expect(disagreements == 0)
        #expect(within > 1_000, "the pairs include many one edit apart")
    }
}

/// The matcher compares each distinct word of the phrases once per message instead of once per phrase; it must
/// choose exactly as the phrase-by-phrase matcher it replaced (kept here as the reference) did.
@Suite struct FAQMatcherEquivalenceTests {
    /// The matcher as it was: for each phrase, each word looked up in the message's words, else compared with
    /// each of them for a typo.
    struct Reference {
        let phrases: [(dialogueID: String, words: [String], isTitle: Bool)]

        init(dialogues: [Dialogue]) {
            var phrases: [(String, [String], Bool)] = []
            for dialogue in dialogues {
                for text in dialogue.keywords.flatMap({ [$0.uk] + ($0.en.map { [$0] } ?? []) }) {
                    phrases.append((dialogue.id, Self.stems(text), false))
                }
                for text in [dialogue.title.uk] + (dialogue.title.en.map { [$0] } ?? []) {
                    phrases.append((dialogue.id, Self.stems(text), true))
                }
            }
            self.phrases = phrases.filter { !$0.1.isEmpty }
        }

        static func stems(_ text: String) -> [String] { UkrainianText.words(text).map(UkrainianText.stem) }

        func bestMatch(for text: String) -> (dialogueID: String, score: Double)? {
            let words = Set(Self.stems(text))
            guard !words.isEmpty else { return nil }
            var best: (dialogueID: String, score: Double)?
            for (dialogueID, phraseWords, isTitle) in phrases {
                var matched = 0.0
                var count = 0
                for word in phraseWords {
                    if words.contains(word) {
                        matched += 1
                        count += 1
                    } else if words.contains(where: { UkrainianText.similar($0, word) }) {
                        matched += 0.8
                        count += 1
                    }
                }
                let coverage = matched / Double(phraseWords.count)
                guard coverage >= (isTitle ? 0.5 : 0.75) else { continue }
                let score = coverage + 0.1 * Double(count)
                guard score >= FAQMatcher.threshold else { continue }
                if let current = best,
                    current.score > score || (current.score == score && current.dialogueID <= dialogueID)
                {
                    continue
                }
                best = (dialogueID, score)
            }
            return best
        }
    }

    /// Every keyword and title of the shipped dialogues, each also with a letter dropped, two letters swapped and
    /// a letter doubled in every word, the benchmark's questions, and words spelt with a combining accent.
    static let messages: [String] = {
        var messages = [
            "паспорт", "субсидія", "ФОП", "довідка ВПО", "де ЦНАП", "як отримати закордонний паспорт", "єМалятко",
            "багатодітна сім'я", "ываываыва", "меню", "укриття поруч", "паспорт и\u{306}", "", "!!!", "the a to",
        ]
        for dialogue in ShippedDialogues.all {
            let texts = dialogue.keywords.flatMap { [$0.uk] + ($0.en.map { [$0] } ?? []) } + [dialogue.title.uk]
            for text in texts {
                messages.append(text)
                let words = text.split(separator: " ").map(String.init)
                messages.append(
                    words.map { $0.count > 3 ? String($0.dropLast(2)) + String($0.suffix(1)) : $0 }.joined(
                        separator: " "))
                messages.append(
                    words.map { word in
                        var letters = Array(word)
                        if letters.count > 4 { letters.swapAt(1, 2) }
                        return String(letters)
                    }.joined(separator: " "))
                messages.append(
                    words.map { $0.count > 4 ? String($0.prefix(3)) + String($0.dropFirst(2)) : $0 }.joined(
                        separator: " "))
            }
        }
        return messages
    }()

    @Test func theShippedDialoguesMatchAsBefore() {
        let dialogues = ShippedDialogues.all
        let matcher = FAQMatcher(dialogues: dialogues)
        let reference = Reference(dialogues: dialogues)
        var matched = 0
        for message in Self.messages {
            let expected = reference.bestMatch(for: message)
            let found = matcher.bestMatch(for: message)
            #expect(found?.dialogueID == expected?.dialogueID, "\(message)")
            #expect(found?.score == expected?.score, "\(message)")
            if expected != nil { matched += 1 }
        }
        #expect(
            matched > Self.messages.count / 2, "most of the messages match a dialogue, so the test compares something")
    }
}
