/// An entry of the admin panel's left-hand menu, registered by a module. The menu shows a section only to staff
/// who hold its permission, and only when its module is mounted.
public struct AdminSection: Sendable, Hashable {
    /// The menu label.
    public var title: LocalizedText
    /// Where it leads, under `/admin`.
    public var path: String
    /// The permission needed to see it; `nil` for every signed-in staff member.
    public var permission: String?
    /// Menu order: smaller first.
    public var order: Int

    /// A menu entry.
    public init(title: LocalizedText, path: String, permission: String?, order: Int) {
        self.title = title
        self.path = path
        self.permission = permission
        self.order = order
    }
}

extension AdminSection {
    /// The panel's own entries.
    public static let core: [AdminSection] = [
        AdminSection(title: LocalizedText(uk: "Огляд", en: "Overview"), path: "/admin", permission: nil, order: 0),
        AdminSection(
            title: LocalizedText(uk: "Підрозділи", en: "Units"), path: "/admin/units",
            permission: Permission.unitsView.key, order: 800),
        AdminSection(
            title: LocalizedText(uk: "Мешканці", en: "Residents"), path: "/admin/residents",
            permission: Permission.residentsView.key, order: 810),
        AdminSection(
            title: LocalizedText(uk: "Працівники", en: "Staff"), path: "/admin/staff",
            permission: Permission.staffView.key, order: 900),
        AdminSection(
            title: LocalizedText(uk: "Ролі й права", en: "Roles"), path: "/admin/roles",
            permission: Permission.rolesView.key, order: 910),
        AdminSection(
            title: LocalizedText(uk: "API-токени", en: "API tokens"), path: "/admin/tokens",
            permission: Permission.tokensManage.key, order: 920),
        AdminSection(
            title: LocalizedText(uk: "Журнал дій", en: "Audit log"), path: "/admin/audit",
            permission: Permission.auditView.key, order: 930),
        AdminSection(
            title: LocalizedText(uk: "Безпека входу", en: "Sign-in security"), path: "/admin/security",
            permission: Permission.securityManage.key, order: 940),
    ]
}
