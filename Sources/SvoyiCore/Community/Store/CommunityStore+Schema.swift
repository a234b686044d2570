extension CommunityStore {
    /// The `community` module's schema: hromadas and their community data, the service catalogue, and the
    /// national subsistence-minimum figures (seeded with 2024–2026).
    ///
    /// References inside a hromada are composite foreign keys on `(hromada_id, code)`, so a row can only ever
    /// point at a row of the same hromada. Nested values (contacts, accessibility, opening hours, shelter
    /// facts, documents) are JSON text; what queries filter or join on is a real, indexed column. Coordinates are
    /// `DOUBLE PRECISION` (PostgreSQL's `REAL` is single precision). `subsistence_minimums` is national data and
    /// the one table without `hromada_id`.
    public static let migrations: [Migration] = [
        Migration(module: "community", version: 1, name: "community tables", sql: schemaV1),
        // A КАТОТТГ code names one hromada; NULLs (no code given) do not collide in SQLite or PostgreSQL.
        Migration(
            module: "community", version: 2, name: "unique hromada katottg",
            sql: "CREATE UNIQUE INDEX hromadas_katottg ON hromadas (katottg)"),
    ]

    private static let schemaV1 = """
        CREATE TABLE hromadas (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            katottg TEXT,
            oblast TEXT,
            time_zone TEXT NOT NULL,
            locales TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE hromada_hosts (
            host TEXT PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            position INTEGER NOT NULL
        );
        CREATE INDEX hromada_hosts_hromada ON hromada_hosts (hromada_id);
        CREATE TABLE starosta_districts (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            starosta TEXT,
            position INTEGER NOT NULL,
            UNIQUE (hromada_id, code)
        );
        CREATE TABLE settlements (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            katottg TEXT NOT NULL,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            kind TEXT NOT NULL,
            district TEXT,
            population INTEGER CHECK (population IS NULL OR population >= 0),
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            position INTEGER NOT NULL,
            UNIQUE (hromada_id, katottg),
            FOREIGN KEY (hromada_id, district) REFERENCES starosta_districts (hromada_id, code)
        );
        CREATE INDEX settlements_district ON settlements (hromada_id, district);
        CREATE TABLE institutions (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            kind TEXT NOT NULL,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            parent TEXT,
            settlement TEXT,
            address_uk TEXT NOT NULL,
            address_en TEXT,
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            contacts TEXT NOT NULL,
            accessibility TEXT NOT NULL,
            opening_hours TEXT NOT NULL,
            shelter TEXT,
            description_uk TEXT,
            description_en TEXT,
            position INTEGER NOT NULL,
            UNIQUE (hromada_id, code),
            FOREIGN KEY (hromada_id, parent) REFERENCES institutions (hromada_id, code)
                DEFERRABLE INITIALLY DEFERRED,
            FOREIGN KEY (hromada_id, settlement) REFERENCES settlements (hromada_id, katottg)
        );
        CREATE INDEX institutions_kind ON institutions (hromada_id, kind);
        CREATE INDEX institutions_settlement ON institutions (hromada_id, settlement);
        CREATE INDEX institutions_parent ON institutions (hromada_id, parent);
        CREATE INDEX institutions_location ON institutions (hromada_id, latitude, longitude);
        CREATE TABLE life_situations (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            position INTEGER NOT NULL,
            UNIQUE (hromada_id, code)
        );
        CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            registry_id TEXT,
            name_uk TEXT NOT NULL,
            name_en TEXT,
            description_uk TEXT NOT NULL,
            description_en TEXT,
            cost_kind TEXT NOT NULL CHECK (cost_kind IN ('free', 'fixed', 'subsistenceMinimum', 'varies')),
            cost_kopecks INTEGER CHECK (cost_kopecks IS NULL OR cost_kopecks >= 0),
            cost_multiple TEXT,
            cost_note TEXT,
            cost_legal_basis TEXT,
            term_amount INTEGER NOT NULL CHECK (term_amount >= 0),
            term_unit TEXT NOT NULL,
            term_note TEXT,
            legal_basis TEXT,
            documents TEXT NOT NULL,
            eligibility TEXT,
            e_service_url TEXT,
            last_reviewed TEXT,
            position INTEGER NOT NULL,
            UNIQUE (hromada_id, code)
        );
        CREATE INDEX services_registry ON services (hromada_id, registry_id);
        CREATE TABLE service_places (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            service TEXT NOT NULL,
            institution TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (hromada_id, service, institution),
            FOREIGN KEY (hromada_id, service) REFERENCES services (hromada_id, code) ON DELETE CASCADE,
            FOREIGN KEY (hromada_id, institution) REFERENCES institutions (hromada_id, code) ON DELETE CASCADE
        );
        CREATE INDEX service_places_institution ON service_places (hromada_id, institution);
        CREATE TABLE service_life_situations (
            hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
            service TEXT NOT NULL,
            life_situation TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (hromada_id, service, life_situation),
            FOREIGN KEY (hromada_id, service) REFERENCES services (hromada_id, code) ON DELETE CASCADE,
            FOREIGN KEY (hromada_id, life_situation) REFERENCES life_situations (hromada_id, code)
                ON DELETE CASCADE
        );
        CREATE INDEX service_life_situations_situation ON service_life_situations (hromada_id, life_situation);
        CREATE TABLE subsistence_minimums (
            effective_on TEXT PRIMARY KEY,
            kopecks INTEGER NOT NULL CHECK (kopecks > 0),
            legal_basis TEXT
        );
        INSERT INTO subsistence_minimums (effective_on, kopecks, legal_basis) VALUES
            ('2024-01-01', 302800, 'Закон України «Про Державний бюджет України на 2024 рік», ст. 7'),
            ('2025-01-01', 302800, 'Закон України «Про Державний бюджет України на 2025 рік», ст. 7'),
            ('2026-01-01', 332800, 'Закон України «Про Державний бюджет України на 2026 рік», ст. 7');
        """
}
