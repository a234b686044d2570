/// A figure of the subsistence minimum for able-bodied persons (прожитковий мінімум для працездатних осіб), set
/// yearly by the State Budget law, in force from a date.
public struct SubsistenceMinimum: Hashable, Sendable {
    /// The first day the figure applies.
    public var effectiveFrom: CivilDate
    /// The monthly figure in kopecks (3 028.00 UAH is `302_800`).
    public var kopecks: Int64
    /// The act that sets it.
    public var legalBasis: String?

    /// A figure in force from `effectiveFrom`.
    public init(effectiveFrom: CivilDate, kopecks: Int64, legalBasis: String? = nil) {
        self.effectiveFrom = effectiveFrom
        self.kopecks = kopecks
        self.legalBasis = legalBasis
    }
}

extension ServiceCost {
    /// The price in kopecks given the subsistence minimum that applies: `free` is 0, `fixed` its amount, a
    /// multiple is `multiple × subsistenceMinimum` rounded half up to a kopeck (exact decimal arithmetic), and
    /// `varies` has no single price (`nil`). `nil` also when a multiple is malformed or the product overflows.
    public func price(subsistenceMinimum kopecks: Int64) -> Int64? {
        switch self {
        case .free: 0
        case .fixed(let amount): amount
        case .subsistenceMinimum(let multiple): Money.multiply(kopecks, by: multiple)
        case .varies: nil
        }
    }
}

extension CommunityStore {
    /// The stored figures, oldest first.
    public static func subsistenceMinimums(in db: any DatabaseConnection) throws -> [SubsistenceMinimum] {
        try db.query("SELECT * FROM subsistence_minimums ORDER BY effective_on").map { row in
            let text: String = try row.get("effective_on")
            guard let date = CivilDate(text) else {
                throw DecodingFailure(expected: "CivilDate", found: .text(""), column: "effective_on")
            }
            return SubsistenceMinimum(
                effectiveFrom: date, kopecks: try row.get("kopecks"), legalBasis: try row.get("legal_basis"))
        }
    }

    /// Stores a figure (a new year's budget law), replacing one from the same date; every price set as a
    /// multiple follows it from that date.
    public static func setSubsistenceMinimum(_ figure: SubsistenceMinimum, in db: any DatabaseConnection) throws {
        try db.execute(
            """
            INSERT INTO subsistence_minimums (effective_on, kopecks, legal_basis) VALUES (?, ?, ?)
            ON CONFLICT (effective_on) DO UPDATE SET kopecks = excluded.kopecks, legal_basis = excluded.legal_basis
            """, figure.effectiveFrom.description, figure.kopecks, figure.legalBasis)
    }

    /// The figure that prices a service on `date`: the one in force on January 1 of that year, as fees set in
    /// multiples of the subsistence minimum are counted from the figure of the start of the calendar year.
    /// `nil` when no figure is stored from that early.
    public static func subsistenceMinimum(on date: CivilDate, in db: any DatabaseConnection) throws -> Int64? {
        let yearStart = CivilDate(year: date.year, month: 1, day: 1)!
        return try db.scalar(
            "SELECT kopecks FROM subsistence_minimums WHERE effective_on <= ? ORDER BY effective_on DESC LIMIT 1",
            [.text(yearStart.description)], as: Int64.self)
    }

    /// The price of `cost` on `date` in kopecks; `nil` when it varies or no subsistence-minimum figure applies.
    public static func price(of cost: ServiceCost, on date: CivilDate, in db: any DatabaseConnection) throws -> Int64? {
        guard case .subsistenceMinimum = cost else { return cost.price(subsistenceMinimum: 0) }
        guard let figure = try subsistenceMinimum(on: date, in: db) else { return nil }
        return cost.price(subsistenceMinimum: figure)
    }
}

extension CommunityStore {
    /// The price of `cost` on `date` in kopecks, e.g. 0.05 × 3 028.00 UAH = 151.40 UAH (`15_140`); `nil` when it
    /// varies or no figure applies.
    public func price(of cost: ServiceCost, on date: CivilDate) async throws -> Int64? {
        try await database.read { db in try Self.price(of: cost, on: date, in: db) }
    }

    /// Stores a subsistence-minimum figure; see ``setSubsistenceMinimum(_:in:)``.
    public func setSubsistenceMinimum(_ figure: SubsistenceMinimum) async throws {
        try await database.write { db in try Self.setSubsistenceMinimum(figure, in: db) }
    }
}
