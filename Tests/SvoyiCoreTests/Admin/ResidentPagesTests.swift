import Foundation
import SvoyiCore
import Testing

/// The residents pages of the panel: the list, the card, in-person verification, export and deletion.
@Suite struct ResidentPagesTests {
    /// A signed-in member of A: the session cookie and the CSRF field for forms.
    struct Staff {
        let member: StaffMember
        let cookies: [String: String]
        let csrf: (String, String)
    }

    func staff(_ harness: AdminHarness, _ role: StaffRole) async throws -> Staff {
        let member = try #require(harness.staffA[role])
        let (token, session) = try await harness.signIn(member)
        return Staff(member: member, cookies: ["svoyi_session": token], csrf: ("_csrf", session.csrfToken))
    }

    func stored(_ harness: AdminHarness, _ id: Int64) async throws -> Resident? {
        try await harness.identity.residents.resident(id: id, hromadaID: harness.hromadaA)
    }

    @Test func theListShowsTheHromadasResidentsAndNeverAnotherHromadas() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = try await staff(harness, .admin)
        let list = await harness.send(.get, "/admin/residents", cookies: admin.cookies)
        #expect(list.status.code == 200)
        #expect(list.text.contains("Оксана Мельник"))
        #expect(list.text.contains("/admin/residents/\(harness.residentA.id)"))
        #expect(list.text.contains("Telegram"))
        #expect(list.text.contains(VerificationLevel.messenger.title(in: .uk)))
        #expect(list.text.contains("Усього мешканців: 1."))
        #expect(!list.text.contains("Петро Бойко"))
        // B's resident is refused by id too, on the card and on every action.
        let card = await harness.send(.get, "/admin/residents/\(harness.residentB.id)", cookies: admin.cookies)
        #expect(card.status.code == 403)
        #expect(!card.text.contains("Петро Бойко"))
        let export = await harness.send(
            .post, "/admin/residents/\(harness.residentB.id)/export", cookies: admin.cookies, form: [admin.csrf])
        #expect(export.status.code == 403)
    }

    @Test func searchFindsByPhoneDigitsAndTheLevelFilterNarrows() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let residents = harness.identity.residents
        let withPhone = try await residents.findOrCreate(
            channel: .viber, externalID: "vb-a-2", displayName: "Ігор Ткач", language: .uk, hromadaID: harness.hromadaA)
        try await residents.recordPhone(
            "+380671234567", channel: .viber, residentID: withPhone.id, hromadaID: harness.hromadaA)
        let admin = try await staff(harness, .admin)
        let found = await harness.send(.get, "/admin/residents?q=067+123", cookies: admin.cookies)
        #expect(found.status.code == 200)
        #expect(found.text.contains("Ігор Ткач"))
        #expect(!found.text.contains("Оксана Мельник"))
        #expect(found.text.contains("Знайдено: 1."))
        let byLevel = await harness.send(.get, "/admin/residents?level=1", cookies: admin.cookies)
        #expect(byLevel.text.contains("Оксана Мельник"))
        #expect(!byLevel.text.contains("Ігор Ткач"))
        let badLevel = await harness.send(.get, "/admin/residents?level=9", cookies: admin.cookies)
        #expect(badLevel.text.contains("Оберіть рівень перевірки зі списку."))
    }

    @Test func theListPagesByFifty() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        for index in 0..<50 {
            _ = try await harness.identity.residents.findOrCreate(
                channel: .web, externalID: "web-\(index)", displayName: "Мешканець \(index)", language: .uk,
                hromadaID: harness.hromadaA)
        }
        let admin = try await staff(harness, .admin)
        let first = await harness.send(.get, "/admin/residents", cookies: admin.cookies)
        #expect(first.text.contains("Усього мешканців: 51."))
        #expect(first.text.contains("/admin/residents?offset=50"))
        #expect(first.text.contains("Наступні"))
        #expect(first.text.components(separatedBy: "<a href=\"/admin/residents/").count - 1 == 50)
        let second = await harness.send(.get, "/admin/residents?offset=50", cookies: admin.cookies)
        #expect(second.text.components(separatedBy: "<a href=\"/admin/residents/").count - 1 == 1)
        #expect(!second.text.contains("Наступні"))
    }

    @Test func rolesWithoutTheResidentPermissionsAreRefused() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        for role in [StaffRole.persona, .contentManager] {
            let member = try await staff(harness, role)
            #expect(await harness.send(.get, "/admin/residents", cookies: member.cookies).status.code == 403)
            let card = await harness.send(.get, "/admin/residents/\(harness.residentA.id)", cookies: member.cookies)
            #expect(card.status.code == 403)
            #expect(!card.text.contains("Оксана Мельник"))
        }
    }

    @Test func aUnitManagerViewsAndVerifiesButCannotExportOrDelete() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let manager = try await staff(harness, .unitManager)
        let base = "/admin/residents/\(harness.residentA.id)"
        let card = await harness.send(.get, base, cookies: manager.cookies)
        #expect(card.status.code == 200)
        #expect(card.text.contains("\(base)/verify"))
        #expect(!card.text.contains("\(base)/export"))
        #expect(!card.text.contains("\(base)/delete"))
        let verify = await harness.send(
            .post, "\(base)/verify", cookies: manager.cookies, form: [manager.csrf, ("note", "паспорт-картка")])
        #expect(verify.status.code == 303)
        #expect(try await stored(harness, harness.residentA.id)?.verificationLevel == .inPerson)
        let export = await harness.send(.post, "\(base)/export", cookies: manager.cookies, form: [manager.csrf])
        #expect(export.status.code == 403)
        let delete = await harness.send(
            .post, "\(base)/delete", cookies: manager.cookies, form: [manager.csrf, ("confirm", "yes")])
        #expect(delete.status.code == 403)
        #expect(try await stored(harness, harness.residentA.id) != nil)
        #expect(try await harness.audit(harness.hromadaA, action: "resident.export").isEmpty)
    }

    @Test func verifyingInPersonRaisesTheLevelAndRecordsWhoDidIt() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = try await staff(harness, .admin)
        let base = "/admin/residents/\(harness.residentA.id)"
        let response = await harness.send(
            .post, "\(base)/verify", cookies: admin.cookies, form: [admin.csrf, ("note", "паспорт-картка")])
        #expect(response.status.code == 303)
        #expect(response.headers["Location"] == "\(base)?done=verified")
        let resident = try #require(try await stored(harness, harness.residentA.id))
        #expect(resident.verificationLevel == .inPerson)
        #expect(resident.verifiedBy == .staff(id: admin.member.id))
        #expect(resident.verificationNote == "паспорт-картка")
        #expect(resident.verifiedAt == harness.clock.now)
        let entries = try await harness.audit(harness.hromadaA, action: "resident.verify")
        #expect(entries.count == 1)
        #expect(entries.first?.actor == .staff(id: admin.member.id, name: admin.member.displayName))
        #expect(entries.first?.targetID == String(harness.residentA.id))
        #expect(entries.first?.after?["level"] == "inPerson")
        let card = await harness.send(.get, "\(base)?done=verified", cookies: admin.cookies)
        #expect(card.text.contains(VerificationLevel.inPerson.title(in: .uk)))
        #expect(card.text.contains("працівник \(admin.member.displayName)"))
    }

    @Test func aNoteWithADocumentNumberIsRefusedAndNothingChanges() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = try await staff(harness, .admin)
        let response = await harness.send(
            .post, "/admin/residents/\(harness.residentA.id)/verify", cookies: admin.cookies,
            form: [admin.csrf, ("note", "паспорт 123456789")])
        #expect(response.status.code == 422)
        #expect(response.text.contains("error-summary"))
        #expect(response.text.contains("без номера документа"))
        let resident = try #require(try await stored(harness, harness.residentA.id))
        #expect(resident.verificationLevel == .messenger)
        #expect(resident.verifiedBy == nil)
        #expect(resident.verificationNote == nil)
        #expect(try await harness.audit(harness.hromadaA, action: "resident.verify").isEmpty)
    }

    @Test func exportDownloadsTheResidentsDataAndIsAudited() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = try await staff(harness, .admin)
        let id = harness.residentA.id
        let response = await harness.send(
            .post, "/admin/residents/\(id)/export", cookies: admin.cookies, form: [admin.csrf])
        #expect(response.status.code == 200)
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"resident-\(id).json\"")
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
        let export = try ResidentExport(json: Data(response.bytes))
        #expect(export.residentID == id)
        #expect(export.displayName == "Оксана Мельник")
        #expect(export.channels.map(\.channel) == [.telegram])
        #expect(export.channels.map(\.externalID) == ["tg-a-1"])
        let entries = try await harness.audit(harness.hromadaA, action: "resident.export")
        #expect(entries.count == 1)
        #expect(entries.first?.targetID == String(id))
    }

    @Test func deletingNeedsConfirmationThenErasesEveryRowAndAuditsOnlyTheID() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let residents = harness.identity.residents
        let id = harness.residentA.id
        let hromadaID = harness.hromadaA
        try await residents.recordPhone("+380501112233", channel: .telegram, residentID: id, hromadaID: hromadaID)
        _ = try await residents.grantConsent(
            purpose: "notifications", textVersion: "2026-01", channel: .telegram, residentID: id, hromadaID: hromadaID)
        _ = try await residents.createLinkCode(residentID: id, hromadaID: hromadaID)
        _ = try await residents.startExternalVerification(residentID: id, provider: "bankid", hromadaID: hromadaID)
        let admin = try await staff(harness, .admin)
        let path = "/admin/residents/\(id)/delete"

        let unconfirmed = await harness.send(.post, path, cookies: admin.cookies, form: [admin.csrf])
        #expect(unconfirmed.status.code == 422)
        #expect(unconfirmed.text.contains("Позначте, що ви справді хочете видалити"))
        #expect(try await rowCount(harness, id) == 5)  // the resident, a channel, a consent, a code, a state
        let wrong = await harness.send(.post, path, cookies: admin.cookies, form: [admin.csrf, ("confirm", "no")])
        #expect(wrong.status.code == 422)
        #expect(try await harness.audit(hromadaID, action: "resident.delete").isEmpty)

        let confirmed = await harness.send(
            .post, path, cookies: admin.cookies, form: [admin.csrf, ("confirm", "yes")])
        #expect(confirmed.status.code == 303)
        #expect(confirmed.headers["Location"] == "/admin/residents?done=deleted")
        #expect(try await stored(harness, id) == nil)
        #expect(try await rowCount(harness, id) == 0)
        #expect(try await residents.resident(id: harness.residentB.id, hromadaID: harness.hromadaB) != nil)
        let entries = try await harness.audit(hromadaID, action: "resident.delete")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.targetKind == "resident")
        #expect(entry.targetID == String(id))
        let logged = [entry.detail ?? ""] + (entry.before ?? [:]).values + (entry.after ?? [:]).values
        #expect(!logged.contains { $0.contains("Оксана") || $0.contains("380") || $0.contains("tg-a-1") })
        let list = await harness.send(.get, "/admin/residents?done=deleted", cookies: admin.cookies)
        #expect(list.text.contains("Дані мешканця видалено."))
        #expect(!list.text.contains("Оксана Мельник"))
    }

    /// Rows about resident `id` in the residents table and every table that refers to it (link codes, states,
    /// identities, consents, channels).
    func rowCount(_ harness: AdminHarness, _ id: Int64) async throws -> Int {
        try await harness.database.read { db in
            var total = try db.scalar("SELECT COUNT(*) FROM residents WHERE id = ?", [.integer(id)], as: Int.self) ?? 0
            for table in [
                "resident_channels", "resident_consents", "resident_identities", "resident_link_codes",
                "resident_verification_states",
            ] {
                total +=
                    try db.scalar(
                        "SELECT COUNT(*) FROM \(table) WHERE resident_id = ?", [.integer(id)], as: Int.self) ?? 0
            }
            return total
        }
    }

    @Test func aDisplayNameWithMarkupIsEscapedInTheListAndTheCard() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let script = "<script>alert(1)</script>"
        let resident = try await harness.identity.residents.findOrCreate(
            channel: .telegram, externalID: "tg-xss", displayName: script, language: .uk, hromadaID: harness.hromadaA)
        let admin = try await staff(harness, .admin)
        let list = await harness.send(.get, "/admin/residents", cookies: admin.cookies)
        let card = await harness.send(.get, "/admin/residents/\(resident.id)", cookies: admin.cookies)
        for page in [list, card] {
            #expect(page.status.code == 200)
            #expect(!page.text.contains(script))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func aResidentWithoutANameIsShownAsSuch() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let resident = try await harness.identity.residents.findOrCreate(
            channel: .web, externalID: "web-anon", displayName: nil, language: .en, hromadaID: harness.hromadaA)
        let admin = try await staff(harness, .admin)
        let list = await harness.send(.get, "/admin/residents", cookies: admin.cookies)
        #expect(list.text.contains("без імені"))
        let card = await harness.send(.get, "/admin/residents/\(resident.id)", cookies: admin.cookies)
        #expect(card.text.contains("без імені"))
        #expect(card.text.contains("English"))
        #expect(card.text.contains("Мешканець ще не надавав згод."))
    }
}
