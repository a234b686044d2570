extension Permission {
    /// See the list of staff.
    public static let staffView = Permission(
        "staff.view", module: "core", title: LocalizedText(uk: "Переглядати працівників", en: "View staff"),
        roles: [.admin], allowsTokens: false)
    /// Add staff, change their roles and units, disable them, reset passwords and 2FA.
    public static let staffManage = Permission(
        "staff.manage", module: "core",
        title: LocalizedText(uk: "Керувати працівниками та їхнім доступом", en: "Manage staff and their access"),
        roles: [.admin], allowsTokens: false)
    /// See which role may do what.
    public static let rolesView = Permission(
        "roles.view", module: "core", title: LocalizedText(uk: "Переглядати ролі й права", en: "View roles"),
        roles: [.admin, .unitManager, .contentManager, .persona], allowsTokens: false)
    /// Read the audit log.
    public static let auditView = Permission(
        "audit.view", module: "core", title: LocalizedText(uk: "Переглядати журнал дій", en: "View the audit log"),
        roles: [.admin])
    /// Create and revoke API tokens for integrators.
    public static let tokensManage = Permission(
        "tokens.manage", module: "core",
        title: LocalizedText(uk: "Керувати API-токенами інтеграцій", en: "Manage API tokens"), roles: [.admin],
        allowsTokens: false)
    /// Set the hromada's sign-in rules (2FA for every role).
    public static let securityManage = Permission(
        "security.manage", module: "core",
        title: LocalizedText(uk: "Налаштовувати правила входу", en: "Manage sign-in rules"), roles: [],
        allowsTokens: false)
    /// See residents and their verification level.
    public static let residentsView = Permission(
        "residents.view", module: "core", title: LocalizedText(uk: "Переглядати мешканців", en: "View residents"),
        roles: [.admin, .unitManager])
    /// Confirm a resident's identity in person at the ЦНАП.
    public static let residentsVerify = Permission(
        "residents.verify", module: "core",
        title: LocalizedText(uk: "Підтверджувати особу мешканця в ЦНАП", en: "Verify residents in person"),
        roles: [.admin, .unitManager])
    /// Export a resident's data or delete it at their request.
    public static let residentsManage = Permission(
        "residents.manage", module: "core",
        title: LocalizedText(
            uk: "Вивантажувати й видаляти дані мешканців на їхній запит",
            en: "Export and delete residents' data on request"),
        roles: [.admin], allowsTokens: false)
    /// See the units (institutions) and who manages them.
    public static let unitsView = Permission(
        "units.view", module: "core", title: LocalizedText(uk: "Переглядати підрозділи", en: "View units"),
        roles: [.admin, .unitManager, .contentManager])
    /// Edit a unit's contacts; unit managers only their own units.
    public static let unitsEdit = Permission(
        "units.edit", module: "core",
        title: LocalizedText(uk: "Редагувати контакти підрозділу", en: "Edit a unit's contacts"), scope: .unit,
        roles: [.admin, .unitManager])

    /// The permissions SvoyiCore registers.
    public static let core: [Permission] = [
        .staffView, .staffManage, .rolesView, .auditView, .tokensManage, .securityManage, .residentsView,
        .residentsVerify, .residentsManage, .unitsView, .unitsEdit,
    ]
}
