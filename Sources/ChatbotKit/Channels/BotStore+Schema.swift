public import SvoyiCore

extension BotStore {
    /// The bot registry (module `chatbot`, version 3): Telegram and Viber bots of every hromada.
    ///
    /// `id` is the public random id of the webhook URL. The token and Telegram's webhook secret are sealed with
    /// ``SecretBox`` (the key is `<data-dir>/secret.key`, outside the database); `token_digest`, a keyed hash of
    /// the token, lets the same token be refused twice without storing it in the clear. The partial unique index
    /// lets a hromada have at most one enabled bot per messenger (PostgreSQL has partial indexes too).
    public static let migration = Migration(
        module: "chatbot", version: 3, name: "bot registry",
        sql: """
            CREATE TABLE chatbot_bots (
                id TEXT PRIMARY KEY,
                hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
                channel TEXT NOT NULL CHECK (channel IN ('telegram', 'viber')),
                name TEXT NOT NULL,
                username TEXT,
                token_sealed BLOB NOT NULL,
                token_digest TEXT NOT NULL UNIQUE,
                webhook_secret_sealed BLOB,
                api_base TEXT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('webhook', 'polling')),
                enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
                poll_offset INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            );
            CREATE INDEX chatbot_bots_hromada ON chatbot_bots (hromada_id, channel);
            CREATE UNIQUE INDEX chatbot_bots_enabled ON chatbot_bots (hromada_id, channel) WHERE enabled = 1;
            """)
}
