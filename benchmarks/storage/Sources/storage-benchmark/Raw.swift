import CSQLiteRaw
import Foundation

/// The baseline: the same work with direct SQLite C calls, prepared statements reused, nothing else.
final class RawSQLite {
    let db: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    init(path: String) {
        var handle: OpaquePointer?
        guard
            sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
                == SQLITE_OK, let handle
        else { fatalError("cannot open \(path)") }
        db = handle
        exec("PRAGMA journal_mode=WAL")
        exec("PRAGMA synchronous=NORMAL")
        exec("PRAGMA foreign_keys=ON")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(db)
    }

    func exec(_ sql: String) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            fatalError(String(cString: sqlite3_errmsg(db)))
        }
    }

    func statement(_ sql: String) -> OpaquePointer {
        if let cached = statements[sql] { return cached }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
            let statement
        else { fatalError(String(cString: sqlite3_errmsg(db))) }
        statements[sql] = statement
        return statement
    }

    private lazy var begin = statement("BEGIN")
    private lazy var beginImmediate = statement("BEGIN IMMEDIATE")
    private lazy var commit = statement("COMMIT")

    func step(_ sql: String) {
        let s: OpaquePointer
        switch sql {
        case "BEGIN": s = begin
        case "BEGIN IMMEDIATE": s = beginImmediate
        case "COMMIT": s = commit
        default: s = statement(sql)
        }
        guard sqlite3_step(s) == SQLITE_DONE else { fatalError(String(cString: sqlite3_errmsg(db))) }
        sqlite3_reset(s)
    }

    /// The two statements of the measured loops, prepared once and held directly: the fastest raw caller.
    private lazy var insertStatement = statement(
        "INSERT INTO items (hromada_id, name, amount, created_at) VALUES (?, ?, ?, ?)")
    private lazy var selectStatement = statement("SELECT id, name, amount, created_at FROM items WHERE id = ?")

    func insert(_ i: Int, name: String, createdAt: String) {
        let s = insertStatement
        sqlite3_bind_int64(s, 1, 1)
        bindText(s, 2, name)
        sqlite3_bind_int64(s, 3, Int64(i))
        bindText(s, 4, createdAt)
        guard sqlite3_step(s) == SQLITE_DONE else { fatalError(String(cString: sqlite3_errmsg(db))) }
        sqlite3_reset(s)
    }

    /// Binds text with its byte length, as a careful raw caller does (no terminator scan).
    private func bindText(_ statement: OpaquePointer, _ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                _ = sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), csqliteraw_transient())
            }
        }
    }

    /// Reads one row by id and decodes all four selected columns into an `Item`.
    func read(_ id: Int64) -> Item {
        let s = selectStatement
        sqlite3_bind_int64(s, 1, id)
        guard sqlite3_step(s) == SQLITE_ROW else { fatalError("row \(id) missing") }
        let rowID = sqlite3_column_int64(s, 0)
        let name = String(cString: sqlite3_column_text(s, 1))
        let amount = sqlite3_column_int64(s, 2)
        let created = String(cString: sqlite3_column_text(s, 3))
        sqlite3_reset(s)
        return Item(id: rowID, name: name, amount: amount, createdAt: created)
    }
}

let sqliteVersion = String(cString: sqlite3_libversion())
