import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentContactTests {
    @Test func findOrCreateCreatesOnceAndTouchesLastSeen() async throws {
        try await withResidentStore { context in
            let first = try await context.telegramResident("1001", name: "Olena", language: .en)
            #expect(first.verificationLevel == .messenger)
            #expect(first.language == .en)
            #expect(first.displayName == "Olena")
            #expect(first.createdAt == residentTestStart)
            #expect(first.lastSeenAt == residentTestStart)
            #expect(first.verifiedBy == nil && first.verifiedAt == nil && first.phone == nil)
            #expect(
                first.channels == [
                    ResidentChannelLink(channel: .telegram, externalID: "1001", linkedAt: residentTestStart)
                ])

            context.clock.advance(by: 60)
            let again = try await context.telegramResident("1001", name: "  Олена К. ", language: .uk)
            #expect(again.id == first.id)
            #expect(again.language == .en, "a resident's language is not reset by the messenger")
            #expect(again.displayName == "Олена К.")
            #expect(again.createdAt == residentTestStart)
            #expect(again.lastSeenAt == residentTestStart.addingTimeInterval(60))
            #expect(again.channels.count == 1)

            let unnamed = try await context.telegramResident("1001")
            #expect(unnamed.displayName == "Олена К.", "a contact without a name keeps the stored one")
            #expect(try await context.store.count(hromadaID: context.hromadaA) == 1)
        }
    }

    @Test func findByChannelMatchesChannelAndIdOnly() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            #expect(
                try await store.resident(channel: .telegram, externalID: "1001", hromadaID: context.hromadaA)?.id
                    == resident.id)
            #expect(try await store.resident(channel: .viber, externalID: "1001", hromadaID: context.hromadaA) == nil)
            #expect(
                try await store.resident(channel: .telegram, externalID: "1002", hromadaID: context.hromadaA) == nil)
            #expect(
                try await store.resident(channel: .telegram, externalID: "1001", hromadaID: context.hromadaB) == nil)
        }
    }

    @Test func anotherHromadasResidentIsNotFound() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let b = context.hromadaB
            #expect(try await store.resident(id: resident.id, hromadaID: b) == nil)
            await #expect(throws: ResidentError.notFound) {
                try await store.setLanguage(.en, residentID: resident.id, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.recordPhone("0671234567", channel: .telegram, residentID: resident.id, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.verifyInPerson(residentID: resident.id, staffID: 1, note: nil, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.createLinkCode(residentID: resident.id, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.startExternalVerification(residentID: resident.id, provider: "bankid", hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.grantConsent(
                    purpose: "notifications", textVersion: "1", channel: .telegram, residentID: resident.id,
                    hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.consents(residentID: resident.id, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.export(residentID: resident.id, hromadaID: b)
            }
            await #expect(throws: ResidentError.notFound) {
                try await store.delete(residentID: resident.id, hromadaID: b)
            }
            #expect(try await store.list(hromadaID: b).isEmpty)

            // The same Telegram id in hromada B is a different resident.
            let inB = try await store.findOrCreate(
                channel: .telegram, externalID: "1001", displayName: nil, language: .uk, hromadaID: b)
            #expect(inB.id != resident.id)
            #expect(inB.hromadaID == b)
            #expect(try await store.resident(id: resident.id, hromadaID: context.hromadaA)?.language == .uk)
        }
    }

    @Test func badIdsAndUnknownHromadasAreRefused() async throws {
        try await withResidentStore { context in
            let store = context.store
            await #expect(throws: ResidentError.invalidExternalID) {
                try await store.findOrCreate(
                    channel: .web, externalID: "", displayName: nil, language: .uk, hromadaID: context.hromadaA)
            }
            await #expect(throws: ResidentError.invalidExternalID) {
                try await store.findOrCreate(
                    channel: .web, externalID: String(repeating: "x", count: 129), displayName: nil, language: .uk,
                    hromadaID: context.hromadaA)
            }
            await #expect(throws: ResidentError.hromadaNotFound) {
                try await store.findOrCreate(
                    channel: .web, externalID: "s-1", displayName: nil, language: .uk, hromadaID: 9_999)
            }
            let counts = try await context.residentTableCounts()
            #expect(counts["residents"] == 0)
        }
    }

    @Test func settlementMustBeTheHromadasOwn() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let set = try await store.setSettlement(
                context.settlementsA[1], residentID: resident.id, hromadaID: context.hromadaA)
            #expect(set.settlement == context.settlementsA[1])
            await #expect(throws: ResidentError.unknownSettlement) {
                try await store.setSettlement(
                    context.settlementsB[1], residentID: resident.id, hromadaID: context.hromadaA)
            }
            await #expect(throws: ResidentError.unknownSettlement) {
                try await store.setSettlement(
                    "UA00000000000000000", residentID: resident.id, hromadaID: context.hromadaA)
            }
            #expect(
                try await store.resident(id: resident.id, hromadaID: context.hromadaA)?.settlement
                    == context.settlementsA[1])
            let cleared = try await store.setSettlement(nil, residentID: resident.id, hromadaID: context.hromadaA)
            #expect(cleared.settlement == nil)
            let english = try await store.setLanguage(.en, residentID: resident.id, hromadaID: context.hromadaA)
            #expect(english.language == .en)
        }
    }
}
