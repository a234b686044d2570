// A child process for crash tests: the tests start it, read its acknowledgements, and kill it with SIGKILL
// at chosen moments. Not part of any product.
import Foundation
import SvoyiCore

/// Writes a line straight to the pipe (unbuffered), so the test sees it before any kill.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: SvoyiTestHelper <mode> <database> [options]\n".utf8))
    exit(64)
}
let mode = arguments[1]
let path = arguments[2]
let database = try SQLiteDatabase(path: path)

switch mode {
case "write-forever":
    // Each transaction inserts two rows whose values sum to zero; after commit it acknowledges the pair.
    try await database.write { db in
        try db.execute("CREATE TABLE IF NOT EXISTS pairs (id INTEGER PRIMARY KEY, pair INTEGER NOT NULL, v INTEGER)")
    }
    var pair = 0
    while true {
        pair += 1
        let current = pair
        try await database.write { db in
            try db.execute("INSERT INTO pairs (pair, v) VALUES (?, ?)", current, current)
            try db.execute("INSERT INTO pairs (pair, v) VALUES (?, ?)", current, -current)
        }
        say("ack \(current)")
    }

case "hang-in-transaction":
    // Commits `count` acknowledged rows, then opens a transaction, writes into it and waits to be killed.
    let count = Int(arguments[3]) ?? 10
    try await database.write { db in
        try db.execute("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
    }
    for i in 1...count {
        try await database.write { db in try db.execute("INSERT INTO items (label) VALUES (?)", "acked \(i)") }
        say("ack \(i)")
    }
    try await database.write { db in
        for i in 1...5_000 { try db.execute("INSERT INTO items (label) VALUES (?)", "uncommitted \(i)") }
        say("inside")
        while true { sleep(60) }
    }

case "jobs":
    // Runs a job runner with one transactional handler that records its effect in `effects`.
    // Option `hang` makes the handler block forever after writing, inside the transaction.
    let hang = arguments.dropFirst(3).contains("hang")
    try await Migrator(JobQueue.migrations).migrate(database)
    try await database.write { db in
        try db.execute(
            "CREATE TABLE IF NOT EXISTS effects (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL, attempt INTEGER)")
    }
    let handler = JobHandler.transactional("test.record") { job, db in
        try db.execute("INSERT INTO effects (job_id, attempt) VALUES (?, ?)", job.id, job.attempt)
        if hang {
            say("running \(job.id)")
            while true { sleep(60) }
        }
    }
    var configuration = JobRunner.Configuration()
    configuration.lease = 1
    configuration.idlePoll = 0.2
    let runner = JobRunner(database: database, handlers: [handler], configuration: configuration)
    say("ready")
    await runner.run()

case "schedule":
    // Schedules one `test.record` job `delay` seconds from now and prints its id.
    let delay = Double(arguments[3]) ?? 1
    try await Migrator(JobQueue.migrations).migrate(database)
    let id = try await database.write { db in
        try JobQueue.schedule(
            "test.record", at: Date().addingTimeInterval(delay), idempotencyKey: "crash-test", in: db)
    }
    say("scheduled \(id)")

default:
    FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
    exit(64)
}
