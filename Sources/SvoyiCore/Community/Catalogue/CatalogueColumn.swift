/// The columns of the service catalogue CSV. The header row names them; columns may come in any order, only
/// ``required`` ones must be present, and an unknown or repeated name refuses the file. An empty cell means
/// "not given".
///
/// | column | content |
/// |---|---|
/// | `code` | the service's key, `[a-z0-9-]` (required) |
/// | `registry_id` | id in the national register of administrative services |
/// | `name_uk`, `name_en` | name (Ukrainian required) |
/// | `description_uk`, `description_en` | description |
/// | `cost_kind` | `free`, `fixed`, `subsistenceMinimum` or `varies` (required) |
/// | `cost_value` | `fixed`: hryvnias `151.40`; `subsistenceMinimum`: the multiple `0.05`; `varies`: the Ukrainian note; `free`: empty |
/// | `cost_note_en` | `varies`: the English note |
/// | `cost_legal_basis` | the act that sets the cost |
/// | `term_amount` | a whole number ≥ 0; empty means 0 |
/// | `term_unit` | `immediately`, `hours`, `workingDays` or `calendarDays` (required) |
/// | `term_note_uk`, `term_note_en` | a caveat on the term |
/// | `legal_basis` | the law that governs the service |
/// | `documents_uk`, `documents_en` | documents, separated by ` \| `; the English list, when given, has as many items |
/// | `eligibility_uk`, `eligibility_en` | who may apply |
/// | `provided_at` | institution codes, separated by `\|` |
/// | `e_service_url` | `https://` link to the online service |
/// | `life_situations` | life situation codes, separated by `\|` |
/// | `last_reviewed` | `YYYY-MM-DD` |
public enum CatalogueColumn: String, Sendable, CaseIterable {
    case code
    case registryID = "registry_id"
    case nameUK = "name_uk"
    case nameEN = "name_en"
    case descriptionUK = "description_uk"
    case descriptionEN = "description_en"
    case costKind = "cost_kind"
    case costValue = "cost_value"
    case costNoteEN = "cost_note_en"
    case costLegalBasis = "cost_legal_basis"
    case termAmount = "term_amount"
    case termUnit = "term_unit"
    case termNoteUK = "term_note_uk"
    case termNoteEN = "term_note_en"
    case legalBasis = "legal_basis"
    case documentsUK = "documents_uk"
    case documentsEN = "documents_en"
    case eligibilityUK = "eligibility_uk"
    case eligibilityEN = "eligibility_en"
    case providedAt = "provided_at"
    case eServiceURL = "e_service_url"
    case lifeSituations = "life_situations"
    case lastReviewed = "last_reviewed"

    /// Columns a file must have.
    public static let required: [CatalogueColumn] = [.code, .nameUK, .costKind, .termUnit]

    /// The separator of list cells as written; reading splits on `|` and trims spaces.
    public static let listSeparator = " | "
}
