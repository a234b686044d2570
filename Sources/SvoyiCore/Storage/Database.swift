/// The one storage abstraction every module uses.
///
/// A `read` runs its closure in one read transaction (a consistent snapshot); a `write` runs it in one
/// write transaction (`BEGIN IMMEDIATE`). Returning commits; throwing rolls back and rethrows the error.
/// Writes are serialized; reads run in parallel with each other and with the writer.
///
/// The closure runs synchronously on the calling task: keep it to database work, and never `await`
/// inside it (the signature does not allow it).
public protocol Database: Sendable {
    /// Runs `body` in a read-only transaction.
    func read<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T
    /// Runs `body` in a write transaction; a throw rolls back.
    @discardableResult
    func write<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T
    /// Runs `body` in a write transaction with foreign-key enforcement deferred to a full check just before
    /// commit, as schema changes that rebuild tables need. Used by migrations.
    @discardableResult
    func schemaWrite<T>(_ body: (any DatabaseConnection) throws -> T) async throws -> T
}

/// A connection lent to a `read` or `write` closure. Valid only inside that closure.
public protocol DatabaseConnection: AnyObject {
    /// Runs a statement that returns no rows (or whose rows are ignored).
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Runs a query and collects its rows.
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [Row]
    /// Runs a query and calls `body` for each row without collecting them.
    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (Row) throws -> Void) throws
    /// The first row of a query, or `nil`; stops stepping after it.
    func queryFirst(_ sql: String, _ arguments: [SQLValue]) throws -> Row?
    /// Runs a query and calls `decode` with each row's columns, read in place (no ``Row`` is built).
    func forEachRow(_ sql: String, _ arguments: [SQLValue], decode: (ColumnReader) throws -> Void) throws
    /// Decodes the first row of a query in place, or returns `nil` when there is none.
    func queryFirst<T>(_ sql: String, _ arguments: [SQLValue], decode: (ColumnReader) throws -> T) throws -> T?
    /// Runs SQL text with several statements and no arguments (migrations).
    func executeScript(_ sql: String) throws
    /// The rowid of the last inserted row on this connection.
    var lastInsertRowID: Int64 { get }
    /// Rows changed by the last statement.
    var changes: Int { get }
    /// Runs `body` inside a savepoint: a throw rolls back to the savepoint only, then rethrows.
    func savepoint<T>(_ body: () throws -> T) throws -> T
}

extension DatabaseConnection {
    /// Runs a statement with variadic arguments.
    public func execute(_ sql: String, _ arguments: any SQLValueConvertible...) throws {
        try execute(sql, arguments.map(\.sqlValue))
    }

    /// Runs a statement with no arguments.
    public func execute(_ sql: String) throws {
        try execute(sql, [SQLValue]())
    }

    /// Runs a query with variadic arguments.
    public func query(_ sql: String, _ arguments: any SQLValueConvertible...) throws -> [Row] {
        try query(sql, arguments.map(\.sqlValue))
    }

    /// The first row of a query, or `nil`.
    public func queryFirst(_ sql: String, _ arguments: any SQLValueConvertible...) throws -> Row? {
        try queryFirst(sql, arguments.map(\.sqlValue))
    }

    /// The first column of the first row, decoded; `nil` when there is no row.
    public func scalar<T: SQLValueConvertible>(
        _ sql: String, _ arguments: [SQLValue] = [], as type: T.Type = T.self
    ) throws -> T? {
        guard let row = try queryFirst(sql, arguments) else { return nil }
        return try row.get(0, as: T.self)
    }
}
