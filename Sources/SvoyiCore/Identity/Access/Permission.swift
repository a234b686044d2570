/// Something staff may be allowed to do, registered by the module that owns it.
///
/// ```swift
/// extension Permission {
///     static let petitionsModerate = Permission(
///         "petitions.moderate", module: "edem", title: LocalizedText(uk: "Модерувати петиції", en: "Moderate petitions"),
///         roles: [.headAdmin, .admin])
/// }
/// ```
public struct Permission: Sendable, Hashable, Identifiable {
    /// Whether the permission applies to the whole hromada or only to the units a unit manager is assigned to.
    public enum Scope: String, Sendable, Hashable {
        /// The whole hromada.
        case hromada
        /// One unit (institution); routes name it with a `{unit}` parameter.
        case unit
    }

    /// The stable key, `area.verb` (`staff.manage`); routes declare it and API tokens are scoped by it.
    public let key: String
    /// The module that registered it (`core`, `queue`…).
    public let module: String
    /// What it allows, for the roles page and the token form.
    public let title: LocalizedText
    /// Hromada-wide or per unit.
    public let scope: Scope
    /// The roles that hold it.
    public let roles: Set<StaffRole>
    /// Whether an API token may carry it. Managing staff and tokens is for people only.
    public let allowsTokens: Bool

    /// A permission. The head administrator always holds every permission, whether listed or not.
    public init(
        _ key: String, module: String, title: LocalizedText, scope: Scope = .hromada, roles: Set<StaffRole>,
        allowsTokens: Bool = true
    ) {
        self.key = key
        self.module = module
        self.title = title
        self.scope = scope
        self.roles = roles.union([.headAdmin])
        self.allowsTokens = allowsTokens
    }

    public var id: String { key }
}
