/// A territorial community (територіальна громада): the tenant every row belongs to.
public struct Hromada: Hashable, Sendable, Codable {
    /// Database id; `nil` before it is stored.
    public var id: Int64?
    /// URL name, `[a-z0-9-]`, unique: `/h/{slug}/…`.
    public var slug: String
    public var name: LocalizedText
    /// КАТОТТГ code of the hromada, e.g. `UA05060130000031367`.
    public var katottg: String?
    /// Oblast name, for display.
    public var oblast: String?
    /// IANA zone in which opening hours and slots are kept.
    public var timeZone: String
    /// Locales offered to residents, first is the default.
    public var locales: [String]
    /// Host names that select this hromada's website (e.g. `bilohirska-gromada.gov.ua`).
    public var hosts: [String]

    public init(
        id: Int64? = nil, slug: String, name: LocalizedText, katottg: String? = nil, oblast: String? = nil,
        timeZone: String = "Europe/Kyiv", locales: [String] = ["uk", "en"], hosts: [String] = []
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.katottg = katottg
        self.oblast = oblast
        self.timeZone = timeZone
        self.locales = locales
        self.hosts = hosts
    }
}

/// A starosta district (старостинський округ): settlements served by one starosta.
public struct StarostaDistrict: Hashable, Sendable, Codable {
    public var id: Int64?
    /// Stable key within the hromada, e.g. `zelenyi-hai`.
    public var code: String
    public var name: LocalizedText
    /// The starosta's name, for display.
    public var starosta: String?

    public init(id: Int64? = nil, code: String, name: LocalizedText, starosta: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.starosta = starosta
    }
}

/// A settlement (населений пункт) of the hromada.
public struct Settlement: Hashable, Sendable, Codable {
    /// Kind as in КАТОТТГ: місто (M), селище (X; formerly смт), село (C), селище (X).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case city, urbanSettlement, settlement, village
    }

    public var id: Int64?
    /// КАТОТТГ code, `UA` + 17 digits, unique.
    public var katottg: String
    public var name: LocalizedText
    public var kind: Kind
    /// The starosta district's `code`; `nil` for the centre served directly by the council.
    public var district: String?
    public var population: Int?
    public var coordinates: Coordinates?

    public init(
        id: Int64? = nil, katottg: String, name: LocalizedText, kind: Kind, district: String? = nil,
        population: Int? = nil, coordinates: Coordinates? = nil
    ) {
        self.id = id
        self.katottg = katottg
        self.name = name
        self.kind = kind
        self.district = district
        self.population = population
        self.coordinates = coordinates
    }
}

/// WGS 84 latitude and longitude in degrees.
public struct Coordinates: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
