import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentMergeTests {
    /// An older Telegram resident verified in person, and a newer Viber resident who creates a link code and
    /// redeems it on Telegram: the Viber resident survives with the older one's level and creation time.
    @Test func mergingKeepsTheHigherLevelAndEverything() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let older = try await context.telegramResident("1001", name: "Олена")
            try await store.recordPhone("067 123 45 67", channel: .telegram, residentID: older.id, hromadaID: a)
            try await store.verifyInPerson(residentID: older.id, staffID: 7, note: "ID-картка", hromadaID: a)
            try await store.grantConsent(
                purpose: "notifications", textVersion: "2026-01", channel: .telegram, residentID: older.id, hromadaID: a
            )
            _ = try await store.startExternalVerification(residentID: older.id, provider: "bankid", hromadaID: a)

            context.clock.advance(by: 3_600)
            let newer = try await store.findOrCreate(
                channel: .viber, externalID: "v-9", displayName: nil, language: .en, hromadaID: a)
            try await store.setSettlement(context.settlementsA[0], residentID: newer.id, hromadaID: a)
            try await store.grantConsent(
                purpose: "personal-data", textVersion: "3", channel: .viber, residentID: newer.id, hromadaID: a)
            let code = try await store.createLinkCode(residentID: newer.id, hromadaID: a)

            context.clock.advance(by: 60)
            let result = try await store.redeemLinkCode(code.code, channel: .telegram, externalID: "1001", hromadaID: a)
            let merged = result.resident
            #expect(merged.id == newer.id)
            #expect(result.mergedResidentID == older.id)
            #expect(merged.verificationLevel == .inPerson)
            #expect(merged.verifiedBy == .staff(id: 7))
            #expect(merged.verificationNote == "ID-картка")
            #expect(merged.verifiedAt == residentTestStart)
            #expect(merged.phone == "+380671234567")
            #expect(merged.createdAt == residentTestStart, "the earliest creation time is kept")
            #expect(merged.lastSeenAt == residentTestStart.addingTimeInterval(3_660))
            #expect(merged.displayName == "Олена", "the survivor had no name, so the other's is kept")
            #expect(merged.language == .en, "the survivor's language is kept")
            #expect(merged.settlement == context.settlementsA[0])
            #expect(Set(merged.channels.map { "\($0.channel):\($0.externalID)" }) == ["telegram:1001", "viber:v-9"])
            #expect(merged.consents.map(\.purpose) == ["notifications", "personal-data"])
            #expect(merged.consents.map(\.channel) == [.telegram, .viber])

            #expect(try await store.resident(id: older.id, hromadaID: a) == nil)
            #expect(try await store.count(hromadaID: a) == 1)
            let counts = try await context.residentTableCounts()
            #expect(counts["residents"] == 1)
            #expect(counts["resident_channels"] == 2)
            #expect(counts["resident_consents"] == 2)
            #expect(counts["resident_verification_states"] == 0, "the merged resident's pending state went with it")
        }
    }

    @Test func aLowerLevelDoesNotOverrideAHigherOne() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let verified = try await context.telegramResident("1001")
            try await store.verifyInPerson(residentID: verified.id, staffID: 3, note: nil, hromadaID: a)
            let other = try await store.findOrCreate(
                channel: .viber, externalID: "v-1", displayName: "V", language: .uk, hromadaID: a)
            try await store.recordPhone("+380501112233", channel: .viber, residentID: other.id, hromadaID: a)
            let code = try await store.createLinkCode(residentID: verified.id, hromadaID: a)
            let result = try await store.redeemLinkCode(code.code, channel: .viber, externalID: "v-1", hromadaID: a)
            #expect(result.resident.id == verified.id)
            #expect(result.resident.verificationLevel == .inPerson)
            #expect(result.resident.verifiedBy == .staff(id: 3))
            #expect(result.resident.phone == "+380501112233", "the other's phone fills the survivor's gap")
            #expect(result.resident.displayName == "V")
        }
    }

    @Test func twoDifferentlyVerifiedPeopleAreNotMerged() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let first = try await context.telegramResident("1001")
            let second = try await store.findOrCreate(
                channel: .viber, externalID: "v-1", displayName: nil, language: .uk, hromadaID: a)
            for (resident, subject) in [(first, "1111111111"), (second, "2222222222")] {
                let state = try await store.startExternalVerification(
                    residentID: resident.id, provider: "bankid", hromadaID: a)
                try await store.completeExternalVerification(
                    IdentityAssertion(
                        provider: "bankid", subject: subject, verifiedAt: residentTestStart, state: state),
                    hromadaID: a)
            }
            let code = try await store.createLinkCode(residentID: first.id, hromadaID: a)
            await #expect(throws: ResidentError.identityConflict) {
                try await store.redeemLinkCode(code.code, channel: .viber, externalID: "v-1", hromadaID: a)
            }
            #expect(try await store.count(hromadaID: a) == 2)
            #expect(try await store.resident(channel: .viber, externalID: "v-1", hromadaID: a)?.id == second.id)
            #expect(try await context.residentTableCounts()["resident_link_codes"] == 1, "the refusal stored nothing")
        }
    }

    @Test func redeemingOnAnAlreadyLinkedChannelChangesNothing() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let code = try await context.store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            let result = try await context.store.redeemLinkCode(
                code.code, channel: .telegram, externalID: "1001", hromadaID: context.hromadaA)
            #expect(result.mergedResidentID == nil)
            #expect(result.resident.channels.count == 1)
            #expect(try await context.store.count(hromadaID: context.hromadaA) == 1)
        }
    }
}
