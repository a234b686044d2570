/// Why a catalogue import was refused. Nothing was stored: the catalogue is as it was before.
public struct CatalogueImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// For CSV, the 1-based row (record) number with the header as row 1 — the row number a spreadsheet
    /// shows; `nil` when the problem is not in one row (an empty file, malformed JSON).
    public var row: Int?
    /// What is wrong, in plain English; for JSON it starts with the path (`services[3].cost`).
    public var reason: String

    /// An error in `row`.
    public init(row: Int?, reason: String) {
        self.row = row
        self.reason = reason
    }

    /// `row N: reason`, or the reason alone.
    public var description: String {
        row.map { "row \($0): \(reason)" } ?? reason
    }
}

/// How an imported catalogue combines with the stored one.
public enum CatalogueImportMode: String, Sendable, CaseIterable {
    /// The catalogue becomes exactly the imported services: those not imported are deleted.
    case replace
    /// Imported services are created or updated by code; services not imported are kept.
    case merge
}

/// What a catalogue import changed.
public struct CatalogueImportResult: Hashable, Sendable {
    /// Codes of services that were new.
    public var created: [String] = []
    /// Codes of services that existed and were overwritten.
    public var updated: [String] = []
    /// Codes of services deleted because a replacing import did not have them.
    public var deleted: [String] = []

    /// An empty result.
    public init(created: [String] = [], updated: [String] = [], deleted: [String] = []) {
        self.created = created
        self.updated = updated
        self.deleted = deleted
    }
}
