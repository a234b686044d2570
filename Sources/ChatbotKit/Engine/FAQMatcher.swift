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
        let dialogueID: String
        /// Indices into ``vocabulary``, in the phrase's order (a repeated word counts each time).
        let words: [Int]
        let isTitle: Bool
    }

    /// Every distinct word of the phrases, as the scalars the typo distance compares. A message is compared with each once, not once per phrase that has it:
    /// hashing and comparing Cyrillic strings (Unicode-normalised by Swift) and counting their scalars on every
    /// phrase word made free text the costliest message the web chat gets.
    private let vocabulary: [[Unicode.Scalar]]
    /// The vocabulary words equal to a string (Swift's string equality: canonically equivalent, so one string may
    /// stand for words spelt with different scalars, which the typo distance tells apart).
    private let index: [String: [Int]]
    private let phrases: [Phrase]

    /// A matcher over `dialogues` (the published ones).
    public init(dialogues: [Dialogue]) {
        var vocabulary: [[Unicode.Scalar]] = []
        var positions: [[Unicode.Scalar]: Int] = [:]
        var index: [String: [Int]] = [:]
        var phrases: [Phrase] = []
        func add(_ text: String, of dialogueID: String, isTitle: Bool) {
            let words = Self.stems(text).map { word in
                let scalars = Array(word.unicodeScalars)
                if let known = positions[scalars] { return known }
                positions[scalars] = vocabulary.count
                index[word, default: []].append(vocabulary.count)
                vocabulary.append(scalars)
                return vocabulary.count - 1
            }
            if !words.isEmpty { phrases.append(Phrase(dialogueID: dialogueID, words: words, isTitle: isTitle)) }
        }
        for dialogue in dialogues {
            for text in dialogue.keywords.flatMap({ [$0.uk] + ($0.en.map { [$0] } ?? []) }) {
                add(text, of: dialogue.id, isTitle: false)
            }
            for text in [dialogue.title.uk] + (dialogue.title.en.map { [$0] } ?? []) {
                add(text, of: dialogue.id, isTitle: true)
            }
        }
        self.vocabulary = vocabulary
        self.index = index
        self.phrases = phrases
    }

    /// How a word of the phrases occurs in a message.
    private enum Occurrence {
        case absent
        /// One typo away from a word of the message (``UkrainianText/similar(_:_:)``).
        case similar
        case equal
    }

    /// The best-matching dialogue for `text`, or `nil` when none reaches ``threshold``. Ties go to the dialogue
    /// whose id sorts first.
    public func bestMatch(for text: String) -> Match? {
        let words = Set(Self.stems(text))
        guard !words.isEmpty else { return nil }
        let occurrences = occurrences(of: words)
        var best: Match?
        for phrase in phrases {
            var matched = 0.0
            var count = 0
            for word in phrase.words {
                switch occurrences[word] {
                case .equal:
                    matched += 1
                    count += 1
                case .similar:
                    matched += 0.8
                    count += 1
                case .absent: break
                }
            }
            let coverage = matched / Double(phrase.words.count)
            guard coverage >= (phrase.isTitle ? 0.5 : 0.75) else { continue }
            let score = coverage + 0.1 * Double(count)
            guard score >= Self.threshold else { continue }
            if let current = best,
                current.score > score || (current.score == score && current.dialogueID <= phrase.dialogueID)
            {
                continue
            }
            best = Match(dialogueID: phrase.dialogueID, score: score)
        }
        return best
    }

    /// How each vocabulary word occurs among the message's `words`: equal (as strings), else similar, else absent.
    private func occurrences(of words: Set<String>) -> [Occurrence] {
        var occurrences = [Occurrence](repeating: .absent, count: vocabulary.count)
        for word in words {
            for known in index[word] ?? [] { occurrences[known] = .equal }
        }
        // `UkrainianText.similar` without its equality test (equal words are marked already): at least five
        // scalars each, lengths at most one apart, then the edit distance.
        let typed = words.map { Array($0.unicodeScalars) }.filter { $0.count >= 5 }
        guard !typed.isEmpty else { return occurrences }
        for (position, word) in vocabulary.enumerated() where occurrences[position] == .absent && word.count >= 5 {
            for scalars in typed
            where abs(scalars.count - word.count) <= 1 && UkrainianText.isWithinOneEdit(scalars, word) {
                occurrences[position] = .similar
                break
            }
        }
        return occurrences
    }

    static func stems(_ text: String) -> [String] {
        UkrainianText.words(text).map(UkrainianText.stem)
    }
}
