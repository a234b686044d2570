// Prints inserts/s and point reads/s through Svoyi's `Database` and through raw SQLite C calls, in the same
// run, for single-row transactions and batches of 1,000. Target: Database ≥ 80% of raw on every row.
import Foundation
import SvoyiCore

let arguments = CommandLine.arguments
let scale = arguments.count > 1 ? Double(arguments[1]) ?? 1 : 1
let rounds = 5
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
    Case(
        name: "point read, 1 per read transaction", operations: reads,
        raw: {
            await seconds {
                for i in 0..<reads {
                    readRaw.step("BEGIN")
                    sink &+= readRaw.read(Int64(i % seedRows + 1)).1
                    readRaw.step("COMMIT")
                }
            }
        },
        svoyi: {
            try await seconds {
                for i in 0..<reads {
                    sink &+= try await readSvoyi.read { db in
                        let row = try db.queryFirst(
                            "SELECT id, name, amount, created_at FROM items WHERE id = ?",
                            [.integer(Int64(i % seedRows + 1))])!
                        _ = try row.get(1, as: String.self)
                        return try row.get(2, as: Int64.self)
                    }
                }
            }
        }),
    Case(
        name: "point read, 1,000 per read transaction", operations: reads,
        raw: {
            await seconds {
                for b in 0..<(reads / 1000) {
                    readRaw.step("BEGIN")
                    for i in 0..<1000 { sink &+= readRaw.read(Int64((b * 1000 + i) % seedRows + 1)).1 }
                    readRaw.step("COMMIT")
                }
            }
        },
        svoyi: {
            try await seconds {
                for b in 0..<(reads / 1000) {
                    sink &+= try await readSvoyi.read { db in
                        var total: Int64 = 0
                        for i in 0..<1000 {
                            let row = try db.queryFirst(
                                "SELECT id, name, amount, created_at FROM items WHERE id = ?",
                                [.integer(Int64((b * 1000 + i) % seedRows + 1))])!
                            _ = try row.get(1, as: String.self)
                            total &+= try row.get(2, as: Int64.self)
                        }
                        return total
                    }
                }
            }
        }),
]

print("Svoyi storage benchmark — \(rounds) interleaved rounds, best of each; SQLite \(sqliteVersion)")
print("operation                                 raw ops/s    Database ops/s   ratio")
var worst = Double.infinity
for item in cases {
    var bestRaw = Double.infinity
    var bestSvoyi = Double.infinity
    for _ in 0..<rounds {
        bestRaw = min(bestRaw, try await item.raw())
        bestSvoyi = min(bestSvoyi, try await item.svoyi())
    }
    let rawRate = Double(item.operations) / bestRaw
    let svoyiRate = Double(item.operations) / bestSvoyi
    let ratio = svoyiRate / rawRate
    worst = min(worst, ratio)
    let name = item.name.padding(toLength: 40, withPad: " ", startingAt: 0)
    print(
        "\(name)  \(String(format: "%10.0f", rawRate))   \(String(format: "%12.0f", svoyiRate))   \(String(format: "%5.1f%%", ratio * 100))"
    )
}
print(String(format: "worst ratio: %.1f%% (target ≥ 80%%)", worst * 100))
if sink == 42 { print("") }  // keeps the reads from being optimised away
