/// Where the object a route parameter names belongs, relative to the acting hromada.
public enum ScopeResolution: Sendable, Equatable {
    /// In the actor's hromada; `unit` is the unit (institution code) it belongs to, if any.
    case inHromada(unit: String?)
    /// It exists, but in another hromada.
    case otherHromada
    /// It does not exist.
    case notFound
}

/// Tells ``AccessControlMiddleware`` where the object named by one route parameter (`{staff}`, `{unit}`…)
/// belongs, so no handler can be reached with another hromada's object, or a unit manager with another unit's.
///
/// Every parameter of a protected route needs a resolver; a route with an unresolved parameter is refused.
public struct ScopeResolver: Sendable {
    /// The parameter name it resolves.
    public let parameter: String
    /// Resolves the parameter's text for the actor's hromada.
    public let resolve:
        @Sendable (_ value: String, _ hromadaID: Int64, _ actorStaffID: Int64?, any DatabaseConnection)
            throws -> ScopeResolution

    public init(
        parameter: String,
        resolve: @escaping @Sendable (String, Int64, Int64?, any DatabaseConnection) throws -> ScopeResolution
    ) {
        self.parameter = parameter
        self.resolve = resolve
    }

    /// A resolver for an integer id in `table`, which has `id` and `hromada_id` columns (and optionally a unit
    /// column).
    public static func row(parameter: String, table: String, unitColumn: String? = nil) -> ScopeResolver {
        ScopeResolver(parameter: parameter) { value, hromadaID, _, db in
            guard let id = Int64(value) else { return .notFound }
            let unit = unitColumn.map { ", \($0) AS unit" } ?? ""
            guard let row = try db.queryFirst("SELECT hromada_id\(unit) FROM \(table) WHERE id = ?", id) else {
                return .notFound
            }
            guard try row.get("hromada_id") as Int64 == hromadaID else { return .otherHromada }
            return .inHromada(unit: unitColumn == nil ? nil : try row.get("unit"))
        }
    }
}

extension ScopeResolver {
    /// `{staff}`: a staff account's id.
    public static let staff = ScopeResolver.row(parameter: "staff", table: "staff")
    /// `{token}`: an API token's id.
    public static let token = ScopeResolver.row(parameter: "token", table: "api_tokens")
    /// `{resident}`: a resident's id.
    public static let resident = ScopeResolver.row(parameter: "resident", table: "residents")
    /// `{unit}`: an institution's code. A code unknown in the actor's hromada but used by another is
    /// ``ScopeResolution/otherHromada``.
    public static let unit = ScopeResolver(parameter: "unit") { value, hromadaID, _, db in
        if try db.queryFirst("SELECT 1 FROM institutions WHERE hromada_id = ? AND code = ?", hromadaID, value) != nil {
            return .inHromada(unit: value)
        }
        return try db.queryFirst("SELECT 1 FROM institutions WHERE code = ?", value) == nil ? .notFound : .otherHromada
    }
    /// `{session}`: the public id of one of the actor's own sessions.
    public static let session = ScopeResolver(parameter: "session") { value, _, staffID, db in
        guard let row = try db.queryFirst("SELECT staff_id FROM staff_sessions WHERE public_id = ?", value) else {
            return .notFound
        }
        return try row.get("staff_id") as Int64 == staffID ? .inHromada(unit: nil) : .otherHromada
    }

    /// The resolvers SvoyiCore's routes need.
    public static let core: [ScopeResolver] = [.staff, .token, .resident, .unit, .session]
}
