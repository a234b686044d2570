import Foundation

extension AdminPanel {
    func registerStaff(on router: inout Router) {
        let view = RouteAccess.permission(Permission.staffView.key)
        let manage = RouteAccess.permission(Permission.staffManage.key)
        get(&router, "/admin/staff", view) { _, context in try await staffList(context: context) }
        get(&router, "/admin/staff/new", manage) { _, context in
            try await staffForm(context: context, values: ["role": StaffRole.contentManager.rawValue])
        }
        post(&router, "/admin/staff", manage) { request, context in try await createStaff(request, context) }
        get(&router, "/admin/staff/{staff}", view) { _, context in try await staffPage(context: context) }
        post(&router, "/admin/staff/{staff}", manage) { request, context in try await updateStaff(request, context) }
        for action in StaffAction.allCases {
            post(&router, "/admin/staff/{staff}/\(action.rawValue)", manage) { request, context in
                try await perform(action, request, context)
            }
        }
    }

    /// The one-button actions on an account.
    enum StaffAction: String, CaseIterable, Sendable {
        case disable, enable, resetPassword = "reset-password", resetTwoFactor = "reset-2fa"
        case endSessions = "end-sessions", remove

        var audit: String {
            switch self {
            case .disable: "staff.disable"
            case .enable: "staff.enable"
            case .resetPassword: "staff.reset_password"
            case .resetTwoFactor: "staff.reset_2fa"
            case .endSessions: "staff.end_sessions"
            case .remove: "staff.remove"
            }
        }
    }

    /// The roles an administrator may give: every role but the owner's (ownership moves only through the CLI).
    static let assignableRoles: [StaffRole] = [.admin, .unitManager, .contentManager, .persona]

    /// The account named by the route, refusing to let anyone but the owner act on the owner.
    func target(_ context: RequestContext, forChange: Bool) async throws -> StaffMember {
        let (actor, _) = try signedIn(context)
        let id = try context.parameters.int("staff")
        guard let member = try await identity.staff.member(id: id, hromadaID: actor.hromadaID) else {
            throw HTTPError(.notFound)
        }
        if forChange && member.isOwner && !actor.isOwner {
            throw HTTPError(.forbidden, IdentityError.roleNotAllowed.messageUK)
        }
        return member
    }

    func staffList(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let members = try await identity.staff.members(hromadaID: actor.hromadaID)
        let canManage = identity.matrix.allows(actor.role, Permission.staffManage.key)
        return try await page("Працівники", context: context, current: "/admin/staff") {
            HTML.h1 { "Працівники" }
            if context.query["done"] == "removed" { Self.notice("Працівника видалено.") }
            if canManage { HTML.p { HTML.a(.class("button"), .href("/admin/staff/new")) { "Додати працівника" } } }
            Self.table(caption: "Працівники громади") {
                HTML.thead {
                    HTML.tr {
                        for title in ["Ім'я", "Логін", "Роль", "Підрозділи", "Двофакторний вхід", "Стан"] {
                            HTML.th(HTMLAttribute("scope", "col")) { title }
                        }
                    }
                }
                HTML.tbody {
                    for member in members {
                        HTML.tr {
                            HTML.th(HTMLAttribute("scope", "row")) {
                                HTML.a(.href("/admin/staff/\(member.id)")) { member.displayName }
                            }
                            HTML.td { member.login }
                            HTML.td { member.role.titleUK }
                            HTML.td { member.units.isEmpty ? "—" : member.units.joined(separator: ", ") }
                            HTML.td { member.twoFactorEnabled ? "увімкнено" : "вимкнено" }
                            HTML.td { member.isActive ? "активний" : "вимкнений" }
                        }
                    }
                }
            }
        }
    }

    /// The create (no `member`) or edit form.
    func staffFormFields(_ form: Form, member: StaffMember?, units: [Institution], checked: Set<String>) -> HTML {
        HTML.fragment {
            form.input("display_name", label: "Ім'я та прізвище", autocomplete: "off")
            if member == nil {
                form.input(
                    "login", label: "Логін",
                    hint: "Латинські літери, цифри, «.», «_», «@» або «-»; можна електронну пошту.",
                    autocomplete: "off", width: .short)
            }
            if member?.isOwner != true {
                form.radios(
                    "role", legend: "Роль", options: Self.assignableRoles.map { ($0.rawValue, $0.titleUK) },
                    hint: "Що може кожна роль, показано в розділі «Ролі й права».")
                Self.checkboxes(
                    "units", legend: "Підрозділи (для керівника підрозділу)",
                    options: units.map { ($0.code, $0.name.uk) },
                    checked: checked, error: form.errors["units"])
            }
            form.input(
                "position_title", label: "Посада", hint: "Для посадової особи: показується в публічному профілі.",
                required: false)
            form.checkbox("public_profile", label: "Показувати публічний профіль посадової особи")
            if member?.isOwner == true {
                HTML.p { "Двофакторний вхід для головного адміністратора обов'язковий завжди." }
            } else {
                form.checkbox(
                    "two_factor_required", label: "Вимагати двофакторний вхід",
                    hint: "Якщо його ще не налаштовано, працівник налаштує його під час наступного входу.")
            }
        }
    }

