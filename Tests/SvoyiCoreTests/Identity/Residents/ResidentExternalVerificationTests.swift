import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentExternalVerificationTests {
    @Test func aVerifiedAssertionRaisesTheResidentToTheTopLevel() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            let state = try await store.startExternalVerification(
                residentID: resident.id, provider: "bankid", hromadaID: a)
            #expect(try Base64URL.decode(state).count == 16, "a 128-bit state")
            #expect(try await context.allTextValues().contains(state) == false, "the state is stored hashed")

            let provider = SignedAssertionProvider(name: "bankid", secret: residentBrokerSecret, clock: context.clock)
            let body = residentHookBody(state: state, phone: "050 111 22 33")
            let assertion = try await provider.verify(
                body: body, headers: residentHookHeaders(body: body, at: context.clock.now))
            context.clock.advance(by: 5)
            let result = try await store.completeExternalVerification(assertion, hromadaID: a)
            #expect(result.mergedResidentID == nil)
            #expect(result.resident.id == resident.id)
            #expect(result.resident.verificationLevel == .externalProvider)
            #expect(result.resident.verifiedBy == .provider("bankid"))
            #expect(result.resident.verifiedAt == residentTestStart.addingTimeInterval(-30))
            #expect(result.resident.phone == "+380501112233")
        }
    }

    @Test func aStateIsUsedOnce() async throws {
        try await withResidentStore { context in
            let store = context.store
            let resident = try await context.telegramResident("1001")
            let state = try await store.startExternalVerification(
                residentID: resident.id, provider: "bankid", hromadaID: context.hromadaA)
            let assertion = IdentityAssertion(
                provider: "bankid", subject: "3141592653", verifiedAt: residentTestStart, state: state)
            try await store.completeExternalVerification(assertion, hromadaID: context.hromadaA)
            await #expect(throws: ResidentError.stateUsed) {
                try await store.completeExternalVerification(assertion, hromadaID: context.hromadaA)
            }
        }
    }

    @Test func unknownExpiredAndForeignStatesAreRefused() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            func assertion(_ state: String, provider: String = "bankid") -> IdentityAssertion {
                IdentityAssertion(
                    provider: provider, subject: "3141592653", verifiedAt: residentTestStart, state: state)
            }
            await #expect(throws: ResidentError.stateInvalid) {
                try await store.completeExternalVerification(assertion("never-issued"), hromadaID: a)
            }
            let state = try await store.startExternalVerification(
                residentID: resident.id, provider: "bankid", hromadaID: a)
            await #expect(throws: ResidentError.stateInvalid) {
                try await store.completeExternalVerification(assertion(state), hromadaID: context.hromadaB)
            }
            await #expect(throws: ResidentError.stateInvalid) {
                try await store.completeExternalVerification(assertion(state, provider: "diia"), hromadaID: a)
            }
            context.clock.advance(by: 15 * 60)
            await #expect(throws: ResidentError.stateExpired) {
                try await store.completeExternalVerification(assertion(state), hromadaID: a)
            }
            let current = try #require(try await store.resident(id: resident.id, hromadaID: a))
            #expect(current.verificationLevel == .messenger)
            #expect(try await context.residentTableCounts()["resident_identities"] == 0)
        }
    }

    @Test func theSameIdentityOnAnotherResidentIsRefusedNotMerged() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let onTelegram = try await context.telegramResident("1001", name: "Олена")
            let first = try await store.startExternalVerification(
                residentID: onTelegram.id, provider: "bankid", hromadaID: a)
            try await store.completeExternalVerification(
                IdentityAssertion(
                    provider: "bankid", subject: "3141592653", verifiedAt: residentTestStart, state: first),
                hromadaID: a)

            // Someone else started a verification and sent the link to Олена, who completed it.
            context.clock.advance(by: 600)
            let onWeb = try await store.findOrCreate(
                channel: .web, externalID: "session-7", displayName: nil, language: .uk, hromadaID: a)
            let second = try await store.startExternalVerification(
                residentID: onWeb.id, provider: "bankid", hromadaID: a)
            let later = residentTestStart.addingTimeInterval(600)
            await #expect(throws: ResidentError.identityHeldByAnotherResident) {
                try await store.completeExternalVerification(
                    IdentityAssertion(provider: "bankid", subject: "3141592653", verifiedAt: later, state: second),
                    hromadaID: a)
            }
            #expect(try await store.count(hromadaID: a) == 2)
            let web = try #require(try await store.resident(id: onWeb.id, hromadaID: a))
            #expect(web.verificationLevel == .messenger)
            let telegram = try #require(try await store.resident(id: onTelegram.id, hromadaID: a))
            #expect(telegram.verificationLevel == .externalProvider)
            #expect(telegram.channels.map(\.channel) == [.telegram])
        }
    }

    @Test func aResidentIsNotVerifiedAsTwoPeopleByOneProvider() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            for (subject, expectConflict) in [("1111111111", false), ("2222222222", true)] {
                let state = try await store.startExternalVerification(
                    residentID: resident.id, provider: "bankid", hromadaID: a)
                let assertion = IdentityAssertion(
                    provider: "bankid", subject: subject, verifiedAt: residentTestStart, state: state)
                if expectConflict {
                    await #expect(throws: ResidentError.identityConflict) {
                        try await store.completeExternalVerification(assertion, hromadaID: a)
                    }
                } else {
                    try await store.completeExternalVerification(assertion, hromadaID: a)
                }
            }
            #expect(try await context.residentTableCounts()["resident_identities"] == 1)
        }
    }

    @Test func theIdentityIsStoredOnlyAsAHash() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let subject = "3141592653"
            let resident = try await context.telegramResident("1001")
            let state = try await store.startExternalVerification(
                residentID: resident.id, provider: "bankid", hromadaID: a)
            let assertion = IdentityAssertion(
                provider: "bankid", subject: subject, fullName: "Шевченко Тарас Григорович",
                verifiedAt: residentTestStart, state: state)
            try await store.completeExternalVerification(assertion, hromadaID: a)

            let texts = try await context.allTextValues()
            #expect(texts.contains { $0.contains(subject) } == false)
            #expect(texts.contains { $0.contains("Шевченко") } == false)
            #expect(texts.contains { $0.contains(state) } == false)
            let bytes = try context.databaseFileBytes()
            #expect(residentBytes(bytes, contain: "provider:bankid"), "the scan sees what the store wrote")
            #expect(residentBytes(bytes, contain: subject) == false)
            let hash = try #require(try await store.export(residentID: resident.id, hromadaID: a).identities.first)
            #expect(hash.provider == "bankid")
            #expect(try Base64URL.decode(hash.identityHash).count == 32)
            #expect(texts.contains(hash.identityHash))
        }
    }
}
