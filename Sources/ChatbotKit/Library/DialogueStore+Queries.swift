public import Foundation
public import SvoyiCore

/// Reading the library: the list, a dialogue's history, exports, and the review queue.
extension DialogueStore {
    /// Every dialogue of the hromada with its published version, drafts and review date, by id.
    public func list(hromadaID: Int64) async throws -> [DialogueSummary] {
        let revisions = try await database.read { db in
            try Self.dialogues("WHERE hromada_id = ?", [.integer(hromadaID)], in: db)
        }
        return Dictionary(grouping: revisions, by: \.id).values.compactMap { versions in
            guard let newest = versions.max(by: { $0.version < $1.version }) else { return nil }
            let published = versions.first { $0.status == .published }
            let shown = (published ?? newest).dialogue
            return DialogueSummary(
                id: newest.id, title: shown.title, kind: shown.kind, publishedVersion: published?.version,
                draftVersions: versions.filter { $0.status == .draft }.map(\.version).sorted(),
                latestVersion: newest.version, reviewDue: shown.review?.dueOn)
        }.sorted { $0.id < $1.id }
    }

    /// Every stored version of dialogue `id`, oldest first (empty when there is none).
    public func history(id: String, hromadaID: Int64) async throws -> [DialogueRevision] {
        try await database.read { db in
            try Self.dialogues("WHERE hromada_id = ? AND dialogue_id = ?", [.integer(hromadaID), .text(id)], in: db)
        }
    }

    /// The dialogues to export: of each (or only `id`), the published version, or the newest when none is
    /// published. Throws ``DialogueStoreError/notFound(id:version:)`` for an `id` with no version.
    public func export(hromadaID: Int64, id: String? = nil) async throws -> [Dialogue] {
        let revisions = try await database.read { db in
            if let id {
                return try Self.dialogues(
                    "WHERE hromada_id = ? AND dialogue_id = ?", [.integer(hromadaID), .text(id)], in: db)
            }
            return try Self.dialogues("WHERE hromada_id = ?", [.integer(hromadaID)], in: db)
        }
        if let id, revisions.isEmpty { throw DialogueStoreError.notFound(id: id, version: nil) }
        let byID = Dictionary(grouping: revisions, by: \.id)
        return byID.keys.sorted().compactMap { id -> Dialogue? in
            let versions = byID[id] ?? []
            let published = versions.first { $0.status == .published }
            return (published ?? versions.last)?.dialogue
        }
    }

    /// The export as JSON: one dialogue object when `id` is given, else a list.
    public func exportJSON(hromadaID: Int64, id: String? = nil) async throws -> Data {
        let dialogues = try await export(hromadaID: hromadaID, id: id)
        if id != nil, let only = dialogues.first { return try only.jsonData() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(dialogues)
    }

    /// Published dialogues whose review falls due on `day` or before, the most overdue first: the admin's
    /// review queue (pass a day ahead to see what comes due soon).
    public func reviewsDue(on day: CivilDate, hromadaID: Int64) async throws -> [DialogueSummary] {
        try await list(hromadaID: hromadaID).filter { summary in
            guard summary.publishedVersion != nil, let due = summary.reviewDue else { return false }
            return due <= day
        }.sorted { a, b in
            let (dueA, dueB) = (a.reviewDue!, b.reviewDue!)
            return dueA == dueB ? a.id < b.id : dueA < dueB
        }
    }
}
