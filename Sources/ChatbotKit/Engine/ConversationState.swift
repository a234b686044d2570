public import Foundation
public import SvoyiCore

/// Where a resident is in the bot, as stored between messages: the dialogue and the exact version the
/// conversation is pinned to, the node it waits at, the answers so far, the steps to go Back to, and the language.
public struct ConversationState: Sendable, Hashable, Codable {
    /// A node of one version of one dialogue: `dialogueID@version:nodeID`.
    public struct Position: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The dialogue's id.
        public var dialogueID: String
        /// The version the conversation started with; it is kept even when a newer one is published.
        public var version: Int
        /// The node's id within that version.
        public var nodeID: String

        /// The node `nodeID` of version `version` of dialogue `dialogueID`.
        public init(dialogueID: String, version: Int, nodeID: String) {
            self.dialogueID = dialogueID
            self.version = version
            self.nodeID = nodeID
        }

        /// `dialogueID@version:nodeID`.
        public var description: String { "\(dialogueID)@\(version):\(nodeID)" }
    }

    /// A step to go Back to: where the conversation waited and the variables it had then.
    public struct Frame: Sendable, Hashable, Codable {
        /// Where the conversation waited.
        public var position: Position
        /// The variables it had then.
        public var variables: [String: ConversationValue]

        /// A frame for Back.
        public init(position: Position, variables: [String: ConversationValue]) {
            self.position = position
            self.variables = variables
        }
    }

    /// The node the conversation waits at (a menu or a question).
    public var position: Position
    /// The variables of the current dialogue.
    public var variables: [String: ConversationValue]
    /// Earlier steps, oldest first; Back pops the last.
    public var history: [Frame]
    /// Wrong answers given to the current question.
    public var retries: Int
    /// The language the bot speaks to this resident.
    public var language: Language
    /// When the conversation began.
    public var startedAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// A conversation waiting at `position`.
    public init(
        position: Position, variables: [String: ConversationValue] = [:], history: [Frame] = [], retries: Int = 0,
        language: Language = .uk, startedAt: Date, updatedAt: Date? = nil
    ) {
        self.position = position
        self.variables = variables
        self.history = history
        self.retries = retries
        self.language = language
        self.startedAt = startedAt
        self.updatedAt = updatedAt ?? startedAt
    }
}