    /// Checkboxes sharing one name (several values), in a fieldset whose id is the field's, so the error summary's
    /// link lands on it (kits use it too: the PUSH section's settlements and districts).
    public static func checkboxes(
        _ name: String, legend: String, options: [(value: String, label: String)], checked: Set<String>, error: String?
    ) -> HTML {
        HTML.div(.class(error == nil ? "field" : "field field--error")) {
            HTML.fieldset(.id(Form.fieldID(name))) {
                HTML.legend { legend }
                if let error { HTML.p(.class("field__error")) { error } }
                for (index, option) in options.enumerated() {
                    HTML.div(.class("choice")) {
                        HTML.input(
                            .type("checkbox"), .id("\(Form.fieldID(name))-\(index + 1)"), .name(name),
                            .value(option.value), .checked(checked.contains(option.value)))
                        HTML.label(.for("\(Form.fieldID(name))-\(index + 1)")) { option.label }
                    }
                }
            }
        }
    }

    func staffForm(
        context: RequestContext, values: [String: String], errors: FormErrors = FormErrors(),
        checkedUnits: Set<String> = [],
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let units = try await community.institutions(hromadaID: actor.hromadaID)
        let form = form(context, values: values, errors: errors)
        return try await page(
            form.pageTitle("Новий працівник"), context: context, current: "/admin/staff", status: status
        ) {
            form.errorSummary
            HTML.h1 { "Новий працівник" }
            HTML.p {
                "Після збереження система покаже тимчасовий пароль. Передайте його працівнику особисто: під час першого "
                    + "входу він придумає власний."
            }
            form.element(action: "/admin/staff") {
                staffFormFields(form, member: nil, units: units, checked: checkedUnits)
                form.submit("Додати працівника")
            }
        }
    }

    static func changes(from fields: URLEncodedFields) -> (StaffChanges, FormErrors) {
        var errors = FormErrors()
        var changes = StaffChanges()
        changes.displayName = fields["display_name"] ?? ""
        if let roleText = fields["role"] {
            if let role = StaffRole(rawValue: roleText), assignableRoles.contains(role) {
                changes.role = role
            } else {
                errors.add("role", "Оберіть роль зі списку.")
            }
        }
        changes.units = fields.values("units")
        changes.positionTitle = .some(fields["position_title"])
        changes.publicProfile = fields["public_profile"] == "yes"
        changes.twoFactorRequired = fields["two_factor_required"] == "yes"
        return (changes, errors)
    }

    static func field(for error: IdentityError) -> String {
        switch error {
        case .invalidLogin, .loginTaken: "login"
        case .invalidName: "display_name"
        case .unitsRequired, .unknownUnit: "units"
        case .ownerExists, .ownerProtected, .roleNotAllowed: "role"
        default: "display_name"
        }
    }

    func createStaff(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let fields = try request.formFields()
        let (changes, errors) = Self.changes(from: fields)
        let values = Self.values(fields)
        guard errors.isEmpty, let role = changes.role else {
            var errors = errors
            if changes.role == nil && errors["role"] == nil { errors.add("role", "Оберіть роль.") }
            return try await staffForm(
                context: context, values: values, errors: errors, checkedUnits: Set(changes.units ?? []),
                status: .unprocessableContent)
        }
        let temporary = SecretDigest.readableCode(groups: 4, size: 4)
        let created: StaffMember
        do {
            created = try await identity.staff.create(
                NewStaffMember(
                    hromadaID: actor.hromadaID, login: fields["login"] ?? "", displayName: changes.displayName ?? "",
                    role: role, units: changes.units ?? [], password: temporary,
                    twoFactorRequired: changes.twoFactorRequired ?? false, positionTitle: changes.positionTitle ?? nil))
            if changes.publicProfile == true {
                try await identity.staff.update(
                    id: created.id, hromadaID: actor.hromadaID, StaffChanges(publicProfile: true))
            }
        } catch let error as IdentityError {
            return try await staffForm(
                context: context, values: values, errors: [Self.field(for: error): error.messageUK],
                checkedUnits: Set(changes.units ?? []), status: .unprocessableContent)
        }
        try await audit(
            "staff.create", context: context, request: request, target: ("staff", String(created.id)),
            after: created.auditState)
        return try await temporaryPasswordPage(temporary, for: created, context: context, title: "Працівника додано")
    }

    func temporaryPasswordPage(
        _ password: String, for member: StaffMember, context: RequestContext, title: String
    ) async throws -> HTTPResponse {
        try await page(title, context: context, current: "/admin/staff") {
            HTML.h1 { title }
            HTML.p {
                "Логін: "; HTML.strong { member.login }
            }
            HTML.div(.class("alert alert--warning"), .role("alert")) {
                HTML.p(.class("alert__title")) { "Тимчасовий пароль показано лише один раз:" }
                HTML.p(.class("secret")) { password }
                HTML.p {
                    "Передайте його працівнику особисто або телефоном, не пересилайте в месенджері. Під час входу він "
                        + "придумає власний пароль; двофакторний вхід, якщо його увімкнено, залишиться."
                }
            }
            HTML.p { HTML.a(.href("/admin/staff/\(member.id)")) { "До картки працівника" } }
        }
    }
}
