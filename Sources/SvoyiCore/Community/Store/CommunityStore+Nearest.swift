/// An institution and how far it is from a point.
public struct NearbyInstitution: Hashable, Sendable {
    /// The institution.
    public var institution: Institution
    /// Great-circle distance in metres.
    public var distanceMetres: Double

    /// An institution at a distance.
    public init(institution: Institution, distanceMetres: Double) {
        self.institution = institution
        self.distanceMetres = distanceMetres
    }
}

extension CommunityStore {
    /// The hromada's institutions of `kind` nearest to `point`, nearest first (ties by code), at most `limit`.
    /// Institutions without coordinates are left out.
    ///
    /// A hromada has hundreds of institutions at most, so all of the kind are read through the
    /// `(hromada_id, kind)` index and measured with the haversine formula; no spatial extension is needed.
    public static func nearestInstitutions(
        hromadaID: Int64, kind: Institution.Kind, to point: Coordinates, limit: Int, in db: any DatabaseConnection
    ) throws -> [NearbyInstitution] {
        guard limit > 0 else { return [] }
        let rows = try db.query(
            """
            SELECT * FROM institutions
            WHERE hromada_id = ? AND kind = ? AND latitude IS NOT NULL AND longitude IS NOT NULL
            """, hromadaID, kind.rawValue)
        let measured = try rows.map { row in
            let institution = try decodeInstitution(row)
            return NearbyInstitution(
                institution: institution, distanceMetres: institution.coordinates!.distance(to: point))
        }
        let sorted = measured.sorted {
            ($0.distanceMetres, $0.institution.code) < ($1.distanceMetres, $1.institution.code)
        }
        return Array(sorted.prefix(limit))
    }
}

extension CommunityStore {
    /// The hromada's institutions of `kind` nearest to `point`, nearest first — e.g. the three nearest shelters.
    public func nearestInstitutions(
        hromadaID: Int64, kind: Institution.Kind, to point: Coordinates, limit: Int = 3
    ) async throws -> [NearbyInstitution] {
        try await database.read { db in
            try Self.nearestInstitutions(hromadaID: hromadaID, kind: kind, to: point, limit: limit, in: db)
        }
    }
}
