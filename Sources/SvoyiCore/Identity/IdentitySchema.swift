/// The `identity` module's schema: staff accounts and their units, sign-in state (sessions, lockouts, recovery
/// codes), API tokens and the audit log.
///
/// Staff logins are unique in the installation, so the sign-in page needs no hromada. The owner is unique per
/// hromada by a partial index. Secrets are stored only as hashes (session tokens, API tokens, recovery codes,
/// passwords) or sealed with the key outside the database (TOTP seeds, see ``SecretBox``).
///
/// The audit log has no foreign keys, so it outlives what it describes, and triggers refuse every `UPDATE` and
/// `DELETE` on it: it is append-only for the application. (The triggers are SQLite syntax; a PostgreSQL port
/// would use a rule or revoke the privileges instead.)
public enum IdentitySchema {
    public static let migrations: [Migration] = [
        Migration(module: "identity", version: 1, name: "staff, sessions, tokens, audit", sql: version1)
    ]

    private static let version1 = """
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('head_admin', 'admin', 'unit_manager', 'content_manager', 'persona')),
            position_title TEXT,
            public_profile INTEGER NOT NULL DEFAULT 0,
            password_hash TEXT NOT NULL,
            password_changed_at TEXT NOT NULL,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            totp_secret BLOB,
            totp_pending BLOB,
            totp_enabled_at TEXT,
            totp_last_step INTEGER,
            two_factor_required INTEGER NOT NULL DEFAULT 0,
            disabled_at TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (hromada_id, id)
        );
        CREATE UNIQUE INDEX staff_owner ON staff (hromada_id) WHERE role = 'head_admin';
        CREATE TABLE hromada_security (
            hromada_id INTEGER PRIMARY KEY REFERENCES hromadas (id) ON DELETE CASCADE,
            two_factor_for_all INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE staff_units (
            hromada_id INTEGER NOT NULL,
            staff_id INTEGER NOT NULL,
            unit TEXT NOT NULL,
            PRIMARY KEY (staff_id, unit),
            FOREIGN KEY (hromada_id, staff_id) REFERENCES staff (hromada_id, id) ON DELETE CASCADE,
            FOREIGN KEY (hromada_id, unit) REFERENCES institutions (hromada_id, code) ON DELETE CASCADE
        );
        CREATE INDEX staff_units_unit ON staff_units (hromada_id, unit);
        CREATE TABLE staff_recovery_codes (
            code_hash TEXT PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
            used_at TEXT
        );
        CREATE INDEX staff_recovery_codes_staff ON staff_recovery_codes (staff_id);
        CREATE TABLE staff_login_failures (
            staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
            address TEXT NOT NULL,
            failures INTEGER NOT NULL,
            last_failure_at TEXT NOT NULL,
            locked_until TEXT,
            PRIMARY KEY (staff_id, address)
        );
        CREATE TABLE staff_sessions (
            token_hash TEXT PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
            stage TEXT NOT NULL CHECK (stage IN ('second_factor', 'enrol', 'full')),
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            address TEXT NOT NULL,
            user_agent TEXT NOT NULL
        );
        CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            prefix TEXT NOT NULL UNIQUE,
            secret_hash TEXT NOT NULL,
            permissions TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT,
            last_used_at TEXT,
            revoked_at TEXT
        );
        CREATE INDEX api_tokens_hromada ON api_tokens (hromada_id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            hromada_id INTEGER,
            at TEXT NOT NULL,
            actor_kind TEXT NOT NULL,
            actor_id INTEGER,
            actor_label TEXT NOT NULL,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
            target_kind TEXT,
            target_id TEXT,
            detail TEXT,
            before_state TEXT,
            after_state TEXT,
            address TEXT,
            request_id TEXT
        );
        CREATE INDEX audit_log_hromada ON audit_log (hromada_id, id);
        CREATE INDEX audit_log_action ON audit_log (hromada_id, action, id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
}
