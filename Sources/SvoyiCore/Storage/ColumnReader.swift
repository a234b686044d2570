public import Foundation

/// Reads the columns of the current result row straight from the engine, without building a ``Row``.
///
/// The fast path for hot queries: decode into your own value inside the closure given to
/// ``DatabaseConnection/queryFirst(_:_:decode:)`` or ``DatabaseConnection/forEachRow(_:_:decode:)``.
/// A reader is valid only inside that closure; do not keep it.
public struct ColumnReader {
    /// The row's column names.
    public let columns: ColumnNames
    let read: Statement

    init(columns: ColumnNames, read: Statement) {
        self.columns = columns
        self.read = read
    }

    /// The position of a named column; throws when the result has no such column.
    public func index(of name: String) throws -> Int {
        guard let index = columns.index[name] else { throw StorageError.missingColumn(name) }
        return index
    }

    /// True when the column is SQL NULL.
    public func isNull(_ index: Int) -> Bool { read.isNull(index) }
    /// An integer column (NULL reads as 0; use ``value(_:)`` or ``decode(_:as:)`` to tell NULL apart).
    public func int64(_ index: Int) -> Int64 { read.int64(index) }
    /// A real column (integers are converted).
    public func double(_ index: Int) -> Double { read.double(index) }
    /// A text column (NULL reads as the empty string).
    public func string(_ index: Int) -> String { read.string(index) }
    /// A blob column.
    public func data(_ index: Int) -> Data { read.data(index) }
    /// The column as a storage value.
    public func value(_ index: Int) -> SQLValue { read.value(index) }

    /// Decodes a column with the type's ``SQLValueConvertible`` rules.
    public func decode<T: SQLValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        do {
            return try T.decode(read.value(index))
        } catch var failure {
            failure.column = columns.names.indices.contains(index) ? columns.names[index] : "#\(index)"
            throw failure
        }
    }

    /// Decodes a named column.
    public func decode<T: SQLValueConvertible>(_ name: String, as type: T.Type = T.self) throws -> T {
        try decode(try index(of: name), as: T.self)
    }

    /// Copies the whole row into a ``Row``.
    public func row() -> Row {
        read.currentRow()
    }
}
