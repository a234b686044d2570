import Foundation
import SvoyiCore
import SvoyiTestSupport

/// 2026-03-01T10:00:00Z, where every resident test's clock starts.
let residentTestStart = Date(timeIntervalSince1970: 1_772_359_200)

/// A store over a fresh temporary database with two hromadas (A and B, each with three settlements), and the
/// manual clock it reads.
struct ResidentTestContext {
    let store: ResidentStore
    let clock: ManualClock
    let database: SQLiteDatabase
    let hromadaA: Int64
    let hromadaB: Int64
    /// Hromada A's settlement codes.
    let settlementsA: [String]
    /// Hromada B's settlement codes.
    let settlementsB: [String]

    /// A new resident of hromada A first seen on Telegram with this id.
    func telegramResident(
        _ externalID: String, name: String? = nil, language: Language = .uk
    ) async throws
        -> Resident
    {
        try await store.findOrCreate(
            channel: .telegram, externalID: externalID, displayName: name, language: language, hromadaID: hromadaA)
    }

    /// How many rows each `resident…` table holds, by table name.
    func residentTableCounts() async throws -> [String: Int] {
        try await database.read { db in
            let tables = try db.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'resident%' ORDER BY name"
            ).map { try $0.get("name", as: String.self) }
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try db.scalar("SELECT COUNT(*) FROM \(table)", as: Int.self) ?? -1
            }
            return counts
        }
    }

    /// Every text value in every table of the database.
    func allTextValues() async throws -> [String] {
        try await database.read { db in
            let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
                .map { try $0.get("name", as: String.self) }
            var texts: [String] = []
            for table in tables {
                try db.forEachRow("SELECT * FROM \(table)", []) { row in
                    for case .text(let text) in row.values { texts.append(text) }
                }
            }
            return texts
        }
    }

    /// The database file and its write-ahead log, as bytes.
    func databaseFileBytes() throws -> [UInt8] {
        var bytes: [UInt8] = []
        for path in [database.path, database.path + "-wal"] where FileManager.default.fileExists(atPath: path) {
            bytes += try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return bytes
    }
}

/// Runs `body` with a migrated database (community and residents schemas) holding two hromadas.
func withResidentStore(_ body: (ResidentTestContext) async throws -> Void) async throws {
    let directory = try TemporaryDirectory("svoyi-residents")
    let database = try SQLiteDatabase(path: directory.path("residents.sqlite"))
    defer { database.close() }
    try await Migrator(CommunityStore.migrations + ResidentStore.migrations).migrate(database)
    let community = CommunityStore(database: database)
    let bundleA = Fixtures.bundle(slug: "hromada-a", digit: "1")
    let bundleB = Fixtures.bundle(slug: "hromada-b", digit: "2")
    let a = try await community.importBundle(bundleA)
    let b = try await community.importBundle(bundleB)
    let clock = ManualClock(residentTestStart)
    try await body(
        ResidentTestContext(
            store: ResidentStore(database: database, secretKey: Array(repeating: 3, count: 32), clock: clock),
            clock: clock, database: database,
            hromadaA: a.id!, hromadaB: b.id!, settlementsA: bundleA.settlements.map(\.katottg),
            settlementsB: bundleB.settlements.map(\.katottg)))
}

/// Whether `bytes` contains `needle` anywhere.
func residentBytes(_ bytes: [UInt8], contain needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, bytes.count >= pattern.count else { return false }
    return (0...(bytes.count - pattern.count)).contains { start in
        bytes[start..<(start + pattern.count)].elementsEqual(pattern)
    }
}
