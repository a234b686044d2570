import Foundation

extension AdminPanel {
    func registerResidents(on router: inout Router) {
        let view = RouteAccess.permission(Permission.residentsView.key)
        let verify = RouteAccess.permission(Permission.residentsVerify.key)
        let manage = RouteAccess.permission(Permission.residentsManage.key)
        get(&router, "/admin/residents", view) { _, context in try await residentsList(context: context) }
        get(&router, "/admin/residents/{resident}", view) { _, context in try await residentPage(context: context) }
        post(&router, "/admin/residents/{resident}/verify", verify) { request, context in
            try await verifyResident(request, context)
        }
        post(&router, "/admin/residents/{resident}/export", manage) { request, context in
            try await exportResident(request, context)
        }
        post(&router, "/admin/residents/{resident}/delete", manage) { request, context in
            try await deleteResident(request, context)
        }
    }

    /// How many residents one page of the list shows.
    static let residentsPageSize = 50

    /// The list's search, level and offset from the query string, and the problems with them.
    static func residentsQuery(
        _ query: URLEncodedFields
    ) -> (search: String?, level: VerificationLevel?, offset: Int, errors: FormErrors) {
        var errors = FormErrors()
        let search = query["q"].map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100)) }
        var level: VerificationLevel?
        if let text = query["level"], !text.isEmpty {
            level = Int(text).flatMap(VerificationLevel.init(rawValue:))
            if level == nil { errors.add("level", "Оберіть рівень перевірки зі списку.") }
        }
        let offset = max(0, query["offset"].flatMap { Int($0) } ?? 0)
        return (search?.isEmpty == true ? nil : search, level, offset, errors)
    }

    /// A resident's name as staff see it: the messenger's name, or «без імені».
    static func residentName(_ resident: Resident) -> String { resident.displayName ?? "без імені" }

    /// A channel's name for staff.
    static func channelTitle(_ channel: ResidentChannel) -> String {
        switch channel {
        case .telegram: "Telegram"
        case .viber: "Viber"
        case .web: "сайт громади"
        }
    }

    /// The hromada's settlement names by КАТОТТГ code.
    func settlementNames(hromadaID: Int64) async throws -> [String: String] {
        var names: [String: String] = [:]
        for settlement in try await community.settlements(hromadaID: hromadaID) {
            names[settlement.katottg] = settlement.name.uk
        }
        return names
    }

    func residentsList(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let (search, level, offset, errors) = Self.residentsQuery(context.query)
        let pageSize = Self.residentsPageSize
        let hromadaID = actor.hromadaID
        let residents =
            errors.isEmpty
            ? try await identity.residents.list(
                hromadaID: hromadaID, search: search, level: level, limit: pageSize, offset: offset) : []
        let total =
            errors.isEmpty ? try await identity.residents.count(hromadaID: hromadaID, search: search, level: level) : 0
        let settlements = try await settlementNames(hromadaID: hromadaID)
        var values: [String: String] = [:]
        for field in context.query where field.name == "q" || field.name == "level" { values[field.name] = field.value }
        let form = Form(localizer: Localizer(language: .uk), values: values, errors: errors)
        func pageLink(_ offset: Int) -> String {
            var query = context.query.fields.filter { $0.name == "q" || $0.name == "level" }.map { ($0.name, $0.value) }
            if offset > 0 { query.append(("offset", String(offset))) }
            return "/admin/residents" + (query.isEmpty ? "" : "?" + URLEncodedFields(query).encoded)
        }
        return try await page(form.pageTitle("Мешканці"), context: context, current: "/admin/residents") {
            form.errorSummary
            HTML.h1 { "Мешканці" }
            if context.query["done"] == "deleted" {
                Self.notice("Дані мешканця видалено. У журналі дій залишився лише номер запису.")
            }
            form.element(action: "/admin/residents", method: "get", .class("filters")) {
                form.input(
                    "q", label: "Пошук", type: .search, hint: "Ім'я або щонайменше три цифри номера телефону.",
                    required: false, autocomplete: "off")
                form.select(
                    "level", label: "Рівень перевірки",
                    options: [("", "Будь-який")]
                        + VerificationLevel.allCases.map { (String($0.rawValue), $0.title(in: .uk)) },
                    required: false)
                form.submit("Знайти", style: .secondary)
            }
            HTML.p { search == nil && level == nil ? "Усього мешканців: \(total)." : "Знайдено: \(total)." }
            if !residents.isEmpty {
                Self.table(caption: "Мешканці громади, нещодавно активні спершу") {
                    HTML.thead {
                        HTML.tr {
                            for title in [
                                "Ім'я", "Канали", "Рівень перевірки", "Населений пункт", "Остання активність",
                            ] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                        }
                    }
                    HTML.tbody {
                        for resident in residents {
                            HTML.tr {
                                HTML.th(HTMLAttribute("scope", "row")) {
                                    HTML.a(.href("/admin/residents/\(resident.id)")) { Self.residentName(resident) }
                                }
                                HTML.td {
                                    resident.channels.isEmpty
                                        ? "—"
                                        : resident.channels.map { Self.channelTitle($0.channel) }
                                            .joined(separator: ", ")
                                }
                                HTML.td { resident.verificationLevel.title(in: .uk) }
                                HTML.td { resident.settlement.map { settlements[$0] ?? $0 } ?? "—" }
                                HTML.td { Self.format(resident.lastSeenAt) }
                            }
                        }
                    }
                }
            }
            if offset > 0 || offset + pageSize < total {
                HTML.p(.class("button-group")) {
                    if offset > 0 { HTML.a(.href(pageLink(max(0, offset - pageSize)))) { "Попередні" } }
                    if offset + pageSize < total { HTML.a(.href(pageLink(offset + pageSize))) { "Наступні" } }
                }
            }
        }
    }
}
