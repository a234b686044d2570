/// An administrative service in the hromada's catalogue.
public struct Service: Hashable, Sendable, Codable {
    public var id: Int64?
    /// Stable key within the hromada, `[a-z0-9-]`, e.g. `land-cadastre-extract`.
    public var code: String
    /// Identifier in the national Register of administrative services (Портал Дія / Гід), when known.
    public var registryID: String?
    public var name: LocalizedText
    public var description: LocalizedText
    public var cost: ServiceCost
    /// The act that sets the cost, e.g. "Постанова КМУ від 17.10.2012 № 1051, п. 184".
    public var costLegalBasis: String?
    public var term: ServiceTerm
    /// The law that governs the service.
    public var legalBasis: String?
    /// Documents the applicant brings.
    public var documents: [LocalizedText]
    /// Who may apply.
    public var eligibility: LocalizedText?
    /// `code`s of the institutions where it is provided.
    public var providedAt: [String]
    /// Link to the same service online (Дія or another official portal).
    public var eServiceURL: String?
    /// `code`s of life situations it belongs to (`birth`, `death`, `moving`, `retirement`…).
    public var lifeSituations: [String]
    /// When the content was last checked against the law.
    public var lastReviewed: CivilDate?

    public init(
        id: Int64? = nil, code: String, registryID: String? = nil, name: LocalizedText,
        description: LocalizedText, cost: ServiceCost, costLegalBasis: String? = nil, term: ServiceTerm,
        legalBasis: String? = nil, documents: [LocalizedText] = [], eligibility: LocalizedText? = nil,
        providedAt: [String] = [], eServiceURL: String? = nil, lifeSituations: [String] = [],
        lastReviewed: CivilDate? = nil
    ) {
        self.id = id
        self.code = code
        self.registryID = registryID
        self.name = name
        self.description = description
        self.cost = cost
        self.costLegalBasis = costLegalBasis
        self.term = term
        self.legalBasis = legalBasis
        self.documents = documents
        self.eligibility = eligibility
        self.providedAt = providedAt
        self.eServiceURL = eServiceURL
        self.lifeSituations = lifeSituations
        self.lastReviewed = lastReviewed
    }
}

/// What a service costs. Amounts are in kopecks, so no floating point touches money.
public enum ServiceCost: Hashable, Sendable {
    /// Безоплатно.
    case free
    /// A fixed amount in kopecks.
    case fixed(kopecks: Int64)
    /// A multiple of the subsistence minimum for able-bodied persons (прожитковий мінімум для працездатних осіб)
    /// in force on January 1 of the year, as a decimal string (`"0.05"`), so a new year's figure reprices
    /// every such service at once.
    case subsistenceMinimum(multiple: String)
    /// Depends on the case (the note says how).
    case varies(LocalizedText)
}

/// How long a service takes.
public struct ServiceTerm: Hashable, Sendable, Codable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        /// Given out during the visit.
        case immediately
        case hours
        case workingDays
        case calendarDays
    }

    public var amount: Int
    public var unit: Unit
    /// A caveat, e.g. "1 робочий день при терміновому оформленні".
    public var note: LocalizedText?

    public init(amount: Int, unit: Unit, note: LocalizedText? = nil) {
        self.amount = amount
        self.unit = unit
        self.note = note
    }
}

/// A life situation that groups services ("Народження дитини").
public struct LifeSituation: Hashable, Sendable, Codable {
    public var code: String
    public var name: LocalizedText

    public init(code: String, name: LocalizedText) {
        self.code = code
        self.name = name
    }
}

/// Everything about one hromada's community data in one value: the unit of import, export and the demo seed.
///
/// References between parts use stable keys (КАТОТТГ codes, `code`s), never database ids.
public struct CommunityBundle: Hashable, Sendable, Codable {
    public var hromada: Hromada
    public var districts: [StarostaDistrict]
    public var settlements: [Settlement]
    public var institutions: [Institution]
    public var lifeSituations: [LifeSituation]
    public var services: [Service]

    public init(
        hromada: Hromada, districts: [StarostaDistrict] = [], settlements: [Settlement] = [],
        institutions: [Institution] = [], lifeSituations: [LifeSituation] = [], services: [Service] = []
    ) {
        self.hromada = hromada
        self.districts = districts
        self.settlements = settlements
        self.institutions = institutions
        self.lifeSituations = lifeSituations
        self.services = services
    }
}
