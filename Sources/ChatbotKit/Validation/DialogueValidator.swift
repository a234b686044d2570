public import SvoyiCore

/// Checks dialogues before they are saved, published or shipped: the graph (targets, reachability, loops that
/// never wait), the texts (translations, templates, button limits), the variables (declared, typed, choices),
/// and what the dialogue refers to outside itself (other dialogues, actions, catalogue services, review dates).
///
/// Pure and synchronous: a value in, problems out. What it checks against is given at creation; what is not
/// given (`nil`) is not checked, except catalogue codes, which then get a warning.
///
/// ```swift
/// let validator = DialogueValidator(knownActions: ["catalog.places"], today: CivilDate("2026-05-01"))
/// let problems = validator.validate(set: dialogues)
/// if problems.errors.isEmpty { /* may be published */ }
/// ```
public struct DialogueValidator: Sendable {
    /// Names of the actions modules provide; `nil`: actions are not checked.
    public var knownActions: Set<String>?
    /// Service codes of the hromada's catalogue; `nil`: each `facts` node gets a ``DialogueProblem/Code/serviceNotChecked`` warning.
    public var catalogueCodes: Set<String>?
    /// Dialogues that `dialogue:<id>` may name besides those validated together; `nil` with a single dialogue:
    /// such targets are not checked.
    public var knownDialogues: Set<String>?
    /// The day review dates are compared with; `nil`: overdue reviews are not reported.
    public var today: CivilDate?

    /// The most buttons a message should carry before it becomes hard to read (warning).
    public static let maximumOptions = 10
    /// The longest button label that shows whole on a phone (warning).
    public static let maximumLabelCharacters = 40

    public init(
        knownActions: Set<String>? = nil, catalogueCodes: Set<String>? = nil, knownDialogues: Set<String>? = nil,
        today: CivilDate? = nil
    ) {
        self.knownActions = knownActions
        self.catalogueCodes = catalogueCodes
        self.knownDialogues = knownDialogues
        self.today = today
    }

    /// The problems of one dialogue, errors and warnings, in the order of the checks.
    public func validate(_ dialogue: Dialogue) -> [DialogueProblem] {
        var report = DialogueReport(dialogueID: dialogue.id)
        checkHeader(dialogue, &report)
        checkGraph(dialogue, &report)
        checkTexts(dialogue, &report)
        checkButtons(dialogue, &report)
        checkVariables(dialogue, &report)
        checkConditions(dialogue, &report)
        checkReferences(dialogue, &report)
        return report.problems
    }

    /// The problems of dialogues published together: each checked with `dialogue:<id>` allowed to name any of
    /// them (and ``knownDialogues``), plus ids that repeat.
    public func validate(set dialogues: [Dialogue]) -> [DialogueProblem] {
        var validator = self
        validator.knownDialogues = (knownDialogues ?? []).union(dialogues.map(\.id))
        var problems: [DialogueProblem] = []
        var seen: Set<String> = []
        for dialogue in dialogues {
            if !seen.insert(dialogue.id).inserted {
                var report = DialogueReport(dialogueID: dialogue.id)
                report.add(
                    .duplicateDialogue, .root.key("id"),
                    en: "another dialogue of the set has the id \(dialogue.id)",
                    uk: "інший діалог у наборі має той самий id \(dialogue.id)")
                problems += report.problems
            }
            problems += validator.validate(dialogue)
        }
        return problems
    }

    /// The callback data of button `index` of node `node`: `v1:<dialogue>@<version>:<node>:<index>`. The engine
    /// sends it and the validator measures it against ``BotButton/maximumPayloadBytes``.
    public static func buttonPayload(dialogue: String, version: Int, node: String, index: Int) -> String {
        "v1:\(dialogue)@\(version):\(node):\(index)"
    }

    /// Whether `id` is a valid dialogue or node id: `[a-z0-9_-]{1,40}`.
    public static func isValidID(_ id: String) -> Bool {
        (1...40).contains(id.utf8.count)
            && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 || $0 == 45 }
    }

    /// Ids no dialogue may have: the fixed path segments of the admin section beside `/admin/dialogues/{id}`
    /// (`/admin/dialogues/reviews`), so that every dialogue's page can be reached. ``DialogueAdmin`` registers no
    /// other fixed segment there (a test holds it to that).
    public static let reservedIDs: Set<String> = ["reviews"]

    /// Whether `id` may name a dialogue: a valid id (``isValidID(_:)``) that is not reserved (``reservedIDs``).
    public static func isValidDialogueID(_ id: String) -> Bool {
        isValidID(id) && !reservedIDs.contains(id)
    }
}

/// The problems found so far in one dialogue.
struct DialogueReport {
    let dialogueID: String
    var problems: [DialogueProblem] = []

    mutating func add(_ code: DialogueProblem.Code, _ path: JSONPath, en: String, uk: String) {
        problems.append(
            DialogueProblem(
                dialogueID: dialogueID, path: path.description, code: code, message: LocalizedText(uk: uk, en: en)))
    }
}
