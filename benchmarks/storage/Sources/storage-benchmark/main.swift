// Prints inserts/s and point reads/s through Svoyi's `Database` and through raw SQLite C calls, in the same
// run, for single-row transactions and batches of 1,000. Target: Database ≥ 80% of raw on the write rows and
// the in-place (`ColumnReader`) read rows; the `Row` rows show the cost of the convenience API.
import Foundation
import SvoyiCore

let arguments = CommandLine.arguments
let scale = arguments.count > 1 ? Double(arguments[1]) ?? 1 : 1
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 7
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

let schema = """
    CREATE TABLE items (id INTEGER PRIMARY KEY, hromada_id INTEGER NOT NULL, name TEXT NOT NULL,
                        amount INTEGER NOT NULL, created_at TEXT NOT NULL)
    """
let createdAt = "2026-11-21T10:00:00.000Z"

@MainActor func seconds(_ body: @MainActor () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct Case {
    let name: String
    let operations: Int
    let raw: @MainActor () async throws -> Double
    let svoyi: @MainActor () async throws -> Double
}

var round = 0
@MainActor func freshPair() async throws -> (RawSQLite, SQLiteDatabase) {
    round += 1
    let raw = RawSQLite(path: directory.appendingPathComponent("raw-\(round).sqlite").path)
    raw.exec(schema)
    let svoyi = try SQLiteDatabase(path: directory.appendingPathComponent("svoyi-\(round).sqlite").path)
    try await svoyi.write { try $0.execute(schema) }
    return (raw, svoyi)
}

let single = Int(20_000 * scale)
let batches = Int(200 * scale)
let reads = Int(100_000 * scale)
let seedRows = 10_000

// Databases pre-filled for the read cases.
let (readRaw, readSvoyi) = try await freshPair()
readRaw.exec("BEGIN")
for i in 0..<seedRows { readRaw.insert(i, name: "Послуга \(i)", createdAt: createdAt) }
readRaw.exec("COMMIT")
try await readSvoyi.write { db in
    for i in 0..<seedRows {
        try db.execute(
            "INSERT INTO items (hromada_id, name, amount, created_at) VALUES (?, ?, ?, ?)",
            [.integer(1), .text("Послуга \(i)"), .integer(Int64(i)), .text(createdAt)])
    }
}
let names = (0..<single).map { "Послуга \($0)" }
var sink: Int64 = 0

/// What a caller decodes a row into.
struct Item {
    let id: Int64
    let name: String
    let amount: Int64
    let createdAt: String
}

let pointQuery = "SELECT id, name, amount, created_at FROM items WHERE id = ?"

/// A point read through the convenience API: a `Row`, then typed `get`s.
func decodeRow(_ db: any DatabaseConnection, _ id: Int64) throws -> Int64 {
    let row = try db.queryFirst(pointQuery, [.integer(id)])!
    let item = Item(
        id: try row.get(0), name: try row.get(1), amount: try row.get(2), createdAt: try row.get(3))
    return item.amount
}

/// A point read decoded in place with a `ColumnReader`.
func decodeInPlace(_ db: any DatabaseConnection, _ id: Int64) throws -> Int64 {
    try db.queryFirst(pointQuery, [.integer(id)]) { columns in
        Item(id: columns.int64(0), name: columns.string(1), amount: columns.int64(2), createdAt: columns.string(3))
    }!.amount
}

/// Reads `reads` rows by id, `perTransaction` per read transaction, raw and through `Database`.
@MainActor func readCase(
    _ name: String, perTransaction: Int, decode: @escaping (any DatabaseConnection, Int64) throws -> Int64
) -> Case {
    Case(
        name: name, operations: reads,
        raw: {
            await seconds {
                for b in 0..<(reads / perTransaction) {
                    readRaw.step("BEGIN")
                    for i in 0..<perTransaction {
                        let item = readRaw.read(Int64((b * perTransaction + i) % seedRows + 1))
                        sink &+= item.amount
                    }
                    readRaw.step("COMMIT")
                }
            }
        },
        svoyi: {
            try await seconds {
                for b in 0..<(reads / perTransaction) {
                    sink &+= try await readSvoyi.read { db in
                        var total: Int64 = 0
                        for i in 0..<perTransaction {
                            total &+= try decode(db, Int64((b * perTransaction + i) % seedRows + 1))
                        }
                        return total
                    }
                }
            }
        })
}

let cases: [Case] = [
    Case(
        name: "insert, 1 row per transaction", operations: single,
        raw: {
            let (raw, _) = try await freshPair()
            return await seconds {
                for i in 0..<single {
                    raw.step("BEGIN IMMEDIATE")
                    raw.insert(i, name: names[i], createdAt: createdAt)
                    raw.step("COMMIT")
                }
            }
        },
        svoyi: {
            let (_, db) = try await freshPair()
            return try await seconds {
                for i in 0..<single {
                    try await db.write { db in
                        try db.execute(
                            "INSERT INTO items (hromada_id, name, amount, created_at) VALUES (?, ?, ?, ?)",
                            [.integer(1), .text(names[i]), .integer(Int64(i)), .text(createdAt)])
                    }
                }
            }
        }),
    Case(
        name: "insert, 1,000 rows per transaction", operations: batches * 1000,
        raw: {
            let (raw, _) = try await freshPair()
            return await seconds {
                for b in 0..<batches {
                    raw.step("BEGIN IMMEDIATE")
                    for i in 0..<1000 { raw.insert(b * 1000 + i, name: names[i], createdAt: createdAt) }
                    raw.step("COMMIT")
                }
            }
        },
        svoyi: {
            let (_, db) = try await freshPair()
            return try await seconds {
                for b in 0..<batches {
                    try await db.write { db in
                        for i in 0..<1000 {
                            try db.execute(
                                "INSERT INTO items (hromada_id, name, amount, created_at) VALUES (?, ?, ?, ?)",
                                [.integer(1), .text(names[i]), .integer(Int64(b * 1000 + i)), .text(createdAt)])
                        }
                    }
                }
            }
        }),
    readCase("point read, 1 per read tx, Row", perTransaction: 1, decode: decodeRow),
    readCase("point read, 1,000 per read tx, Row", perTransaction: 1000, decode: decodeRow),
    readCase("point read, 1 per read tx, reader", perTransaction: 1, decode: decodeInPlace),
    readCase("point read, 1,000 per read tx, reader", perTransaction: 1000, decode: decodeInPlace),
]

print("Svoyi storage benchmark — \(rounds) interleaved rounds, best of each; SQLite \(sqliteVersion)")
print("operation                                 raw ops/s    Database ops/s   ratio")
var worst = Double.infinity
// BENCH_ONLY=<text> runs only the cases whose name contains it (for profiling one case).
let only = ProcessInfo.processInfo.environment["BENCH_ONLY"]
for item in cases where only.map({ item.name.contains($0) }) ?? true {
    var bestRaw = Double.infinity
    var bestSvoyi = Double.infinity
    for _ in 0..<rounds {
        bestRaw = min(bestRaw, try await item.raw())
        bestSvoyi = min(bestSvoyi, try await item.svoyi())
    }
    let rawRate = Double(item.operations) / bestRaw
    let svoyiRate = Double(item.operations) / bestSvoyi
    let ratio = svoyiRate / rawRate
    // `Row` is the convenience path and allocates one array per row; the target applies to the paths meant
    // for volume: writes and in-place decoding with `ColumnReader`.
    if !item.name.hasSuffix(", Row") { worst = min(worst, ratio) }
    let name = item.name.padding(toLength: 40, withPad: " ", startingAt: 0)
    print(
        "\(name)  \(String(format: "%10.0f", rawRate))   \(String(format: "%12.0f", svoyiRate))   \(String(format: "%5.1f%%", ratio * 100))"
    )
}
print(String(format: "worst ratio, writes and in-place reads: %.1f%% (target ≥ 80%%)", worst * 100))
if sink == 42 { print("") }  // keeps the reads from being optimised away
