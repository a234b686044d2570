extension NotifyStore {
    /// The `notify` module's schema. Mount it after ``ResidentStore/migrations`` (``CoreModule`` does).
    ///
    /// - `notify_topic_choices`: the topics a resident turned off (or on again); no row means subscribed.
    /// - `notify_messages`: what staff and modules enqueue; `notify_message_places` holds the settlement or district
    ///   codes of a message's audience.
    /// - `notify_deliveries`: one row per message and resident, with the one messenger channel chosen when the
    ///   message was expanded. The claim index orders a channel's queue emergency first, then oldest.
    ///
    /// Version 2 adds the messenger's receipts to a delivery (`delivered_at`, `seen_at`: Viber's `delivered` and
    /// `seen` callbacks), found by the token the messenger answered the send with.
    ///
    /// Rows of a resident go with the resident (erasure, merge); rows of a message go with the message.
    public static let migrations: [Migration] = [
        Migration(module: "notify", version: 1, name: "notification outbox", sql: schemaV1),
        Migration(module: "notify", version: 2, name: "delivery receipts", sql: schemaV2),
    ]

    /// A receipt names the message by the token Viber answered the send with; only Viber sends receipts, so only its
    /// deliveries are indexed by token.
    private static let schemaV2 = """
        ALTER TABLE notify_deliveries ADD COLUMN delivered_at TEXT;
        ALTER TABLE notify_deliveries ADD COLUMN seen_at TEXT;
        CREATE INDEX notify_deliveries_receipt ON notify_deliveries (hromada_id, provider_message_id, external_id)
            WHERE channel = 'viber' AND provider_message_id IS NOT NULL;
        """

    private static let schemaV1 = """
        CREATE TABLE notify_topic_choices (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            resident_id INTEGER NOT NULL,
            topic TEXT NOT NULL,
            subscribed INTEGER NOT NULL CHECK (subscribed IN (0, 1)),
            changed_at TEXT NOT NULL,
            PRIMARY KEY (hromada_id, resident_id, topic),
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE TABLE notify_messages (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            text_uk TEXT NOT NULL,
            text_en TEXT,
            link_url TEXT,
            link_title_uk TEXT,
            link_title_en TEXT,
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            place_uk TEXT,
            place_en TEXT,
            priority TEXT NOT NULL CHECK (priority IN ('normal', 'emergency')),
            audience TEXT NOT NULL CHECK (audience IN ('everyone', 'settlements', 'districts', 'resident')),
            resident_id INTEGER,
            scheduled_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('scheduled', 'expanding', 'sending', 'done', 'cancelled')),
            expansion_cursor INTEGER NOT NULL DEFAULT 0,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            idempotency_key TEXT,
            finished_at TEXT,
            UNIQUE (hromada_id, id),
            UNIQUE (hromada_id, idempotency_key),
            CHECK ((link_url IS NULL) = (link_title_uk IS NULL)),
            CHECK ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL) = (place_uk IS NULL)),
            CHECK ((audience = 'resident') = (resident_id IS NOT NULL))
        );
        CREATE INDEX notify_messages_state ON notify_messages (hromada_id, state);
        CREATE TABLE notify_message_places (
            hromada_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (message_id, code),
            FOREIGN KEY (hromada_id, message_id) REFERENCES notify_messages (hromada_id, id) ON DELETE CASCADE
        );
        CREATE TABLE notify_deliveries (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            resident_id INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('telegram', 'viber')),
            external_id TEXT NOT NULL,
            language TEXT NOT NULL,
            priority INTEGER NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'blocked', 'uncertain', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            provider_message_id TEXT,
            sent_at TEXT,
            UNIQUE (message_id, resident_id),
            FOREIGN KEY (hromada_id, message_id) REFERENCES notify_messages (hromada_id, id) ON DELETE CASCADE,
            FOREIGN KEY (hromada_id, resident_id) REFERENCES residents (hromada_id, id) ON DELETE CASCADE
        );
        CREATE INDEX notify_deliveries_claim ON notify_deliveries (hromada_id, channel, state, priority, id);
        CREATE INDEX notify_deliveries_message_state ON notify_deliveries (message_id, state);
        CREATE INDEX notify_deliveries_resident ON notify_deliveries (hromada_id, resident_id);
        """
}
