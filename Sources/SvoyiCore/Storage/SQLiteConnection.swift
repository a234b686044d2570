internal import CSQLite
import Foundation

/// One SQLite connection with its prepared-statement cache.
///
/// `@unchecked Sendable`: a connection is only ever used by the one task that holds its lease from
/// ``ConnectionPool``; the pool's lock orders every hand-over, so no two threads touch it at once.
final class SQLiteConnection: DatabaseConnection, @unchecked Sendable {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]
    /// The most recently used statements, checked before the dictionary: comparing a string literal with
    /// itself is a pointer comparison, cheaper than hashing the SQL text on every call.
    private var recent: [Statement] = []
    private var savepointDepth = 0
    /// True between BEGIN and the end of ``transaction(_:_:)``.
    private var transactionOpen = false
    /// Set when SQLite rolled the open transaction back on its own; see ``noteAbortIfAny(after:)``.
    private var aborted: DatabaseError?
    private static let cacheLimit = 256

    /// Opens a connection. On failure the handle is closed (SQLite allocates one even when open fails).
    init(path: String, flags: Int32, busyTimeoutMilliseconds: Int32) throws(DatabaseError) {
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            let error = DatabaseError(sqliteCode: code, connection: db, sql: nil)
            sqlite3_close_v2(db)
            // A path is not personal data, and without it "unable to open database file" helps nobody.
            throw DatabaseError(kind: error.kind, code: error.code, message: "\(error.message): \(path)", sql: nil)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        _ = csqlite_disable_double_quoted_strings(db)
    }

    deinit {
        recent.removeAll()
        cache.removeAll()
        beginDeferred = nil
        beginImmediate = nil
        commit = nil
        rollback = nil
        sqlite3_close_v2(handle)
    }

    /// A prepared statement for `sql`, from the cache when the cached one is not running. A query nested in
    /// the row loop of the same SQL (a recursive lookup) gets a fresh statement, so the outer loop's cursor is
    /// never reset under it.
    private func statement(_ sql: String) throws(DatabaseError) -> Statement {
        if let last = recent.last, last.sql == sql, !last.isRunning { return last }
        for statement in recent where statement.sql == sql {
            if statement.isRunning { return try Statement(connection: handle, sql: sql) }
            return statement
        }
        let statement: Statement
        if let cached = cache[sql] {
            if cached.isRunning { return try Statement(connection: handle, sql: sql) }
            statement = cached
        } else {
            statement = try Statement(connection: handle, sql: sql)
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[sql] = statement
        }
        if recent.count >= 8 { recent.removeFirst() }
        recent.append(statement)
        return statement
    }

    private func failure(_ code: Int32, _ sql: String) -> DatabaseError {
        let error = DatabaseError(sqliteCode: sqlite3_extended_errcode(handle), connection: handle, sql: sql)
        noteAbortIfAny(after: error)
        return error
    }

    /// SQLite rolls a whole transaction back by itself on some errors (disk full, I/O, out of memory). From then
    /// on, statements would run one by one in autocommit mode, so the connection refuses them until the
    /// transaction's closure ends, and the transaction reports the abort instead of committing.
    private func noteAbortIfAny(after error: DatabaseError) {
        guard transactionOpen, aborted == nil, sqlite3_get_autocommit(handle) != 0 else { return }
        aborted = DatabaseError(
            kind: error.kind, code: error.code,
            message: "the transaction was rolled back by SQLite after \"\(error.message)\"; nothing of it was kept",
            sql: error.sql)
    }

    private func ensureNotAborted() throws(DatabaseError) {
        if let aborted { throw aborted }
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try ensureNotAborted()
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(arguments, connection: handle)
        while true {
            let code = sqlite3_step(statement.handle)
            if code == SQLITE_DONE { return }
            if code != SQLITE_ROW { throw failure(code, sql) }
        }
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// The `Row` forms are the in-place forms with each row copied out.
    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (Row) throws -> Void) throws {
        try forEachRow(sql, arguments) { (columns: ColumnReader) in try body(columns.row()) }
    }

    func queryFirst(_ sql: String, _ arguments: [SQLValue]) throws -> Row? {
        try queryFirst(sql, arguments) { (columns: ColumnReader) in columns.row() }
    }

    func forEachRow(_ sql: String, _ arguments: [SQLValue], decode: (ColumnReader) throws -> Void) throws {
        try ensureNotAborted()
        let statement = try statement(sql)
        statement.isRunning = true
        defer {
            statement.isRunning = false
            statement.reset()
        }
        try statement.bind(arguments, connection: handle)
        while true {
            let code = sqlite3_step(statement.handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code, sql) }
            statement.refreshColumnsIfReprepared()
            try decode(statement.reader)
        }
    }

    func queryFirst<T>(_ sql: String, _ arguments: [SQLValue], decode: (ColumnReader) throws -> T) throws -> T? {
        try ensureNotAborted()
        let statement = try statement(sql)
        statement.isRunning = true
        defer {
            statement.isRunning = false
            statement.reset()
        }
        try statement.bind(arguments, connection: handle)
        let code = sqlite3_step(statement.handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw failure(code, sql) }
        statement.refreshColumnsIfReprepared()
        return try decode(statement.reader)
    }

    func executeScript(_ sql: String) throws {
        try ensureNotAborted()
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            let error = DatabaseError(
                kind: DatabaseError.kind(of: sqlite3_extended_errcode(handle)),
                code: sqlite3_extended_errcode(handle), message: text, sql: nil)
            noteAbortIfAny(after: error)
            throw error
        }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes64(handle)) }
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        let name = "svoyi_sp\(savepointDepth)"
        defer { savepointDepth -= 1 }
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    /// How a transaction starts.
    enum Begin {
        /// A read snapshot taken at the first read.
        case deferred
        /// Takes the write lock at once, so the transaction cannot fail later for lack of it.
        case immediate
    }

    private lazy var beginDeferred = try? Statement(connection: handle, sql: "BEGIN DEFERRED")
    private lazy var beginImmediate = try? Statement(connection: handle, sql: "BEGIN IMMEDIATE")
    private lazy var commit = try? Statement(connection: handle, sql: "COMMIT")
    private lazy var rollback = try? Statement(connection: handle, sql: "ROLLBACK")

    /// Runs `body` in a transaction; on a throw rolls back and rethrows the first error. The four
    /// transaction statements are prepared once per connection and stepped directly.
    func transaction<T>(_ begin: Begin, _ body: (any DatabaseConnection) throws -> T) throws -> T {
        guard let start = begin == .deferred ? beginDeferred : beginImmediate, let commit, let rollback else {
            throw DatabaseError(sqliteCode: sqlite3_errcode(handle), connection: handle, sql: "BEGIN")
        }
        try start.run(connection: handle)
        transactionOpen = true
        defer {
            transactionOpen = false
            aborted = nil
        }
        let result: T
        do {
            result = try body(self)
        } catch {
            if isInTransaction { try? rollback.run(connection: handle) }
            throw error
        }
        do {
            // The body may have swallowed the error that made SQLite roll back; report it now.
            try ensureNotAborted()
            try commit.run(connection: handle)
        } catch {
            if isInTransaction { try? rollback.run(connection: handle) }
            throw error
        }
        return result
    }
}
