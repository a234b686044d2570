internal import CSQLite
import Foundation

/// A prepared statement, finalized when released.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// Column names, shared by every row; read at prepare time and again whenever SQLite re-prepared the
    /// statement after a schema change (`SELECT *` of a rebuilt table may change them).
    private(set) var columns: ColumnNames
    /// SQLite's count of automatic re-preparations when `columns` was read.
    private var columnsPreparation: Int32
    /// How many `?` placeholders the statement has.
    let parameterCount: Int
    /// True while a row loop is stepping it and running caller code between rows.
    var isRunning = false

    init(connection: OpaquePointer, sql: String) throws(DatabaseError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(sqliteCode: sqlite3_extended_errcode(connection), connection: connection, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.parameterCount = Int(sqlite3_bind_parameter_count(statement))
        let count = sqlite3_column_count(statement)
        self.columns = ColumnNames((0..<count).map { String(cString: sqlite3_column_name(statement, $0)) })
        self.columnsPreparation = sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_REPREPARE, 0)
    }

    deinit {
        sqlite3_finalize(handle)
    }

    func bind(_ arguments: [SQLValue], connection: OpaquePointer) throws(DatabaseError) {
        let expected = parameterCount
        guard expected == arguments.count else {
            throw DatabaseError(
                kind: .misuse, code: SQLITE_MISUSE,
                message: "statement expects \(expected) arguments, got \(arguments.count)", sql: sql)
        }
        for offset in arguments.indices {
            let value = arguments[offset]
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let v):
                code = sqlite3_bind_int64(handle, index, v)
            case .real(let v):
                code = sqlite3_bind_double(handle, index, v)
            case .text(var v):
                code = v.withUTF8 { buffer in
                    // An empty buffer may have no base address, which SQLite would read as NULL.
                    guard let base = buffer.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, nil) }
                    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(buffer.count), csqlite_transient())
                    }
                }
            case .blob(let v):
                code = v.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress else { return sqlite3_bind_zeroblob(handle, index, 0) }
                    return sqlite3_bind_blob(handle, index, base, Int32(buffer.count), csqlite_transient())
                }
            }
            guard code == SQLITE_OK else {
                throw DatabaseError(sqliteCode: code, connection: connection, sql: sql)
            }
        }
    }

    @inline(__always)
    func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default:
            return .null
        }
    }

    /// Re-reads the column names if SQLite re-prepared the statement since they were read. Called after a step
    /// returned a row, which is when a re-preparation shows.
    func refreshColumnsIfReprepared() {
        let preparation = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_REPREPARE, 0)
        guard preparation != columnsPreparation else { return }
        let count = sqlite3_column_count(handle)
        columns = ColumnNames((0..<count).map { String(cString: sqlite3_column_name(handle, $0)) })
        columnsPreparation = preparation
    }

    /// The current row's columns, read in place.
    var reader: ColumnReader { ColumnReader(columns: columns, read: self) }

    /// The current row's values; callers have refreshed ``columns`` after the step (see
    /// ``refreshColumnsIfReprepared()``).
    func currentRow() -> Row {
        let count = columns.names.count
        let values = [SQLValue](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: value(at: Int32(i))) }
            initialized = count
        }
        return Row(columns: columns, values: values)
    }

    /// Readies the statement for its next run. Bindings are not cleared: every run binds every parameter
    /// (``bind(_:connection:)`` checks the count), so clearing them would be wasted work.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Runs a statement that has no parameters and returns no rows (BEGIN, COMMIT, ROLLBACK).
    func run(connection: OpaquePointer) throws(DatabaseError) {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(sqliteCode: sqlite3_extended_errcode(connection), connection: connection, sql: sql)
        }
    }
}

extension DatabaseError {
    init(sqliteCode code: Int32, connection: OpaquePointer?, sql: String?) {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        self.init(kind: Self.kind(of: code), code: code, message: message, sql: sql)
    }

    static func kind(of code: Int32) -> Kind {
        switch code & 0xFF {
        case SQLITE_CONSTRAINT:
            switch code {
            case SQLITE_CONSTRAINT | (8 << 8): return .constraint(.unique)
            case SQLITE_CONSTRAINT | (6 << 8): return .constraint(.primaryKey)
            case SQLITE_CONSTRAINT | (3 << 8): return .constraint(.foreignKey)
            case SQLITE_CONSTRAINT | (1 << 8): return .constraint(.check)
            case SQLITE_CONSTRAINT | (5 << 8): return .constraint(.notNull)
            default: return .constraint(.other)
            }
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy
        case SQLITE_IOERR: return .io
        case SQLITE_CORRUPT: return .corrupt
        case SQLITE_NOTADB: return .notADatabase
        case SQLITE_READONLY: return .readOnly
        case SQLITE_FULL: return .full
        case SQLITE_CANTOPEN: return .cannotOpen
        case SQLITE_MISUSE: return .misuse
        default: return .other
        }
    }
}

/// Column access for ``ColumnReader`` (direct calls on the final class, no dynamic dispatch).
extension Statement {
    func isNull(_ index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }
    func int64(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }
    func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    func string(_ index: Int) -> String {
        guard let text = sqlite3_column_text(handle, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    func data(_ index: Int) -> Data {
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        guard count > 0, let bytes = sqlite3_column_blob(handle, Int32(index)) else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    func value(_ index: Int) -> SQLValue { value(at: Int32(index)) }
}
