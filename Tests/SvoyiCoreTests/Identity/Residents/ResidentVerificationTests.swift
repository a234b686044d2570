import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentVerificationTests {
    @Test func levelsAreOrderedAndTitled() {
        #expect(VerificationLevel.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(VerificationLevel.allCases.sorted() == [.messenger, .phone, .inPerson, .externalProvider])
        #expect(VerificationLevel.phone < .inPerson)
        for language in Language.allCases {
            let titles = VerificationLevel.allCases.map { $0.title(in: language) }
            #expect(Set(titles).count == 4)
        }
        #expect(VerificationLevel.inPerson.title(in: .uk).contains("ЦНАП"))
        #expect(VerificationLevel.externalProvider.title(in: .en).contains("BankID"))
    }

    @Test func verifiersHaveAStoredForm() {
        let verifiers: [ResidentVerifier] = [.contactButton(.viber), .staff(id: 42), .provider("bankid")]
        #expect(verifiers.map(\.description) == ["contact:viber", "staff:42", "provider:bankid"])
        #expect(verifiers.map { ResidentVerifier($0.description) } == verifiers)
        for bad in ["", "staff:", "staff:x", "contact:sms", "provider:", "somebody:1"] {
            #expect(ResidentVerifier(bad) == nil, "\(bad)")
        }
    }

    @Test func aSharedPhoneRaisesToPhoneLevel() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            context.clock.advance(by: 5)
            let updated = try await context.store.recordPhone(
                "+38 (067) 123-45-67", channel: .telegram, residentID: resident.id, hromadaID: context.hromadaA)
            #expect(updated.phone == "+380671234567")
            #expect(updated.verificationLevel == .phone)
            #expect(updated.verifiedBy == .contactButton(.telegram))
            #expect(updated.verifiedAt == residentTestStart.addingTimeInterval(5))
        }
    }

    @Test func anInvalidPhoneStoresNothing() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            await #expect(throws: ResidentError.invalidPhone) {
                try await context.store.recordPhone(
                    "+48 601 234 567", channel: .telegram, residentID: resident.id, hromadaID: context.hromadaA)
            }
            let stored = try #require(try await context.store.resident(id: resident.id, hromadaID: context.hromadaA))
            #expect(stored.phone == nil)
            #expect(stored.verificationLevel == .messenger)
        }
    }

    @Test func aLevelNeverGoesDownByItself() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            let inPerson = try await store.verifyInPerson(
                residentID: resident.id, staffID: 5, note: "  ID-картка ", hromadaID: a)
            #expect(inPerson.verificationLevel == .inPerson)
            #expect(inPerson.verifiedBy == .staff(id: 5))
            #expect(inPerson.verificationNote == "ID-картка")

            context.clock.advance(by: 60)
            let withPhone = try await store.recordPhone(
                "0501112233", channel: .viber, residentID: resident.id, hromadaID: a)
            #expect(withPhone.phone == "+380501112233")
            #expect(withPhone.verificationLevel == .inPerson)
            #expect(withPhone.verifiedBy == .staff(id: 5))
            #expect(withPhone.verifiedAt == residentTestStart)

            let again = try await store.verifyInPerson(residentID: resident.id, staffID: 6, note: nil, hromadaID: a)
            #expect(again.verifiedBy == .staff(id: 6), "a verification at the same level renews it")
            #expect(again.verificationNote == nil)
            #expect(again.verifiedAt == residentTestStart.addingTimeInterval(60))
        }
    }

    @Test(arguments: ["паспорт АА123456", "ID 001234567", String(repeating: "а", count: 201)])
    func notesMustNotHoldDocumentNumbers(note: String) async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            await #expect(throws: ResidentError.invalidNote) {
                try await context.store.verifyInPerson(
                    residentID: resident.id, staffID: 5, note: note, hromadaID: context.hromadaA)
            }
            let stored = try await context.store.resident(id: resident.id, hromadaID: context.hromadaA)
            #expect(stored?.verificationLevel == .messenger)
        }
    }

    @Test func eachErrorHasItsOwnDescription() {
        let errors: [ResidentError] = [
            .notFound, .hromadaNotFound, .invalidExternalID, .invalidPhone, .unknownSettlement, .invalidNote,
            .invalidConsent, .linkCodeInvalid, .linkCodeExpired, .stateInvalid, .stateExpired, .stateUsed,
            .identityConflict, .signatureMissing, .signatureInvalid, .timestampInvalid, .timestampOutOfRange,
            .replayedRequest, .malformedAssertion,
        ]
        #expect(Set(errors.map(\.description)).count == errors.count, "each error explains itself")
    }
}
