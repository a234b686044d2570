/// The cells of one catalogue CSV row, read into typed parts of a ``Service``.
struct CatalogueRow {
    let cells: [CatalogueColumn: String]
    let row: Int

    /// The cell, `nil` when empty or absent.
    subscript(column: CatalogueColumn) -> String? {
        guard let text = cells[column], !text.isEmpty else { return nil }
        return text
    }

    func error(_ reason: String) -> CatalogueImportError {
        CatalogueImportError(row: row, reason: reason)
    }

    /// Items separated by `|`, trimmed; empty when the cell is empty.
    func list(_ column: CatalogueColumn) -> [String] {
        guard let text = self[column] else { return [] }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    }

    func localized(_ uk: CatalogueColumn, _ en: CatalogueColumn) -> LocalizedText? {
        guard let text = self[uk] else { return self[en].map { LocalizedText(uk: "", en: $0) } }
        return LocalizedText(uk: text, en: self[en])
    }

    func cost() throws(CatalogueImportError) -> ServiceCost {
        let kind = self[.costKind] ?? ""
        let value = self[.costValue]
        switch kind {
        case "free":
            guard value == nil else { throw error("cost_value must be empty when cost_kind is free") }
            return .free
        case "fixed":
            guard let value, let kopecks = Money.kopecks(fromHryvnias: value) else {
                throw error("cost_value \"\(value ?? "")\" is not an amount in hryvnias such as 151.40")
            }
            return .fixed(kopecks: kopecks)
        case "subsistenceMinimum":
            guard let value, ServiceCost.isDecimal(value) else {
                throw error("cost_value \"\(value ?? "")\" is not a decimal multiple such as 0.05")
            }
            return .subsistenceMinimum(multiple: value)
        case "varies":
            guard let value else { throw error("cost_value must say how the cost varies when cost_kind is varies") }
            return .varies(LocalizedText(uk: value, en: self[.costNoteEN]))
        default:
            throw error("unknown cost_kind \"\(kind)\"; use free, fixed, subsistenceMinimum or varies")
        }
    }

    func term() throws(CatalogueImportError) -> ServiceTerm {
        let unitText = self[.termUnit] ?? ""
        guard let unit = ServiceTerm.Unit(rawValue: unitText) else {
            throw error("unknown term_unit \"\(unitText)\"; use immediately, hours, workingDays or calendarDays")
        }
        var amount = 0
        if let text = self[.termAmount] {
            guard let value = Int(text), text.allSatisfy(\.isASCII) else {
                throw error("term_amount \"\(text)\" is not a whole number")
            }
            guard value >= 0 else { throw error("term_amount cannot be negative (\(value))") }
            amount = value
        }
        let note = localized(.termNoteUK, .termNoteEN)
        return ServiceTerm(amount: amount, unit: unit, note: note)
    }
}
