public import SvoyiCore

extension DialogueStore {
    /// The dialogue library's schema (module `chatbot`, version 1): every version of every dialogue of each
    /// hromada, as the JSON that was validated, with who made and published it.
    ///
    /// A version's JSON never changes once written; publishing only moves `status`. The partial unique index
    /// lets at most one version of a dialogue be published at a time (PostgreSQL has partial indexes too).
    public static let migrations: [Migration] = [
        Migration(module: "chatbot", version: 1, name: "dialogue library", sql: schemaV1)
    ]

    private static let schemaV1 = """
        CREATE TABLE chatbot_dialogues (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            dialogue_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            json TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            published_at TEXT,
            published_by TEXT,
            PRIMARY KEY (hromada_id, dialogue_id, version)
        );
        CREATE UNIQUE INDEX chatbot_dialogues_published ON chatbot_dialogues (hromada_id, dialogue_id)
            WHERE status = 'published';
        """
}
