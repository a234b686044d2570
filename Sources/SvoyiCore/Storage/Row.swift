/// The column names of a result set, shared by all its rows.
public final class ColumnNames: Sendable {
    /// Names in select order.
    public let names: [String]
    let index: [String: Int]

    init(_ names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
    }
}

/// One result row: values in select order, looked up by column name or position.
public struct Row: Sendable {
    /// The row's column names.
    public let columns: ColumnNames
    /// The row's values in select order.
    public let values: [SQLValue]

    init(columns: ColumnNames, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The raw value of a column, or `nil` when the result has no such column.
    public subscript(column: String) -> SQLValue? {
        columns.index[column].map { values[$0] }
    }

    /// Decodes a column by name. Throws when the column is missing or its value does not fit `T`.
    public func get<T: SQLValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let i = columns.index[column] else { throw StorageError.missingColumn(column) }
        do {
            return try T.decode(values[i])
        } catch var failure {
            failure.column = column
            throw failure
        }
    }

    /// Decodes a column by position.
    @inlinable
    public func get<T: SQLValueConvertible>(_ position: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(position) else { throw StorageError.missingColumn("#\(position)") }
        return try T.decode(values[position])
    }

    /// Decodes a JSON-encoded `Codable` column stored with ``SQLValue/json(_:)``.
    public func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = self[column] else { throw StorageError.missingColumn(column) }
        return try value.decodeJSON(T.self)
    }
}
