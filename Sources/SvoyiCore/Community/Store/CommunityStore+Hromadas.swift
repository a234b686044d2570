import Foundation

extension CommunityStore {
    /// Creates a hromada and returns it with its id.
    ///
    /// Throws ``CommunityError/invalidSlug(_:)`` unless the slug is `[a-z0-9-]{2,63}`,
    /// ``CommunityError/unknownTimeZone(_:)`` unless `TimeZone(identifier:)` knows the zone,
    /// ``CommunityError/slugTaken(_:)`` or ``CommunityError/hostTaken(_:)`` when another hromada has them, and
    /// ``CommunityError/invalid(_:)`` for any other problem with its fields.
    public static func createHromada(_ hromada: Hromada, in db: any DatabaseConnection) throws -> Hromada {
        try check(hromada)
        if try self.hromada(slug: hromada.slug, in: db) != nil { throw CommunityError.slugTaken(hromada.slug) }
        try checkKATOTTG(of: hromada, in: db)
        try db.execute(
            """
            INSERT INTO hromadas (slug, name_uk, name_en, katottg, oblast, time_zone, locales, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(hromada.slug), .text(hromada.name.uk), hromada.name.en.sqlValue, hromada.katottg.sqlValue,
                hromada.oblast.sqlValue, .text(hromada.timeZone), try .json(hromada.locales), Date().sqlValue,
            ])
        var stored = hromada
        stored.id = db.lastInsertRowID
        try saveHosts(of: stored, in: db)
        return stored
    }

    /// Updates a stored hromada's fields (all but the id) and host names, with the checks of ``createHromada(_:in:)``.
    public static func updateHromada(_ hromada: Hromada, in db: any DatabaseConnection) throws {
        guard let id = hromada.id else { throw CommunityError.hromadaNotFound("without an id") }
        try check(hromada)
        if let other = try self.hromada(slug: hromada.slug, in: db), other.id != id {
            throw CommunityError.slugTaken(hromada.slug)
        }
        try checkKATOTTG(of: hromada, in: db)
        try db.execute(
            """
            UPDATE hromadas SET slug = ?, name_uk = ?, name_en = ?, katottg = ?, oblast = ?, time_zone = ?, locales = ?
            WHERE id = ?
            """,
            [
                .text(hromada.slug), .text(hromada.name.uk), hromada.name.en.sqlValue, hromada.katottg.sqlValue,
                hromada.oblast.sqlValue, .text(hromada.timeZone), try .json(hromada.locales), .integer(id),
            ])
        guard db.changes == 1 else { throw CommunityError.hromadaNotFound("with id \(id)") }
        try saveHosts(of: hromada, in: db)
    }

    /// Every hromada, by slug.
    public static func hromadas(in db: any DatabaseConnection) throws -> [Hromada] {
        try db.query("SELECT * FROM hromadas ORDER BY slug").map { try decodeHromada($0, in: db) }
    }

    /// The hromada with this id, or `nil`.
    public static func hromada(id: Int64, in db: any DatabaseConnection) throws -> Hromada? {
        try db.queryFirst("SELECT * FROM hromadas WHERE id = ?", id).map { try decodeHromada($0, in: db) }
    }

    /// The hromada with this slug, or `nil`.
    public static func hromada(slug: String, in db: any DatabaseConnection) throws -> Hromada? {
        try db.queryFirst("SELECT * FROM hromadas WHERE slug = ?", slug).map { try decodeHromada($0, in: db) }
    }

    /// The hromada whose website answers to `host` (a `Host` header: case and a `:port` suffix are ignored).
    public static func hromada(host: String, in db: any DatabaseConnection) throws -> Hromada? {
        guard let id = try hromadaID(host: host, in: db) else { return nil }
        return try hromada(id: id, in: db)
    }

    /// The id of the hromada whose website answers to `host` (as ``hromada(host:in:)``), without reading the rest
    /// of it: for paths that need only the id on every request.
    public static func hromadaID(host: String, in db: any DatabaseConnection) throws -> Int64? {
        var name = host.lowercased()
        if let colon = name.lastIndex(of: ":"), !name.hasSuffix("]") {
            name = String(name[..<colon])
        }
        return try db.scalar("SELECT hromada_id FROM hromada_hosts WHERE host = ?", [.text(name)], as: Int64.self)
    }

    /// The id of the hromada with this slug, or `nil`.
    public static func hromadaID(slug: String, in db: any DatabaseConnection) throws -> Int64? {
        try db.scalar("SELECT id FROM hromadas WHERE slug = ?", [.text(slug)], as: Int64.self)
    }

    /// The id of the first hromada by slug (the first of ``hromadas(in:)``), or `nil` when there is none.
    public static func firstHromadaID(in db: any DatabaseConnection) throws -> Int64? {
        try db.scalar("SELECT id FROM hromadas ORDER BY slug LIMIT 1", [], as: Int64.self)
    }

    private static func check(_ hromada: Hromada) throws {
        if !CommunityFormat.isSlug(hromada.slug) { throw CommunityError.invalidSlug(hromada.slug) }
        if !CommunityFormat.isTimeZone(hromada.timeZone) { throw CommunityError.unknownTimeZone(hromada.timeZone) }
        let problems = hromada.problems(at: "hromada")
        if !problems.isEmpty { throw CommunityError.invalid(problems) }
    }

    private static func checkKATOTTG(of hromada: Hromada, in db: any DatabaseConnection) throws {
        guard let code = hromada.katottg else { return }
        let owner = try db.scalar("SELECT id FROM hromadas WHERE katottg = ?", [.text(code)], as: Int64.self)
        if let owner, owner != hromada.id { throw CommunityError.katottgTaken(code) }
    }

    /// Deletes a hromada and, through the foreign keys, all its community data. Returns false when there was
    /// no such hromada. Other modules' rows that refer to the hromada go the same way (ON DELETE CASCADE).
    @discardableResult
    public static func deleteHromada(id: Int64, in db: any DatabaseConnection) throws -> Bool {
        try db.execute("DELETE FROM hromadas WHERE id = ?", id)
        return db.changes == 1
    }

    private static func saveHosts(of hromada: Hromada, in db: any DatabaseConnection) throws {
        guard let id = hromada.id else { return }
        try db.execute("DELETE FROM hromada_hosts WHERE hromada_id = ?", id)
        for (position, host) in hromada.hosts.enumerated() {
            if let owner = try db.scalar(
                "SELECT hromada_id FROM hromada_hosts WHERE host = ?", [.text(host)], as: Int64.self)
            {
                throw owner == id
                    ? CommunityError.invalid([ImportProblem("hromada.hosts[\(position)]", "\(host) is listed twice")])
                    : CommunityError.hostTaken(host)
            }
            try db.execute(
                "INSERT INTO hromada_hosts (host, hromada_id, position) VALUES (?, ?, ?)", host, id, position)
        }
    }

    private static func decodeHromada(_ row: Row, in db: any DatabaseConnection) throws -> Hromada {
        let id: Int64 = try row.get("id")
        let hosts = try db.query("SELECT host FROM hromada_hosts WHERE hromada_id = ? ORDER BY position", id)
            .map { try $0.get("host", as: String.self) }
        return Hromada(
            id: id, slug: try row.get("slug"), name: try row.localized("name"), katottg: try row.get("katottg"),
            oblast: try row.get("oblast"), timeZone: try row.get("time_zone"), locales: try row.json("locales"),
            hosts: hosts)
    }
}

extension CommunityStore {
    /// Creates a hromada; see ``createHromada(_:in:)``.
    public func createHromada(_ hromada: Hromada) async throws -> Hromada {
        try await database.write { db in try Self.createHromada(hromada, in: db) }
    }

    /// Every hromada, by slug.
    public func hromadas() async throws -> [Hromada] {
        try await database.read { db in try Self.hromadas(in: db) }
    }

    /// The hromada with this id, or `nil`.
    public func hromada(id: Int64) async throws -> Hromada? {
        try await database.read { db in try Self.hromada(id: id, in: db) }
    }

    /// The hromada with this slug, or `nil`.
    public func hromada(slug: String) async throws -> Hromada? {
        try await database.read { db in try Self.hromada(slug: slug, in: db) }
    }

    /// The hromada whose website answers to `host`, or `nil`.
    public func hromada(host: String) async throws -> Hromada? {
        try await database.read { db in try Self.hromada(host: host, in: db) }
    }
}
