public import Foundation

/// A named step a dialogue can call (`catalog.places`, `queue.book`, `edem.sign`, `appeal.create`), provided by
/// whichever module owns it through ``Module/conversationActions``, so dialogues (in ChatbotKit) and the kits that
/// act never import each other.
public struct ConversationAction: Sendable {
    /// The name dialogues call it by: `module.verb`.
    public let name: String
    /// What it does, for staff editing dialogues.
    public let summary: LocalizedText
    /// Runs it.
    public let run: @Sendable (ConversationActionCall) async throws -> ConversationActionResult

    public init(
        name: String, summary: LocalizedText,
        run: @escaping @Sendable (ConversationActionCall) async throws -> ConversationActionResult
    ) {
        self.name = name
        self.summary = summary
        self.run = run
    }
}

/// What an action is called with.
public struct ConversationActionCall: Sendable {
    public let hromadaID: Int64
    public let residentID: Int64?
    public let language: Language
    /// The arguments the dialogue gives (after its variables are filled in).
    public let arguments: [String: ConversationValue]
    /// The conversation's variables.
    public let variables: [String: ConversationValue]
    /// The server's database, for actions that read or write the hromada's data; `nil` where there is none (a
    /// dialogue simulated without storage).
    public let database: (any Database)?
    /// The current instant, from the engine's injected clock ("today's hours" are counted from it).
    public let now: Date

    public init(
        hromadaID: Int64, residentID: Int64?, language: Language, arguments: [String: ConversationValue],
        variables: [String: ConversationValue], database: (any Database)? = nil, now: Date = Date()
    ) {
        self.hromadaID = hromadaID
        self.residentID = residentID
        self.language = language
        self.arguments = arguments
        self.variables = variables
        self.database = database
        self.now = now
    }
}

/// What an action answers: messages to show, and variables to set (the dialogue branches on them).
public struct ConversationActionResult: Sendable {
    public var messages: [BotMessage]
    public var variables: [String: ConversationValue]

    public init(messages: [BotMessage] = [], variables: [String: ConversationValue] = [:]) {
        self.messages = messages
        self.variables = variables
    }
}
