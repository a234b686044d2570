import Foundation

extension AdminPanel {
    func registerUnits(on router: inout Router) {
        get(&router, "/admin/units", .permission(Permission.unitsView.key)) { _, context in
            try await unitsPage(context: context)
        }
        let edit = RouteAccess.permission(Permission.unitsEdit.key)
        get(&router, "/admin/units/{unit}", edit) { _, context in try await unitPage(context: context) }
        post(&router, "/admin/units/{unit}", edit) { request, context in try await updateUnit(request, context) }
    }

    func unitsPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let all = try await community.institutions(hromadaID: actor.hromadaID)
        let units = actor.role.isUnitScoped ? all.filter { actor.units.contains($0.code) } : all
        let canEdit = identity.matrix.allows(actor.role, Permission.unitsEdit.key)
        let managers = try await identity.staff.members(hromadaID: actor.hromadaID).filter { $0.role == .unitManager }
        return try await page("Підрозділи", context: context, current: "/admin/units") {
            HTML.h1 { actor.role.isUnitScoped ? "Мої підрозділи" : "Підрозділи та установи" }
            Self.table(caption: "Підрозділи громади") {
                HTML.thead {
                    HTML.tr {
                        for title in ["Назва", "Адреса", "Телефони", "Керівники в панелі"] {
                            HTML.th(HTMLAttribute("scope", "col")) { title }
                        }
                    }
                }
                HTML.tbody {
                    for unit in units {
                        HTML.tr {
                            HTML.th(HTMLAttribute("scope", "row")) {
                                if canEdit && (!actor.role.isUnitScoped || actor.units.contains(unit.code)) {
                                    HTML.a(.href("/admin/units/\(unit.code)")) { unit.name.uk }
                                } else {
                                    unit.name.uk
                                }
                            }
                            HTML.td { unit.address.uk }
                            HTML.td {
                                unit.contacts.phones.isEmpty ? "—" : unit.contacts.phones.joined(separator: ", ")
                            }
                            HTML.td {
                                let names = managers.filter { $0.units.contains(unit.code) }.map(\.displayName)
                                names.isEmpty ? "—" : names.joined(separator: ", ")
                            }
                        }
                    }
                }
            }
        }
    }

    func unitPage(
        context: RequestContext, values: [String: String]? = nil, errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let code = try context.parameters.string("unit")
        guard let unit = try await community.institution(code: code, hromadaID: actor.hromadaID) else {
            throw HTTPError(.notFound)
        }
        let form = form(
            context,
            values: values ?? [
                "phones": unit.contacts.phones.joined(separator: "\n"), "email": unit.contacts.email ?? "",
                "website": unit.contacts.website ?? "",
            ], errors: errors)
        return try await page(form.pageTitle(unit.name.uk), context: context, current: "/admin/units", status: status) {
            form.errorSummary
            HTML.h1 { unit.name.uk }
            if context.query["done"] == "saved" { Self.notice("Контакти збережено. Їх одразу бачать мешканці.") }
            HTML.p { unit.address.uk }
            form.element(action: "/admin/units/\(unit.code)") {
                form.textarea(
                    "phones", label: "Телефони", hint: "Кожен номер з нового рядка.", required: false, rows: 3)
                form.input("email", label: "Електронна пошта", type: .email, required: false, autocomplete: "off")
                form.input("website", label: "Сайт", type: .url, hint: "Починається з https://", required: false)
                form.submit("Зберегти контакти")
            }
        }
    }

    /// The contacts a form describes, or the problems with it.
    static func contacts(from fields: URLEncodedFields) -> (Institution.Contacts, FormErrors) {
        var errors = FormErrors()
        let phones = (fields["phones"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let allowed = Set("0123456789 +()-")
        if phones.count > 10 || phones.contains(where: { $0.count > 30 || !$0.allSatisfy(allowed.contains) }) {
            errors.add("phones", "Телефони — до 10 номерів, лише цифри, пробіли, «+», «(», «)» і «-».")
        }
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespaces)
        let emailParts = email.split(separator: "@", omittingEmptySubsequences: false)
        if !email.isEmpty
            && (emailParts.count != 2 || emailParts.contains(where: \.isEmpty) || email.contains(" ")
                || !emailParts[1].contains(".") || email.count > 200)
        {
            errors.add("email", "Вкажіть адресу пошти у форматі name@example.ua.")
        }
        let website = (fields["website"] ?? "").trimmingCharacters(in: .whitespaces)
        if !website.isEmpty
            && (!(website.hasPrefix("https://") || website.hasPrefix("http://")) || website.contains(" ")
                || URL(string: website)?.host == nil || website.count > 300)
        {
            errors.add("website", "Вкажіть адресу сайту, що починається з https://.")
        }
        return (
            Institution.Contacts(
                phones: phones, email: email.isEmpty ? nil : email, website: website.isEmpty ? nil : website),
            errors
        )
    }

    func updateUnit(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let code = try context.parameters.string("unit")
        let fields = try request.formFields()
        let (contacts, errors) = Self.contacts(from: fields)
        guard errors.isEmpty else {
            return try await unitPage(
                context: context, values: Self.values(fields), errors: errors, status: .unprocessableContent)
        }
        guard let before = try await community.updateContacts(contacts, code: code, hromadaID: actor.hromadaID) else {
            throw HTTPError(.notFound)
        }
        func state(_ contacts: Institution.Contacts) -> [String: String] {
            [
                "phones": contacts.phones.joined(separator: ", "), "email": contacts.email ?? "",
                "website": contacts.website ?? "",
            ]
        }
        try await audit(
            "unit.update", context: context, request: request, target: ("unit", code), before: state(before),
            after: state(contacts))
        return Self.redirect("/admin/units/\(code)?done=saved")
    }
}
