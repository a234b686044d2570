import Foundation

extension Coordinates {
    /// The mean Earth radius (IUGG), in metres.
    public static let earthRadiusMetres = 6_371_008.8

    /// The great-circle distance in metres, by the haversine formula (within 0.5% of the ellipsoid distance,
    /// plenty for "the nearest shelter").
    public func distance(to other: Coordinates) -> Double {
        func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
        let dLatitude = radians(other.latitude - latitude)
        let dLongitude = radians(other.longitude - longitude)
        let a =
            sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(radians(latitude)) * cos(radians(other.latitude)) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * Self.earthRadiusMetres * asin(min(1, sqrt(a)))
    }
}
