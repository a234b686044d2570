/// Normalisation, a light stemmer and an edit distance for matching what residents type in Ukrainian (or
/// English): the same word written with a different apostrophe, case, ending or one typo compares equal.
public enum UkrainianText {
    /// The apostrophe every variant folds to.
    public static let apostrophe: Character = "'"
    private static let apostrophes: Set<Character> = ["'", "’", "ʼ", "`", "´", "ʹ", "‘"]
    private static let folds: [Character: Character] = ["ґ": "г", "є": "е", "ї": "і", "ё": "е", "ы": "и", "э": "е"]

    /// Lower case; every apostrophe variant (' ’ ʼ …) as one; ґ→г, є→е, ї→і (and the Russian-layout ё ы э);
    /// everything but letters, digits and the apostrophe as a space; spaces collapsed and trimmed.
    public static func normalise(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            let folded: Character
            if apostrophes.contains(character) {
                folded = apostrophe
            } else if let fold = folds[character] {
                folded = fold
            } else if character.isLetter || character.isNumber {
                folded = character
            } else {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(folded)
        }
        return result
    }

    /// The words of `text`, normalised, without apostrophes (so «сімʼї» and «сімї» agree) and without the
    /// ``stopWords``.
    public static func words(_ text: String) -> [String] {
        normalise(text).split(separator: " ").map { $0.filter { $0 != apostrophe } }.filter {
            !$0.isEmpty && !stopWords.contains($0)
        }
    }

    /// Words too common to tell dialogues apart (already normalised).
    public static let stopWords: Set<String> = [
        "я", "мені", "мене", "мій", "моя", "мое", "мої", "як", "що", "де", "коли", "чи", "а", "і", "й", "та", "в",
        "у", "на", "до", "з", "із", "зі", "за", "про", "для", "по", "від", "це", "треба", "потрібно", "хочу", "можна",
        "будь", "ласка", "скажіть", "підкажіть", "the", "a", "an", "i", "to", "of", "for", "how", "do", "my", "me",
        "where", "what", "is", "in", "on", "can", "please",
    ]

    /// Common Ukrainian endings, longest first, as they look after ``normalise(_:)``.
    private static let endings: [String] = [
        "ями", "ами", "ові", "еві", "ого", "ому", "ими", "ах", "ях", "ам", "ям", "ом", "ем", "ою", "ею", "ів", "ий",
        "ій", "оі", "их", "им", "а", "я", "у", "ю", "і", "и", "о", "е", "ь",
    ]

    /// A word without its common ending, keeping at least three letters: «паспорта», «паспортом», «паспорти» →
    /// «паспорт». English words lose a plural `s`.
    public static func stem(_ word: String) -> String {
        if word.allSatisfy(\.isASCII) {
            return word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : word
        }
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
    /// swaps of neighbours), counted in characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// ``distance(_:_:)`` of words already split into scalars.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// Whether ``distance(_:_:)`` is at most 1, in one pass without the table: equal, or one substitution, one swap
    /// of neighbours, or one insertion or deletion. The FAQ matcher asks this of every word of every phrase that
    /// has about the length of a typed word.
    public static func isWithinOneEdit(_ a: String, _ b: String) -> Bool {
        isWithinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// ``isWithinOneEdit(_:_:)-(String,String)`` of words already split into scalars.
    static func isWithinOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        guard let first = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
        if short.count < long.count {
            return short[first...].elementsEqual(long[(first + 1)...])
        }
        if short[(first + 1)...].elementsEqual(long[(first + 1)...]) { return true }
        return first + 1 < short.count && short[first] == long[first + 1] && short[first + 1] == long[first]
            && short[(first + 2)...].elementsEqual(long[(first + 2)...])
    }

    /// Whether two words (stems) are the same up to one typo; only words of at least five letters may differ.
    public static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // Scalar counts: normalised words are letters only, and counting scalars is far cheaper than counting
        // grapheme clusters, on the hot path of every free-text message.
        let lengthA = a.unicodeScalars.count
        let lengthB = b.unicodeScalars.count
        guard lengthA >= 5, lengthB >= 5, abs(lengthA - lengthB) <= 1 else { return false }
        return isWithinOneEdit(a, b)
    }
}
