extension CommunityStore {
    /// `INSERT … ON CONFLICT (key) DO UPDATE SET …` for `columns` (which include the key): the common upsert of
    /// SQLite 3.24+ and PostgreSQL. Updating in place keeps a row's id, so rows of other modules that refer to
    /// it by id survive a re-import.
    static func upsertSQL(_ table: String, key: [String], columns: [String]) -> String {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders)) "
            + "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates)"
    }

    /// Deletes the rows of `table` in the hromada whose `column` is not in `keep`.
    static func deleteRows(
        _ table: String, column: String, notIn keep: Set<String>, hromadaID: Int64, in db: any DatabaseConnection
    ) throws {
        let stored = try db.query("SELECT \(column) FROM \(table) WHERE hromada_id = ?", hromadaID)
            .map { try $0.get(0, as: String.self) }
        let residentsMounted =
            try table == "settlements"
            && db.queryFirst("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'residents'") != nil
        for key in stored where !keep.contains(key) {
            // Residents keep their record when their settlement leaves the bundle; only the reference goes.
            if residentsMounted {
                try db.execute(
                    "UPDATE residents SET settlement = NULL WHERE hromada_id = ? AND settlement = ?", hromadaID, key)
            }
            try db.execute("DELETE FROM \(table) WHERE hromada_id = ? AND \(column) = ?", hromadaID, key)
        }
    }
}
