public import SvoyiCore

/// A dialogue: a graph of nodes the bot walks with a resident, as declarative JSON that staff edit without
/// programming (`docs/dialogues.md` describes the format and `docs/dialogue.schema.json` is its JSON Schema).
///
/// A dialogue has a version; a conversation stays on the version it started with, so publishing an edit never
/// breaks a conversation in flight.
public struct Dialogue: Sendable, Hashable, Codable {
    /// The format identifier: `svoyi-dialogue/1`.
    public static let schemaIdentifier = "svoyi-dialogue/1"

    /// What the dialogue is, for lists and the review queue.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A menu of other dialogues (the main menu and its blocks).
        case menu
        /// A step-by-step consultation on a service.
        case consultation
        /// Information (IDPs, official sources, shelters).
        case information
        /// Questions and answers matched from free text.
        case faq
    }

    public var schema: String
    /// Stable identifier, `[a-z0-9_-]{1,40}`; other dialogues go to it with `dialogue:<id>`.
    public var id: String
    /// 1, 2, 3…; a published version never changes.
    public var version: Int
    public var kind: Kind
    public var title: LocalizedText
    /// The node the dialogue starts at.
    public var start: String
    /// The variables the dialogue reads and writes, declared with their types.
    public var variables: [String: DialogueVariable]
    /// The nodes by id.
    public var nodes: [String: DialogueNode]
    /// Words and phrases that lead to this dialogue from free text (FAQ matching).
    public var keywords: [LocalizedText]
    /// Legal basis, sources and review dates: consultations must have them.
    public var review: DialogueReview?

    public init(
        id: String, version: Int = 1, kind: Kind, title: LocalizedText, start: String,
        variables: [String: DialogueVariable] = [:], nodes: [String: DialogueNode], keywords: [LocalizedText] = [],
        review: DialogueReview? = nil
    ) {
        self.schema = Self.schemaIdentifier
        self.id = id
        self.version = version
        self.kind = kind
        self.title = title
        self.start = start
        self.variables = variables
        self.nodes = nodes
        self.keywords = keywords
        self.review = review
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, version, kind, title, start, variables, nodes, keywords, review
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        kind = try container.decode(Kind.self, forKey: .kind)
        title = try container.decode(LocalizedText.self, forKey: .title)
        start = try container.decode(String.self, forKey: .start)
        variables = try container.decodeIfPresent([String: DialogueVariable].self, forKey: .variables) ?? [:]
        nodes = try container.decode([String: DialogueNode].self, forKey: .nodes)
        keywords = try container.decodeIfPresent([LocalizedText].self, forKey: .keywords) ?? []
        review = try container.decodeIfPresent(DialogueReview.self, forKey: .review)
    }
}

/// Why a consultation says what it says, and when someone last checked it.
public struct DialogueReview: Sendable, Hashable, Codable {
    /// The laws and regulations the answer rests on («Закон України "Про …"», «ПКМУ від … № …»).
    public var legalBasis: [String]
    /// Official pages the facts come from.
    public var sources: [String]
    /// When staff last checked the content against the law and practice.
    public var lastReviewed: CivilDate
    /// How often it must be checked again, in days (180 by default).
    public var reviewEveryDays: Int

    public init(legalBasis: [String], sources: [String] = [], lastReviewed: CivilDate, reviewEveryDays: Int = 180) {
        self.legalBasis = legalBasis
        self.sources = sources
        self.lastReviewed = lastReviewed
        self.reviewEveryDays = reviewEveryDays
    }

    /// How often a review may be asked for: every 1 to 3,650 days (ten years).
    public static let intervals = 1...3_650

    /// The day the next review is due (the interval held to ``intervals``; never past the year 9999).
    public var dueOn: CivilDate {
        let days = min(max(reviewEveryDays, Self.intervals.lowerBound), Self.intervals.upperBound)
        return CivilDate(daysSince1970: lastReviewed.daysSince1970 + days) ?? lastReviewed
    }

    enum CodingKeys: String, CodingKey {
        case legalBasis, sources, lastReviewed, reviewEveryDays
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        legalBasis = try container.decode([String].self, forKey: .legalBasis)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        lastReviewed = try container.decode(CivilDate.self, forKey: .lastReviewed)
        reviewEveryDays = try container.decodeIfPresent(Int.self, forKey: .reviewEveryDays) ?? 180
        guard Self.intervals.contains(reviewEveryDays) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath + [CodingKeys.reviewEveryDays],
                    debugDescription: "reviewEveryDays must be 1…3650",
                    underlyingError: DialogueFieldProblem(
                        uk: "перевіряти можна що 1–3650 днів, а не що \(reviewEveryDays)",
                        en: "a review interval is 1–3650 days, not \(reviewEveryDays)")))
        }
    }
}

/// A declared variable: its type, and for choices the allowed values.
public struct DialogueVariable: Sendable, Hashable, Codable {
    public enum VariableType: String, Sendable, Hashable, Codable, CaseIterable {
        case text, number, date, choice, bool, location, contact, photo
    }

    public var type: VariableType
    /// The allowed values of a `choice`.
    public var values: [String]?

    public init(type: VariableType, values: [String]? = nil) {
        self.type = type
        self.values = values
    }
}

/// Why a field of a dialogue's JSON is refused while decoding, in words for the person editing it; carried as the
/// underlying error of a `DecodingError`, where ``Dialogue/decode(json:)`` finds it.
struct DialogueFieldProblem: Error {
    let uk: String
    let en: String
}
