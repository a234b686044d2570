import Foundation

extension AdminPanel {
    /// The resident the route names, in the signed-in member's hromada.
    func targetResident(_ context: RequestContext) async throws -> Resident {
        let (actor, _) = try signedIn(context)
        let id = try context.parameters.int("resident")
        guard let resident = try await identity.residents.resident(id: id, hromadaID: actor.hromadaID) else {
            throw HTTPError(.notFound)
        }
        return resident
    }

    /// Who or what established the resident's level, for staff.
    func verifierDescription(_ verifier: ResidentVerifier?, hromadaID: Int64) async throws -> String {
        switch verifier {
        case nil:
            return "—"
        case .contactButton(let channel)?:
            return "мешканець поділився номером через кнопку контакту (\(Self.channelTitle(channel)))"
        case .provider(let name)?:
            return "постачальник перевірки особи «\(name)»"
        case .staff(let id)?:
            guard let member = try await identity.staff.member(id: id, hromadaID: hromadaID) else {
                return "працівник №\(id) (обліковий запис видалено)"
            }
            return "працівник \(member.displayName)"
        }
    }

    func residentPage(
        context: RequestContext, values: [String: String] = [:], errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let resident = try await targetResident(context)
        let canVerify = identity.matrix.allows(actor.role, Permission.residentsVerify.key)
        let canManage = identity.matrix.allows(actor.role, Permission.residentsManage.key)
        let settlements = try await settlementNames(hromadaID: actor.hromadaID)
        let verifiedBy = try await verifierDescription(resident.verifiedBy, hromadaID: actor.hromadaID)
        let form = form(context, values: values, errors: errors)
        let base = "/admin/residents/\(resident.id)"
        let name = Self.residentName(resident)
        return try await page(form.pageTitle(name), context: context, current: "/admin/residents", status: status) {
            form.errorSummary
            HTML.h1 { name }
            if context.query["done"] == "verified" { Self.notice("Особу мешканця підтверджено в ЦНАП.") }
            HTML.dl {
                HTML.dt { "Канали" }
                HTML.dd {
                    if resident.channels.isEmpty {
                        "—"
                    } else {
                        HTML.ul {
                            for link in resident.channels {
                                HTML.li { "\(Self.channelTitle(link.channel)), з \(Self.format(link.linkedAt))" }
                            }
                        }
                    }
                }
                HTML.dt { "Телефон" }
                HTML.dd { resident.phone ?? "—" }
                HTML.dt { "Рівень перевірки" }
                HTML.dd { resident.verificationLevel.title(in: .uk) }
                HTML.dt { "Хто підтвердив" }
                HTML.dd { verifiedBy }
                HTML.dt { "Коли" }
                HTML.dd { Self.format(resident.verifiedAt) }
                if let note = resident.verificationNote {
                    HTML.dt { "Документ" }
                    HTML.dd { note }
                }
                HTML.dt { "Населений пункт" }
                HTML.dd { resident.settlement.map { settlements[$0] ?? $0 } ?? "—" }
                HTML.dt { "Мова" }
                HTML.dd { resident.language.nativeName }
                HTML.dt { "Перший контакт" }
                HTML.dd { Self.format(resident.createdAt) }
                HTML.dt { "Остання активність" }
                HTML.dd { Self.format(resident.lastSeenAt) }
            }
            HTML.h2 { "Згоди" }
            consentHistory(resident.consents)
            if canVerify {
                HTML.h2 { "Підтвердити особу в ЦНАП" }
                HTML.p {
                    "Підтверджуйте, лише коли мешканець прийшов особисто і ви бачили документ, що посвідчує особу. "
                        + "Рівень перевірки ніколи не знижується."
                }
                form.element(action: "\(base)/verify") {
                    form.input(
                        "note", label: "Тип документа",
                        hint: "Наприклад «паспорт-картка» або «паспорт-книжечка». Номер документа не записуйте.",
                        required: false, autocomplete: "off")
                    form.submit("Підтвердити особу")
                }
            }
            if canManage {
                HTML.h2 { "Дані мешканця на його запит" }
                HTML.p {
                    "Вивантаження — це файл JSON з усім, що система зберігає про мешканця. Передайте його мешканцю "
                        + "захищеним способом."
                }
                actionButton("Вивантажити дані (JSON)", action: "\(base)/export", context: context)
                form.element(action: "\(base)/delete") {
                    form.checkbox(
                        "confirm", label: "Так, видалити всі дані цього мешканця безповоротно",
                        hint: erasedDataHint)
                    form.submit("Видалити дані мешканця", style: .warning)
                }
            }
        }
    }

    /// The resident's consent records, oldest first, withdrawn ones included.
    func consentHistory(_ consents: [ResidentConsent]) -> HTML {
        guard !consents.isEmpty else { return HTML.p { "Мешканець ще не надавав згод." } }
        return Self.table(caption: "Історія згод мешканця, давніші спершу") {
            HTML.thead {
                HTML.tr {
                    for title in ["На що", "Версія тексту", "Канал", "Надано", "Відкликано"] {
                        HTML.th(HTMLAttribute("scope", "col")) { title }
                    }
                }
            }
            HTML.tbody {
                for consent in consents {
                    HTML.tr {
                        HTML.td { consent.purpose }
                        HTML.td { consent.textVersion }
                        HTML.td { Self.channelTitle(consent.channel) }
                        HTML.td { Self.format(consent.grantedAt) }
                        HTML.td { consent.withdrawnAt.map { Self.format($0) } ?? "діє" }
                    }
                }
            }
        }
    }
}

extension AdminPanel {
    /// What a deletion erases, the mounted modules' data included: «Канали, згоди, підтвердження особи, коди й
    /// розмови з чат-ботом зникнуть; …».
    var erasedDataHint: String {
        let items =
            ["Канали", "згоди", "підтвердження особи", "коди"]
            + identity.residents.dataProviders.map { $0.title.uk.lowercased() }
        return items.dropLast().joined(separator: ", ") + " й " + items[items.count - 1]
            + " зникнуть; відновити їх неможливо."
    }
}
