/// Where the engine finds dialogues: the published versions of a hromada's dialogues, and exact versions for
/// conversations pinned to one. ChatbotKit's store implements it over the database; tests use a fixed list.
public protocol DialogueSource: Sendable {
    /// The published version of dialogue `id` for the hromada, or `nil`.
    func published(id: String, hromadaID: Int64) async throws -> Dialogue?
    /// Version `version` of dialogue `id` (published now or before), or `nil`.
    func dialogue(id: String, version: Int, hromadaID: Int64) async throws -> Dialogue?
    /// Every published dialogue of the hromada (for free-text matching and menus).
    func allPublished(hromadaID: Int64) async throws -> [Dialogue]
    /// The free-text matcher over the hromada's published dialogues; sources that can keep it between messages
    /// should (the store does).
    func faqMatcher(hromadaID: Int64) async throws -> FAQMatcher
}

extension DialogueSource {
    public func faqMatcher(hromadaID: Int64) async throws -> FAQMatcher {
        FAQMatcher(dialogues: try await allPublished(hromadaID: hromadaID))
    }
}

/// The ids the engine relies on.
public enum DialogueIDs {
    /// The main menu: where "Головне меню", the end of every dialogue and a fallback lead.
    public static let mainMenu = "main"
    /// The settings block (language and subscriptions).
    public static let settings = "settings"
    /// The global commands a menu option may name as its target (the engine also takes them as button payloads):
    /// back, the main menu, restart the current dialogue, and switching the language.
    public static let commands: Set<String> = ["cmd:back", "cmd:menu", "cmd:restart", "cmd:lang:uk", "cmd:lang:en"]
}

/// A fixed set of dialogues, all published: for tests, the simulator and integrators who ship their own.
public struct StaticDialogueSource: DialogueSource {
    public let dialogues: [Dialogue]

    public init(_ dialogues: [Dialogue]) {
        self.dialogues = dialogues
    }

    public func published(id: String, hromadaID: Int64) async throws -> Dialogue? {
        dialogues.filter { $0.id == id }.max { $0.version < $1.version }
    }

    public func dialogue(id: String, version: Int, hromadaID: Int64) async throws -> Dialogue? {
        dialogues.first { $0.id == id && $0.version == version }
    }

    public func allPublished(hromadaID: Int64) async throws -> [Dialogue] {
        Dictionary(grouping: dialogues, by: \.id).compactMap { $0.value.max { $0.version < $1.version } }
            .sorted { $0.id < $1.id }
    }
}
