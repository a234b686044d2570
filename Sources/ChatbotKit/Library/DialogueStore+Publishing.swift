public import Foundation
import SvoyiCore

/// Saving drafts, publishing, and rolling back.
extension DialogueStore {
    /// Saves JSON as a new draft version (the newest stored version plus one, whatever the JSON says).
    ///
    /// JSON that does not decode, or whose id is not valid or reserved (``DialogueValidator/isValidDialogueID(_:)``),
    /// is refused; any other problem is returned with the
    /// draft, since a draft may be work in progress. Only ``publish(id:version:hromadaID:by:)`` demands none.
    public func saveDraft(json: Data, hromadaID: Int64, by actor: String) async throws -> SavedDraft {
        let dialogue: Dialogue
        do {
            dialogue = try Dialogue.decode(json: json)
        } catch {
            throw DialogueStoreError.invalidJSON(error.problem)
        }
        return try await saveDraft(dialogue, hromadaID: hromadaID, by: actor)
    }

    /// Saves a dialogue as a new draft version; see ``saveDraft(json:hromadaID:by:)``.
    public func saveDraft(_ dialogue: Dialogue, hromadaID: Int64, by actor: String) async throws -> SavedDraft {
        guard DialogueValidator.isValidDialogueID(dialogue.id) else {
            throw DialogueStoreError.invalid(DialogueValidator().validate(dialogue).filter { $0.code == .invalidID })
        }
        let now = clock.now
        cache.forgetPublishedVersions(hromadaID)
        defer { cache.forgetPublishedVersions(hromadaID) }
        return try await database.write { db in
            var draft = dialogue
            draft.version = try Self.latestVersion(id: dialogue.id, hromadaID: hromadaID, in: db) + 1
            let problems = try validator(hromadaID: hromadaID, in: db).validate(draft)
            try Self.insert(draft, hromadaID: hromadaID, at: now, by: actor, in: db)
            return SavedDraft(dialogue: draft, problems: problems)
        }
    }

    /// Publishes a stored version: residents starting the dialogue get it from now on; the version published
    /// before is archived (conversations pinned to it still read it). Refused with
    /// ``DialogueStoreError/invalid(_:)`` when the validator finds errors against the hromada's other published
    /// dialogues, the known actions and the catalogue; then nothing changes. Returns the warnings.
    @discardableResult
    public func publish(
        id: String, version: Int, hromadaID: Int64, by actor: String
    ) async throws
        -> [DialogueProblem]
    {
        try await publish(versions: [id: version], hromadaID: hromadaID, by: actor)
    }

    /// Publishes several versions at once (by dialogue id), validated as one set, so dialogues that lead to each
    /// other can go live together; all or nothing, as ``publish(id:version:hromadaID:by:)``.
    @discardableResult
    public func publish(
        versions: [String: Int], hromadaID: Int64, by actor: String
    ) async throws
        -> [DialogueProblem]
    {
        let now = clock.now
        cache.forgetPublishedVersions(hromadaID)
        defer { cache.forgetPublishedVersions(hromadaID) }
        return try await database.write { db in
            let dialogues = try versions.sorted { $0.key < $1.key }.map { id, version in
                guard
                    let revision = try Self.dialogues(
                        "WHERE hromada_id = ? AND dialogue_id = ? AND version = ?",
                        [.integer(hromadaID), .text(id), .integer(Int64(version))], in: db
                    ).first
                else { throw DialogueStoreError.notFound(id: id, version: version) }
                return revision.dialogue
            }
            let problems = try validator(hromadaID: hromadaID, in: db).validate(set: dialogues)
            guard problems.errors.isEmpty else { throw DialogueStoreError.invalid(problems.errors) }
            for dialogue in dialogues {
                try Self.markPublished(
                    id: dialogue.id, version: dialogue.version, hromadaID: hromadaID, at: now, by: actor, in: db)
            }
            return problems.warnings
        }
    }

    /// Publishes again a version that was published before (an archived one), after validating it anew.
    @discardableResult
    public func rollBack(
        id: String, to version: Int, hromadaID: Int64, by actor: String
    ) async throws
        -> [DialogueProblem]
    {
        let revision = try await revision(id: id, version: version, hromadaID: hromadaID)
        guard let revision else { throw DialogueStoreError.notFound(id: id, version: version) }
        guard revision.publishedAt != nil else { throw DialogueStoreError.neverPublished(id: id, version: version) }
        return try await publish(id: id, version: version, hromadaID: hromadaID, by: actor)
    }

    static func insert(
        _ dialogue: Dialogue, hromadaID: Int64, at now: Date, by actor: String, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            """
            INSERT INTO chatbot_dialogues (hromada_id, dialogue_id, version, json, status, created_at, created_by)
            VALUES (?, ?, ?, ?, 'draft', ?, ?)
            """, hromadaID, dialogue.id, dialogue.version, String(decoding: try dialogue.jsonData(), as: UTF8.self),
            now, actor)
    }

    /// Archives the published version of `id` (if another) and publishes `version`, in the caller's transaction.
    static func markPublished(
        id: String, version: Int, hromadaID: Int64, at now: Date, by actor: String, in db: any DatabaseConnection
    ) throws {
        try db.execute(
            """
            UPDATE chatbot_dialogues SET status = 'archived'
            WHERE hromada_id = ? AND dialogue_id = ? AND status = 'published' AND version <> ?
            """, hromadaID, id, version)
        try db.execute(
            """
            UPDATE chatbot_dialogues SET status = 'published', published_at = ?, published_by = ?
            WHERE hromada_id = ? AND dialogue_id = ? AND version = ? AND status <> 'published'
            """, now, actor, hromadaID, id, version)
    }
}
