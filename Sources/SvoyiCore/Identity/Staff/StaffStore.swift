import Foundation

/// Staff accounts of every hromada: creation and changes, passwords, sign-in with lockout, TOTP 2FA and recovery
/// codes. Sessions live in ``SessionStore``; every method that changes who may sign in (disable, password or 2FA
/// reset) ends the account's sessions in the same transaction.
///
/// Queries take the hromada's id and never touch another hromada's accounts.
public struct StaffStore: Sendable {
    public let database: any Database
    public let clock: any WallClock
    public let hasher: PasswordHasher
    public let passwordPolicy: PasswordPolicy
    public let lockout: LockoutPolicy
    let secrets: SecretBox
    let unknownLogins = UnknownLoginLockouts()

    /// A store over a database migrated with ``IdentitySchema/migrations``; `secretKey` seals TOTP seeds (see
    /// ``DataDirectory/secretKey()``).
    public init(
        database: any Database, secretKey: [UInt8], clock: any WallClock = SystemClock(),
        hasher: PasswordHasher = PasswordHasher(), passwordPolicy: PasswordPolicy = PasswordPolicy(),
        lockout: LockoutPolicy = LockoutPolicy()
    ) {
        self.database = database
        self.clock = clock
        self.hasher = hasher
        self.passwordPolicy = passwordPolicy
        self.lockout = lockout
        self.secrets = SecretBox(key: secretKey)
    }

    static let columns = """
        s.id, s.hromada_id, s.login, s.display_name, s.role, s.position_title, s.public_profile,
        s.totp_secret IS NOT NULL AS totp_on, s.two_factor_required, s.must_change_password, s.disabled_at,
        s.created_at, s.password_changed_at
        """

    static func decode(_ row: Row, units: [String]) throws -> StaffMember {
        let roleText: String = try row.get("role")
        guard let role = StaffRole(rawValue: roleText) else {
            throw DecodingFailure(expected: "a staff role", found: .text(roleText), column: "role")
        }
        return StaffMember(
            id: try row.get("id"), hromadaID: try row.get("hromada_id"), login: try row.get("login"),
            displayName: try row.get("display_name"), role: role, units: units,
            positionTitle: try row.get("position_title"), publicProfile: try row.get("public_profile"),
            twoFactorEnabled: try row.get("totp_on"), twoFactorRequired: try row.get("two_factor_required"),
            mustChangePassword: try row.get("must_change_password"), disabledAt: try row.get("disabled_at"),
            createdAt: try row.get("created_at"), passwordChangedAt: try row.get("password_changed_at"))
    }

    static func units(of staffID: Int64, in db: any DatabaseConnection) throws -> [String] {
        try db.query("SELECT unit FROM staff_units WHERE staff_id = ? ORDER BY unit", staffID).map {
            try $0.get("unit")
        }
    }

    /// The account `id` of `hromadaID`, or `nil`.
    public static func member(id: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws -> StaffMember? {
        guard
            let row = try db.queryFirst(
                "SELECT \(columns) FROM staff s WHERE s.id = ? AND s.hromada_id = ?", id, hromadaID)
        else { return nil }
        return try decode(row, units: units(of: id, in: db))
    }

    /// The account `id` in any hromada (for sessions and the CLI), or `nil`.
    public static func member(id: Int64, in db: any DatabaseConnection) throws -> StaffMember? {
        guard let row = try db.queryFirst("SELECT \(columns) FROM staff s WHERE s.id = ?", id) else { return nil }
        return try decode(row, units: units(of: id, in: db))
    }

    /// The account with `login` (compared lower-cased), or `nil`.
    public static func member(login: String, in db: any DatabaseConnection) throws -> StaffMember? {
        guard
            let row = try db.queryFirst(
                "SELECT \(columns) FROM staff s WHERE s.login = ?", login.lowercased())
        else { return nil }
        return try decode(row, units: units(of: try row.get("id"), in: db))
    }

    /// The hromada's accounts: the owner first, then by role and name.
    public static func members(hromadaID: Int64, in db: any DatabaseConnection) throws -> [StaffMember] {
        let members = try db.query("SELECT \(columns) FROM staff s WHERE s.hromada_id = ?", hromadaID)
            .map { try decode($0, units: units(of: try $0.get("id"), in: db)) }
        // Names in Ukrainian alphabetical order (Є, І, Ї in their places), which byte order in SQL is not.
        let ukrainian = Locale(identifier: "uk_UA")
        return members.sorted { a, b in
            if a.role.rank != b.role.rank { return a.role.rank > b.role.rank }
            let order = a.displayName.compare(b.displayName, options: [.caseInsensitive], locale: ukrainian)
            return order == .orderedSame ? a.id < b.id : order == .orderedAscending
        }
    }

    public func member(id: Int64, hromadaID: Int64) async throws -> StaffMember? {
        try await database.read { try Self.member(id: id, hromadaID: hromadaID, in: $0) }
    }

    public func member(id: Int64) async throws -> StaffMember? {
        try await database.read { try Self.member(id: id, in: $0) }
    }

    public func member(login: String) async throws -> StaffMember? {
        try await database.read { try Self.member(login: login, in: $0) }
    }

    public func members(hromadaID: Int64) async throws -> [StaffMember] {
        try await database.read { try Self.members(hromadaID: hromadaID, in: $0) }
    }

    /// Whether the hromada asks every staff member for a second factor (the owner always needs one).
    public func requiresTwoFactorForAll(hromadaID: Int64) async throws -> Bool {
        try await database.read { db in
            try db.queryFirst("SELECT two_factor_for_all FROM hromada_security WHERE hromada_id = ?", hromadaID)?
                .get("two_factor_for_all") ?? false
        }
    }

    /// Sets whether the hromada asks every staff member for a second factor. Turning it on ends the sessions of
    /// everyone who has none yet, so they enrol at their next sign-in.
    public func setRequiresTwoFactorForAll(_ required: Bool, hromadaID: Int64) async throws {
        try await database.write { db in
            if required {
                try db.execute(
                    """
                    DELETE FROM staff_sessions WHERE staff_id IN
                        (SELECT id FROM staff WHERE hromada_id = ? AND totp_secret IS NULL)
                    """, hromadaID)
            }
            try db.execute(
                """
                INSERT INTO hromada_security (hromada_id, two_factor_for_all) VALUES (?, ?)
                ON CONFLICT (hromada_id) DO UPDATE SET two_factor_for_all = excluded.two_factor_for_all
                """, hromadaID, required)
        }
    }
}

/// How failed sign-ins slow an attacker down without letting anyone lock the owner out for good.
///
/// Failures are counted per account *and* client address: after ``freeAttempts`` failures from one address, that
/// address waits ``baseDelay``, doubling with each further failure up to ``maximumDelay``. Another address (the
/// owner's own office) is not affected, a lock always ends by itself, and a password reset clears every lock.
public struct LockoutPolicy: Sendable {
    public var freeAttempts = 5
    public var baseDelay: Duration = .seconds(60)
    public var maximumDelay: Duration = .seconds(15 * 60)

    public init() {}

    /// How long to lock after `failures` consecutive failures, or `nil` for no lock.
    public func lockDuration(afterFailures failures: Int) -> Duration? {
        guard failures >= freeAttempts else { return nil }
        let doublings = min(failures - freeAttempts, 20)
        let seconds = baseDelay.components.seconds << doublings
        return min(.seconds(seconds), maximumDelay)
    }
}
