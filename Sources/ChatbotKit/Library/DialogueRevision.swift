public import Foundation
public import SvoyiCore

/// Where a stored version of a dialogue stands. Drafts may be published; publishing archives the version
/// published before; an archived version that was published may be published again (a rollback).
public enum DialogueStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft
    case published
    case archived
}

/// One stored version of a dialogue, with its history.
public struct DialogueRevision: Sendable, Hashable {
    public var dialogue: Dialogue
    public var status: DialogueStatus
    public var createdAt: Date
    /// Who saved it: a staff login, or `operator:<user>` for the command line.
    public var createdBy: String
    /// When it was last published (kept after it is archived).
    public var publishedAt: Date?
    public var publishedBy: String?

    public init(
        dialogue: Dialogue, status: DialogueStatus, createdAt: Date, createdBy: String, publishedAt: Date? = nil,
        publishedBy: String? = nil
    ) {
        self.dialogue = dialogue
        self.status = status
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
    }

    /// The dialogue's id.
    public var id: String { dialogue.id }
    /// The version number.
    public var version: Int { dialogue.version }
}

/// A draft as saved: its version, and what the validator says about it now (errors block publishing, not saving).
public struct SavedDraft: Sendable, Hashable {
    public var dialogue: Dialogue
    public var problems: [DialogueProblem]

    public init(dialogue: Dialogue, problems: [DialogueProblem]) {
        self.dialogue = dialogue
        self.problems = problems
    }
}

/// A dialogue of a hromada's library, for the admin's list.
public struct DialogueSummary: Sendable, Hashable {
    public var id: String
    /// The title of the published version, or of the newest when none is published.
    public var title: LocalizedText
    public var kind: Dialogue.Kind
    /// The version residents get, if any.
    public var publishedVersion: Int?
    /// Versions saved and never published, oldest first.
    public var draftVersions: [Int]
    /// The newest version of any status.
    public var latestVersion: Int
    /// When the published (or else newest) version's review falls due; `nil` without a review.
    public var reviewDue: CivilDate?

    public init(
        id: String, title: LocalizedText, kind: Dialogue.Kind, publishedVersion: Int?, draftVersions: [Int],
        latestVersion: Int, reviewDue: CivilDate?
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.publishedVersion = publishedVersion
        self.draftVersions = draftVersions
        self.latestVersion = latestVersion
        self.reviewDue = reviewDue
    }
}

/// What an import did with one dialogue of the set.
public struct ImportedDialogue: Sendable, Hashable {
    public var id: String
    /// The stored version it now corresponds to.
    public var version: Int
    /// False when the newest stored version already had the same content, so no version was added.
    public var isNewVersion: Bool
    /// Whether that version is now the published one.
    public var isPublished: Bool

    public init(id: String, version: Int, isNewVersion: Bool, isPublished: Bool) {
        self.id = id
        self.version = version
        self.isNewVersion = isNewVersion
        self.isPublished = isPublished
    }
}
