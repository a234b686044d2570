import Foundation

extension AdminPanel {
    func registerAudit(on router: inout Router) {
        get(&router, "/admin/audit", .permission(Permission.auditView.key)) { _, context in
            try await auditPage(context: context)
        }
    }

    /// The filter the query string asks for, and the problems with it.
    static func auditFilter(_ query: URLEncodedFields) -> (AuditFilter, FormErrors) {
        var filter = AuditFilter()
        var errors = FormErrors()
        if let action = query["action"], !action.isEmpty { filter.actionPrefix = action }
        if let outcome = query["outcome"], !outcome.isEmpty {
            if let parsed = AuditOutcome(rawValue: outcome) {
                filter.outcome = parsed
            } else {
                errors.add("outcome", "Оберіть результат зі списку.")
            }
        }
        if let actor = query["actor"], !actor.isEmpty {
            if let id = Int64(actor) {
                filter.actorKind = "staff"
                filter.actorID = id
            } else {
                errors.add("actor", "Оберіть працівника зі списку.")
            }
        }
        let kyiv = TimeZone(identifier: "Europe/Kyiv") ?? .gmt
        for (name, keyPath, offset) in [("from", \AuditFilter.from, 0), ("until", \AuditFilter.until, 1)] {
            guard let text = query[name], !text.isEmpty else { continue }
            guard let date = CivilDate(text) else {
                errors.add(name, "Вкажіть дату у форматі РРРР-ММ-ДД.")
                continue
            }
            filter[keyPath: keyPath] = kyiv.instant(on: date.adding(days: offset), at: LocalTime(hour: 0, minute: 0)!)
        }
        if let before = query["before"], let id = Int64(before) { filter.beforeID = id }
        return (filter, errors)
    }

    func auditPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let (filter, errors) = Self.auditFilter(context.query)
        let pageSize = 50
        let entries =
            errors.isEmpty
            ? try await identity.audit.entries(hromadaID: actor.hromadaID, filter: filter, limit: pageSize + 1) : []
        let shown = Array(entries.prefix(pageSize))
        let staff = try await identity.staff.members(hromadaID: actor.hromadaID)
        var values: [String: String] = [:]
        for field in context.query { values[field.name] = field.value }
        let form = Form(localizer: Localizer(language: .uk), values: values, errors: errors)
        var nextQuery = context.query.fields.filter { $0.name != "before" }.map { ($0.name, $0.value) }
        if let last = shown.last?.id { nextQuery.append(("before", String(last))) }
        let prefixes: [(String, String)] = [("", "Усі дії")] + identity.auditNames.groups.map { ($0.prefix, $0.name) }
        return try await page(form.pageTitle("Журнал дій"), context: context, current: "/admin/audit") {
            form.errorSummary
            HTML.h1 { "Журнал дій" }
            HTML.p { "Записи лише додаються: змінити чи видалити їх не може ніхто, зокрема адміністратори." }
            form.element(action: "/admin/audit", method: "get", .class("filters")) {
                form.select(
                    "actor", label: "Хто", options: [("", "Усі")] + staff.map { (String($0.id), $0.displayName) },
                    required: false)
                form.select("action", label: "Дія", options: prefixes, required: false)
                form.select(
                    "outcome", label: "Результат",
                    options: [("", "Будь-який")]
                        + AuditOutcome.allCases.map { ($0.rawValue, AuditPresentation.outcome($0)) },
                    required: false)
                form.input("from", label: "З дати", type: .date, required: false, width: .short)
                form.input("until", label: "По дату", type: .date, required: false, width: .short)
                form.submit("Показати", style: .secondary)
            }
            if shown.isEmpty {
                HTML.p { "Записів за цими умовами немає." }
            } else {
                Self.table(caption: "Записи журналу, новіші спершу") {
                    HTML.thead {
                        HTML.tr {
                            for title in ["Коли", "Хто", "Дія", "Результат", "Об'єкт", "Зміни", "Адреса"] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                        }
                    }
                    HTML.tbody {
                        for entry in shown { auditRow(entry) }
                    }
                }
                if entries.count > pageSize {
                    HTML.p { HTML.a(.href("/admin/audit?" + URLEncodedFields(nextQuery).encoded)) { "Старіші записи" } }
                }
            }
        }
    }

    func auditRow(_ entry: AuditEntry) -> HTML {
        let who: String =
            switch entry.actor {
            case .staff(_, let name): name
            case .operator(let name): "оператор сервера (\(name))"
            case .token(_, let name): "API-токен «\(name)»"
            case .system: "система"
            case .anonymous: "невідомий (не ввійшов)"
            }
        return HTML.tr {
            HTML.td { Self.format(entry.at) }
            HTML.td { who }
            HTML.td {
                describe(entry.action)
                if let detail = entry.detail {
                    HTML.br()
                    // The detail is the server's own English note: say so, or screen readers read it as Ukrainian.
                    HTML.small(.lang("en")) { detail }
                }
            }
            HTML.td { AuditPresentation.outcome(entry.outcome) }
            HTML.td(.lang("en")) { [entry.targetKind, entry.targetID].compactMap { $0 }.joined(separator: " ") }
            HTML.td {
                if entry.changedFields.isEmpty {
                    "—"
                } else {
                    HTML.ul {
                        for field in entry.changedFields {
                            HTML.li { "\(field): «\(entry.before?[field] ?? "")» → «\(entry.after?[field] ?? "")»" }
                        }
                    }
                }
            }
            HTML.td { entry.address ?? "—" }
        }
    }
}

extension AdminPanel {
    /// An audit action's Ukrainian name (the core's or a module's), or the action itself when it has none.
    func describe(_ action: String) -> String { identity.auditNames.actions[action] ?? action }
}
