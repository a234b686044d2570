internal import CSQLite
import Foundation

/// A prepared statement, finalized when released.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// Column names, read once at prepare time and shared by every row.
    let columns: ColumnNames

    init(connection: OpaquePointer, sql: String) throws(DatabaseError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(sqliteCode: sqlite3_extended_errcode(connection), connection: connection, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        let count = sqlite3_column_count(statement)
        self.columns = ColumnNames((0..<count).map { String(cString: sqlite3_column_name(statement, $0)) })
    }

    deinit {
        sqlite3_finalize(handle)
    }

    func bind(_ arguments: [SQLValue], connection: OpaquePointer) throws(DatabaseError) {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == arguments.count else {
            throw DatabaseError(
                kind: .misuse, code: SQLITE_MISUSE,
                message: "statement expects \(expected) arguments, got \(arguments.count)", sql: sql)
        }
        for (offset, value) in arguments.enumerated() {
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

    func currentRow() -> Row {
        let count = columns.names.count
        let values = [SQLValue](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: value(at: Int32(i))) }
            initialized = count
        }
        return Row(columns: columns, values: values)
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
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
