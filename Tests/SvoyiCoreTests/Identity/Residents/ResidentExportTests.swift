import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentExportTests {
    /// A resident with something in every table: two channels, a phone, an in-person verification, a
    /// settlement, two consents (one withdrawn), an external identity, a pending link code.
    func fullResident(_ context: ResidentTestContext) async throws -> Resident {
        let store = context.store
        let a = context.hromadaA
        let resident = try await context.telegramResident("1001", name: "Олена")
        try await store.recordPhone("0671234567", channel: .telegram, residentID: resident.id, hromadaID: a)
        try await store.verifyInPerson(residentID: resident.id, staffID: 12, note: "паспорт-книжечка", hromadaID: a)
        try await store.setSettlement(context.settlementsA[2], residentID: resident.id, hromadaID: a)
        try await store.grantConsent(
            purpose: "notifications", textVersion: "1", channel: .telegram, residentID: resident.id, hromadaID: a)
        try await store.grantConsent(
            purpose: "personal-data", textVersion: "1", channel: .telegram, residentID: resident.id, hromadaID: a)
        try await store.withdrawConsent(purpose: "notifications", residentID: resident.id, hromadaID: a)
        let link = try await store.createLinkCode(residentID: resident.id, hromadaID: a)
        _ = try await store.redeemLinkCode(link.code, channel: .viber, externalID: "v-1", hromadaID: a)
        let state = try await store.startExternalVerification(residentID: resident.id, provider: "diia", hromadaID: a)
        try await store.completeExternalVerification(
            IdentityAssertion(provider: "diia", subject: "1234509876", verifiedAt: residentTestStart, state: state),
            hromadaID: a)
        context.clock.advance(by: 60)
        _ = try await store.createLinkCode(residentID: resident.id, hromadaID: a)
        return resident
    }

    @Test func theExportHoldsEverything() async throws {
        try await withResidentStore { context in
            let resident = try await fullResident(context)
            context.clock.advance(by: 60)
            let export = try await context.store.export(residentID: resident.id, hromadaID: context.hromadaA)
            let now = residentTestStart.addingTimeInterval(120)
            #expect(export.exportedAt == now)
            #expect(export.residentID == resident.id)
            #expect(export.hromadaID == context.hromadaA)
            #expect(export.displayName == "Олена")
            #expect(export.language == "uk")
            #expect(export.settlement == context.settlementsA[2])
            #expect(export.phone == "+380671234567")
            #expect(export.verificationLevel == .externalProvider)
            #expect(export.verifiedBy == "provider:diia")
            #expect(export.createdAt == residentTestStart)
            #expect(export.channels.map(\.externalID) == ["1001", "v-1"])
            #expect(export.consents.map(\.purpose) == ["notifications", "personal-data"])
            #expect(export.consents.map { $0.withdrawnAt != nil } == [true, false])
            #expect(export.identities.map(\.provider) == ["diia"])
            #expect(export.requests.map(\.kind) == ["link-code", "external-verification"])
            #expect(export.requests.last?.usedAt == residentTestStart)

            let data = try export.jsonData()
            let json = String(decoding: data, as: UTF8.self)
            #expect(json.contains("\"phone\" : \"+380671234567\""))
            #expect(json.contains("\"exportedAt\" : \"2026-03-01T10:02:00.000Z\""))
            let keys = ["channels", "consents", "createdAt", "displayName", "exportedAt", "hromadaID", "identities"]
            let positions = keys.compactMap { json.range(of: "\"\($0)\" :")?.lowerBound }
            #expect(positions.count == keys.count)
            #expect(positions == positions.sorted(), "keys are sorted")
            #expect(try ResidentExport(json: data) == export)
        }
    }

    @Test func deletingErasesEveryRow() async throws {
        try await withResidentStore { context in
            let resident = try await fullResident(context)
            let bystander = try await context.telegramResident("2002")
            let before = try await context.residentTableCounts()
            #expect(before.count == 6)
            #expect(before.values.allSatisfy { $0 > 0 }, "every table holds something before: \(before)")

            try await context.store.delete(residentID: resident.id, hromadaID: context.hromadaA)
            let after = try await context.residentTableCounts()
            #expect(
                after == [
                    "residents": 1, "resident_channels": 1, "resident_consents": 0, "resident_identities": 0,
                    "resident_link_codes": 0, "resident_verification_states": 0,
                ])
            #expect(try await context.store.resident(id: bystander.id, hromadaID: context.hromadaA) != nil)
            #expect(
                try await context.store.resident(channel: .viber, externalID: "v-1", hromadaID: context.hromadaA) == nil
            )
            await #expect(throws: ResidentError.notFound) {
                try await context.store.delete(residentID: resident.id, hromadaID: context.hromadaA)
            }
        }
    }

    @Test func deletingTheHromadaDeletesItsResidents() async throws {
        try await withResidentStore { context in
            _ = try await fullResident(context)
            let inB = try await context.store.findOrCreate(
                channel: .telegram, externalID: "1001", displayName: nil, language: .uk, hromadaID: context.hromadaB)
            let deleted = try await context.database.write { db in
                try CommunityStore.deleteHromada(id: context.hromadaA, in: db)
            }
            #expect(deleted)
            let counts = try await context.residentTableCounts()
            #expect(counts["residents"] == 1)
            #expect(counts["resident_channels"] == 1)
            #expect(counts["resident_consents"] == 0)
            #expect(try await context.store.resident(id: inB.id, hromadaID: context.hromadaB) != nil)
        }
    }
}
