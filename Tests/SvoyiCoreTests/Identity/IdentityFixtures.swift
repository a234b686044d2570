import Foundation
import SvoyiCore
import Testing

/// A migrated database with two hromadas (the community fixture's units), a manual clock and the identity stores,
/// in a fresh temporary directory removed afterwards.
struct IdentityHarness {
    /// The start time: the first second of a TOTP step, so advancing by 30 s moves exactly one step.
    static let start = Date(timeIntervalSince1970: 1_780_000_020)
    /// A password every rule accepts and no test login contains.
    static let password = "Зелений гай навесні 2026"
    /// Fast hashing for tests; one test checks the default separately.
    static let hasher = PasswordHasher(iterations: 1_000)

    let directory: URL
    let database: SQLiteDatabase
    let clock: ManualClock
    let secretKey: [UInt8]
    /// The hromada of `Fixtures.bundle()`, with units `cnap-main`, `cnap-branch`, `shelter-school`….
    let hromadaID: Int64
    /// A second hromada with the same unit codes plus `only-druha`.
    let otherHromadaID: Int64
    let staff: StaffStore
    let sessions: SessionStore
    let audit: AuditLog
    let tokens: APITokenStore

    /// A staff store over the same database and clock with another sealing key or hasher.
    func staffStore(secretKey: [UInt8]? = nil, hasher: PasswordHasher = IdentityHarness.hasher) -> StaffStore {
        StaffStore(database: database, secretKey: secretKey ?? self.secretKey, clock: clock, hasher: hasher)
    }

    /// Creates an account with ``password``, no forced password change, in `hromadaID` unless told.
    @discardableResult
    func makeStaff(
        _ login: String, role: StaffRole = .admin, units: [String] = [], hromadaID: Int64? = nil,
        name: String? = nil
    ) async throws -> StaffMember {
        try await staff.create(
            NewStaffMember(
                hromadaID: hromadaID ?? self.hromadaID, login: login, displayName: name ?? "Працівник \(login)",
                role: role, units: units, password: Self.password, mustChangePassword: false))
    }

    /// Enrols `id` in TOTP at the current time and returns the seed with the recovery codes.
    func enrol(_ id: Int64) async throws -> (secret: [UInt8], recoveryCodes: [String]) {
        let enrolment = try await staff.beginEnrolment(id: id, issuer: "Білогірська громада")
        let codes = try await staff.confirmEnrolment(id: id, code: code(enrolment.secret))
        return (enrolment.secret, codes)
    }

    /// The current TOTP step.
    var step: UInt64 { TOTP.timeStep(at: clock.now) }

    /// The TOTP code of `secret` at the current step moved by `offset` steps.
    func code(_ secret: [UInt8], offset: Int = 0) -> String {
        TOTP.code(secret: secret, timeStep: UInt64(Int(step) + offset))
    }

    /// Every byte of the database file and its write-ahead log.
    func databaseBytes() async throws -> [UInt8] {
        let path = directory.appendingPathComponent("identity.sqlite").path
        return [path, path + "-wal"].flatMap { Array(FileManager.default.contents(atPath: $0) ?? Data()) }
    }

    /// One integer from the database.
    func count(_ sql: String, _ arguments: [SQLValue] = []) async throws -> Int {
        try await database.read { try $0.scalar(sql, arguments, as: Int.self) } ?? -1
    }
}

/// Runs `body` with a fresh ``IdentityHarness``.
func withIdentityHarness(_ body: (IdentityHarness) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "svoyi-identity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let database = try SQLiteDatabase(path: directory.appendingPathComponent("identity.sqlite").path)
    defer { database.close() }
    try await Migrator(CommunityStore.migrations + JobQueue.migrations + IdentitySchema.migrations).migrate(database)
    let community = CommunityStore(database: database)
    let first = try await community.importBundle(Fixtures.bundle())
    var otherBundle = Fixtures.bundle(slug: "druha", digit: "2")
    otherBundle.institutions.append(
        Institution(code: "only-druha", kind: .shelter, name: "Укриття другої громади", address: "вул. Друга, 2"))
    let second = try await community.importBundle(otherBundle)
    let clock = ManualClock(IdentityHarness.start)
    let key = SecureRandom.bytes(32)
    try await body(
        IdentityHarness(
            directory: directory, database: database, clock: clock, secretKey: key,
            hromadaID: try #require(first.id), otherHromadaID: try #require(second.id),
            staff: StaffStore(database: database, secretKey: key, clock: clock, hasher: IdentityHarness.hasher),
            sessions: SessionStore(database: database, clock: clock), audit: AuditLog(database: database),
            tokens: APITokenStore(database: database, clock: clock)))
}

/// Whether `needle` occurs in `haystack` as consecutive bytes.
func identityBytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}
