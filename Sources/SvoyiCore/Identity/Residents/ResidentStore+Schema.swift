extension ResidentStore {
    /// The `residents` module's schema. Mount it after ``CommunityStore/migrations``: every table is scoped by
    /// `hromada_id` (deleting a hromada deletes its residents), and a resident's settlement is a composite
    /// foreign key to the same hromada's settlements.
    ///
    /// Rows that belong to a resident refer to `residents (hromada_id, id)`, so they can never point at a
    /// resident of another hromada, and go with the resident. Secrets (link codes, verification states) and
    /// external identities are stored only as SHA-256 hashes. Times are ISO 8601 text, which sorts as time.
    public static let migrations: [Migration] = [
        Migration(module: "residents", version: 1, name: "residents tables", sql: schemaV1),
        Migration(module: "residents", version: 2, name: "channel subscriber ledger", sql: schemaV2),
    ]

    /// Version 2: the subscriber ledger. A channel link is `active` until the messenger says the person blocked the
    /// bot, unsubscribed or is gone; a message from the person makes it active again.
    private static let schemaV2 = """
        ALTER TABLE resident_channels ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active', 'blocked', 'unsubscribed', 'deactivated'));
        ALTER TABLE resident_channels ADD COLUMN status_changed_at TEXT;
        """

    private static let schemaV1 = """
        CREATE TABLE residents (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            display_name TEXT,
            search_name TEXT,
            language TEXT NOT NULL,
            settlement TEXT,
            verification_level INTEGER NOT NULL CHECK (verification_level BETWEEN 1 AND 4),
            phone TEXT,
            verified_by TEXT,
            verification_note TEXT,
            verified_at TEXT,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            UNIQUE (hromada_id, id),
            FOREIGN KEY (hromada_id, settlement) REFERENCES settlements (hromada_id, katottg)
        );
        CREATE INDEX residents_last_seen ON residents (hromada_id, last_seen_at);
        CREATE INDEX residents_phone ON residents (hromada_id, phone);
        CREATE INDEX residents_settlement ON residents (hromada_id, settlement);
        CREATE TABLE resident_channels (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('telegram', 'viber', 'web')),
            external_id TEXT NOT NULL,
            resident_id INTEGER NOT NULL,
            linked_at TEXT NOT NULL,
            PRIMARY KEY (hromada_id, channel, external_id),
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX resident_channels_resident ON resident_channels (hromada_id, resident_id);
        CREATE TABLE resident_consents (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            resident_id INTEGER NOT NULL,
            purpose TEXT NOT NULL,
            text_version TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('telegram', 'viber', 'web')),
            granted_at TEXT NOT NULL,
            withdrawn_at TEXT,
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX resident_consents_resident ON resident_consents (hromada_id, resident_id, purpose);
        CREATE TABLE resident_identities (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            identity_hash TEXT NOT NULL,
            resident_id INTEGER NOT NULL,
            provider TEXT NOT NULL,
            verified_at TEXT NOT NULL,
            PRIMARY KEY (hromada_id, identity_hash),
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX resident_identities_resident ON resident_identities (hromada_id, resident_id);
        CREATE TABLE resident_link_codes (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL,
            resident_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            PRIMARY KEY (hromada_id, code_hash),
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX resident_link_codes_resident ON resident_link_codes (hromada_id, resident_id);
        CREATE TABLE resident_verification_states (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            state_hash TEXT NOT NULL,
            resident_id INTEGER NOT NULL,
            provider TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT,
            PRIMARY KEY (hromada_id, state_hash),
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX resident_verification_states_resident ON resident_verification_states (hromada_id, resident_id);
        """

    /// The tables holding a resident's data, children first (the order ``deleteRows(residentID:hromadaID:in:)`` uses).
    static let residentTables = [
        "resident_verification_states", "resident_link_codes", "resident_identities", "resident_consents",
        "resident_channels",
    ]
}
