import Foundation
public import SvoyiCore

/// A hromada's dialogue library in the database: every version of every dialogue, drafts and published, and the
/// ``DialogueSource`` the engine reads.
///
/// Each change runs in one write transaction and is validated inside it against what it depends on: the
/// hromada's other published dialogues, the actions modules provide, and the service codes of its catalogue.
/// A version's JSON never changes once saved; publishing archives the version published before, so a
/// conversation pinned to an older version can still read it.
public struct DialogueStore: DialogueSource {
    /// Where the library lives; migrated with ``migrations``.
    public let database: any Database
    /// The names of the actions the installation's modules provide; `nil`: actions are not checked.
    public let knownActions: Set<String>?
    /// Stamps `created_at` and `published_at`, and says which reviews are overdue.
    public let clock: any WallClock

    /// A store over `database`; pass the actions of every mounted module
    /// (`modules.flatMap(\.conversationActions).map(\.name)`).
    let cache = DialogueVersionCache()

    public init(database: any Database, knownActions: Set<String>?, clock: any WallClock = SystemClock()) {
        self.database = database
        self.knownActions = knownActions
        self.clock = clock
    }

    public func published(id: String, hromadaID: Int64) async throws -> Dialogue? {
        guard let version = try await publishedVersions(hromadaID: hromadaID).first(where: { $0.id == id })?.version
        else { return nil }
        return try await dialogue(id: id, version: version, hromadaID: hromadaID)
    }

    public func dialogue(id: String, version: Int, hromadaID: Int64) async throws -> Dialogue? {
        // A version the cache holds was published or archived when it was read, and stays so: versions are never
        // deleted (but with their hromada) or turned back into drafts. So it needs no query, and this lookup runs
        // for every message (the step the conversation waits at).
        if let known = cache.dialogue(hromadaID, id, version) { return known }
        return try await cached(
            "WHERE hromada_id = ? AND dialogue_id = ? AND version = ? AND status <> 'draft'",
            [.integer(hromadaID), .text(id), .integer(Int64(version))], hromadaID: hromadaID
        ).first
    }

    public func allPublished(hromadaID: Int64) async throws -> [Dialogue] {
        var all: [Dialogue] = []
        for (id, version) in try await publishedVersions(hromadaID: hromadaID) {
            guard let dialogue = try await dialogue(id: id, version: version, hromadaID: hromadaID) else {
                throw DialogueStoreError.notFound(id: id, version: version)
            }
            all.append(dialogue)
        }
        return all
    }

    /// Which version of each dialogue the hromada has published, by dialogue id: asked of the database at most every
    /// two seconds (``DialogueVersionCache/publishedSetLifetime``), and at once after this store's own changes. This
    /// ran several times for every message, each a read transaction of its own.
    func publishedVersions(hromadaID: Int64) async throws -> [(id: String, version: Int)] {
        let (known, generation) = cache.publishedVersions(hromadaID)
        if let known { return known }
        let versions = try await database.read { db in
            try Self.versions("WHERE hromada_id = ? AND status = 'published'", [.integer(hromadaID)], in: db)
        }
        cache.storePublishedVersions(versions, hromadaID: hromadaID, generation: generation)
        return versions
    }

    public func faqMatcher(hromadaID: Int64) async throws -> FAQMatcher {
        cache.matcher(hromadaID: hromadaID, for: try await allPublished(hromadaID: hromadaID))
    }

    /// The dialogues `filter` selects: which versions from the database (a cheap query), their content from the
    /// cache, decoding only versions not seen before.
    func cached(_ filter: String, _ arguments: [SQLValue], hromadaID: Int64) async throws -> [Dialogue] {
        try await database.read { db in
            try Self.versions(filter, arguments, in: db).map { id, version in
                if let known = cache.dialogue(hromadaID, id, version) { return known }
                guard
                    let decoded = try Self.dialogues(
                        "WHERE hromada_id = ? AND dialogue_id = ? AND version = ?",
                        [.integer(hromadaID), .text(id), .integer(Int64(version))], in: db
                    ).first?.dialogue
                else { throw DialogueStoreError.notFound(id: id, version: version) }
                cache.store(decoded, hromadaID: hromadaID)
                return decoded
            }
        }
    }

    /// The dialogue ids and versions `filter` (a `WHERE …` clause) selects, by id then version, read in place (no
    /// `Row`s).
    static func versions(
        _ filter: String, _ arguments: [SQLValue], in db: any DatabaseConnection
    ) throws -> [(id: String, version: Int)] {
        var versions: [(id: String, version: Int)] = []
        try db.forEachRow(
            "SELECT dialogue_id, version FROM chatbot_dialogues \(filter) ORDER BY dialogue_id, version", arguments
        ) { (columns: ColumnReader) in
            versions.append((columns.string(0), Int(columns.int64(1))))
        }
        return versions
    }

    /// Any stored version, drafts included (the admin previews and tests drafts), with its history.
    public func revision(id: String, version: Int, hromadaID: Int64) async throws -> DialogueRevision? {
        try await database.read { db in
            try Self.dialogues(
                "WHERE hromada_id = ? AND dialogue_id = ? AND version = ?",
                [.integer(hromadaID), .text(id), .integer(Int64(version))], in: db
            ).first
        }
    }

    /// Revisions matching `filter` (a `WHERE …` clause), ordered by dialogue id and version.
    static func dialogues(
        _ filter: String, _ arguments: [SQLValue], in db: any DatabaseConnection
    ) throws
        -> [DialogueRevision]
    {
        try db.query(
            """
            SELECT json, status, created_at, created_by, published_at, published_by FROM chatbot_dialogues
            \(filter) ORDER BY dialogue_id, version
            """, arguments
        ).map { row in
            let json: String = try row.get("json")
            return DialogueRevision(
                dialogue: try Dialogue.decode(json: Data(json.utf8)),
                status: DialogueStatus(rawValue: try row.get("status")) ?? .archived,
                createdAt: try row.get("created_at"), createdBy: try row.get("created_by"),
                publishedAt: try row.get("published_at"), publishedBy: try row.get("published_by"))
        }
    }

    /// The validator for a change of hromada `hromadaID`, reading what it checks against in `db`: published
    /// dialogue ids, catalogue codes, and today in the hromada's time zone.
    func validator(hromadaID: Int64, in db: any DatabaseConnection) throws -> DialogueValidator {
        let published = try db.query(
            "SELECT dialogue_id FROM chatbot_dialogues WHERE hromada_id = ? AND status = 'published'", hromadaID
        ).map { try $0.get(0, as: String.self) }
        let codes = try db.query("SELECT code FROM services WHERE hromada_id = ?", hromadaID).map {
            try $0.get(0, as: String.self)
        }
        let zone = try db.scalar("SELECT time_zone FROM hromadas WHERE id = ?", [.integer(hromadaID)], as: String.self)
        let today = CivilDate(
            clock.now, in: zone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Kyiv")!)
        return DialogueValidator(
            knownActions: knownActions, catalogueCodes: Set(codes), knownDialogues: Set(published), today: today)
    }

    /// The newest stored version of dialogue `id`, or 0.
    static func latestVersion(id: String, hromadaID: Int64, in db: any DatabaseConnection) throws -> Int {
        let newest = try db.scalar(
            "SELECT MAX(version) FROM chatbot_dialogues WHERE hromada_id = ? AND dialogue_id = ?",
            [.integer(hromadaID), .text(id)], as: Int?.self)
        return (newest ?? nil) ?? 0
    }
}
