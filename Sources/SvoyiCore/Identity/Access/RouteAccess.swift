/// What a route needs before its handler runs, declared where the route is registered and carried in the route's
/// tag. ``AccessControlMiddleware`` enforces it; a route under `/admin` or `/api` that declares nothing is refused.
///
/// ```swift
/// router.get("/admin/staff", tag: RouteAccess.permission(Permission.staffView.key).tag) { … }
/// ```
public enum RouteAccess: Sendable, Hashable, CustomStringConvertible {
    /// Anyone.
    case `public`
    /// The sign-in pages: anyone, CSRF-checked by a double-submit cookie.
    case signIn
    /// The steps of an unfinished sign-in (second factor, enrolment): a session at any stage.
    case pendingSignIn
    /// Any signed-in staff member (dashboard, own profile).
    case signedIn
    /// A staff member whose role holds the permission, or an API token carrying it.
    case permission(String)

    /// The route tag that stands for this access.
    public var tag: String {
        switch self {
        case .public: "access:public"
        case .signIn: "access:sign-in"
        case .pendingSignIn: "access:pending"
        case .signedIn: "access:staff"
        case .permission(let key): "permission:\(key)"
        }
    }

    /// The access a route tag stands for, or `nil` for a tag that is not one.
    public init?(tag: String?) {
        guard let tag else { return nil }
        switch tag {
        case "access:public": self = .public
        case "access:sign-in": self = .signIn
        case "access:pending": self = .pendingSignIn
        case "access:staff": self = .signedIn
        default:
            guard tag.hasPrefix("permission:"), tag.count > "permission:".count else { return nil }
            self = .permission(String(tag.dropFirst("permission:".count)))
        }
    }

    public var description: String { tag }
}
