import Foundation
import SvoyiCore

/// Importing a set of dialogues (shipped content, another installation's export) in one go.
extension DialogueStore {
    /// Imports dialogues together: each becomes a new version (unless the newest stored version already has the
    /// same content), published too when `publish` is true.
    ///
    /// The whole set is validated first, as it will be stored (with the versions it will get), against the
    /// hromada's published dialogues, the known actions and the catalogue; any error refuses the import with
    /// ``DialogueStoreError/invalid(_:)`` and nothing is written. The import is one transaction.
    public func importSet(
        _ dialogues: [Dialogue], hromadaID: Int64, publish: Bool, by actor: String
    ) async throws
        -> [ImportedDialogue]
    {
        let now = clock.now
        cache.forgetPublishedVersions(hromadaID)
        defer { cache.forgetPublishedVersions(hromadaID) }
        return try await database.write { db in
            var prepared: [(dialogue: Dialogue, isNew: Bool)] = []
            var latest: [String: Int] = [:]
            for dialogue in dialogues {
                let newest =
                    try latest[dialogue.id] ?? Self.latestVersion(id: dialogue.id, hromadaID: hromadaID, in: db)
                let stored = try Self.dialogues(
                    "WHERE hromada_id = ? AND dialogue_id = ? AND version = ?",
                    [.integer(hromadaID), .text(dialogue.id), .integer(Int64(newest))], in: db
                ).first?.dialogue
                var candidate = dialogue
                candidate.version = newest
                if let stored, stored == candidate {
                    prepared.append((stored, false))
                } else {
                    candidate.version = newest + 1
                    latest[dialogue.id] = candidate.version
                    prepared.append((candidate, true))
                }
            }
            let problems = try validator(hromadaID: hromadaID, in: db).validate(set: prepared.map(\.dialogue))
            guard problems.errors.isEmpty else { throw DialogueStoreError.invalid(problems.errors) }
            return try prepared.map { dialogue, isNew in
                if isNew { try Self.insert(dialogue, hromadaID: hromadaID, at: now, by: actor, in: db) }
                if publish {
                    try Self.markPublished(
                        id: dialogue.id, version: dialogue.version, hromadaID: hromadaID, at: now, by: actor, in: db)
                }
                let status = try db.scalar(
                    "SELECT status FROM chatbot_dialogues WHERE hromada_id = ? AND dialogue_id = ? AND version = ?",
                    [.integer(hromadaID), .text(dialogue.id), .integer(Int64(dialogue.version))], as: String.self)
                return ImportedDialogue(
                    id: dialogue.id, version: dialogue.version, isNewVersion: isNew, isPublished: status == "published")
            }
        }
    }
}
