import SvoyiCore

/// Finds the dialogue a free-text message is about, from the keywords and titles of the published dialogues.
///
/// Each keyword (and each title) is a set of stemmed words. A phrase's coverage is the share of its words found in
/// the message, a word counting 1 when equal and 0.8 when one typo away (``UkrainianText/similar(_:_:)``).
/// A keyword counts from 75 % coverage, a title (longer, written for people) from 50 %; the score is the
/// coverage plus 0.1 per matched word, so a specific phrase beats a general one. The best dialogue at or above
/// ``threshold`` wins; words the phrase does not have never lower its score.
public struct FAQMatcher: Sendable {
    /// A dialogue a message matched, with its score.
    public struct Match: Sendable, Hashable {
        /// The dialogue to start.
        public var dialogueID: String
        /// How well it matched: at least ``FAQMatcher/threshold``, higher is better.
        public var score: Double
    }

    /// The least score that starts a dialogue.
    public static let threshold = 0.75

    private struct Phrase: Sendable {
        let words: [String]
        let isTitle: Bool
    }

    private let phrases: [(dialogueID: String, phrase: Phrase)]

    /// A matcher over `dialogues` (the published ones).
    public init(dialogues: [Dialogue]) {
        var phrases: [(String, Phrase)] = []
        for dialogue in dialogues {
            let texts = dialogue.keywords.flatMap { [$0.uk] + ($0.en.map { [$0] } ?? []) }
            for text in texts { phrases.append((dialogue.id, Phrase(words: Self.stems(text), isTitle: false))) }
            for text in [dialogue.title.uk] + (dialogue.title.en.map { [$0] } ?? []) {
                phrases.append((dialogue.id, Phrase(words: Self.stems(text), isTitle: true)))
            }
        }
        self.phrases = phrases.filter { !$0.1.words.isEmpty }
    }

    /// The best-matching dialogue for `text`, or `nil` when none reaches ``threshold``. Ties go to the dialogue
    /// whose id sorts first.
    public func bestMatch(for text: String) -> Match? {
        let words = Set(Self.stems(text))
        guard !words.isEmpty else { return nil }
        var best: Match?
        for (dialogueID, phrase) in phrases {
            var matched = 0.0
            var count = 0
            for word in phrase.words {
                if words.contains(word) {
                    matched += 1
                    count += 1
                } else if words.contains(where: { UkrainianText.similar($0, word) }) {
                    matched += 0.8
                    count += 1
                }
            }
            let coverage = matched / Double(phrase.words.count)
            guard coverage >= (phrase.isTitle ? 0.5 : 0.75) else { continue }
            let score = coverage + 0.1 * Double(count)
            guard score >= Self.threshold else { continue }
            if let current = best,
                current.score > score || (current.score == score && current.dialogueID <= dialogueID)
            {
                continue
            }
            best = Match(dialogueID: dialogueID, score: score)
        }
        return best
    }

    static func stems(_ text: String) -> [String] {
        UkrainianText.words(text).map(UkrainianText.stem)
    }
}
