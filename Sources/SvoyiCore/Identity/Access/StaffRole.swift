import Foundation

/// The roles of hromada staff in the admin panel, from the СВОЇ documents.
///
/// What each role may do is not written here but in the permissions (``Permission/roles``) the modules register;
/// ``PermissionMatrix`` puts them together.
public enum StaffRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// The head administrator: the hromada's one owner, who cannot be removed, disabled or demoted and always
    /// signs in with a second factor.
    case headAdmin = "head_admin"
    /// An administrator: everything in the hromada except what only the owner does.
    case admin
    /// A unit or institution manager: acts only within the units (institutions) assigned to them.
    case unitManager = "unit_manager"
    /// A content manager: edits content and submits it for publishing.
    case contentManager = "content_manager"
    /// An official with a public profile who answers appeals addressed to them and sees ratings of their work.
    case persona

    /// The role's name in Ukrainian, as staff see it.
    public var titleUK: String {
        switch self {
        case .headAdmin: "Головний адміністратор громади"
        case .admin: "Адміністратор"
        case .unitManager: "Керівник підрозділу (установи)"
        case .contentManager: "Контент-менеджер"
        case .persona: "Посадова особа (персона)"
        }
    }

    /// The role's name in English.
    public var titleEN: String {
        switch self {
        case .headAdmin: "Head administrator"
        case .admin: "Administrator"
        case .unitManager: "Unit manager"
        case .contentManager: "Content manager"
        case .persona: "Official (persona)"
        }
    }

    /// How much the role may do, for "no one grants more than they have": the owner ranks highest.
    public var rank: Int {
        switch self {
        case .headAdmin: 4
        case .admin: 3
        case .unitManager, .contentManager, .persona: 1
        }
    }

    /// Whether the role is tied to units (institutions) and acts only within them.
    public var isUnitScoped: Bool { self == .unitManager }

    /// Parses the stored value or the CLI spelling (`head-admin`, `unit-manager` are accepted too).
    public init?(parsing text: String) {
        self.init(rawValue: text.replacingOccurrences(of: "-", with: "_").lowercased())
    }
}
