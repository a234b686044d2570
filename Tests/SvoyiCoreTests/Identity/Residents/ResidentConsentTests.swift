import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentConsentTests {
    @Test func withdrawingAndGrantingAgainKeepsTheHistory() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            let granted = try await store.grantConsent(
                purpose: "notifications", textVersion: "2026-01", channel: .telegram, residentID: resident.id,
                hromadaID: a)
            #expect(granted.isActive)
            #expect(granted.grantedAt == residentTestStart)

            context.clock.advance(by: 100)
            #expect(try await store.withdrawConsent(purpose: "notifications", residentID: resident.id, hromadaID: a))
            #expect(
                try await store.withdrawConsent(purpose: "notifications", residentID: resident.id, hromadaID: a)
                    == false)

            context.clock.advance(by: 100)
            let again = try await store.grantConsent(
                purpose: "notifications", textVersion: "2026-01", channel: .viber, residentID: resident.id,
                hromadaID: a)
            #expect(again.id != granted.id)

            let history = try await store.consents(residentID: resident.id, hromadaID: a)
            #expect(
                history == [
                    ResidentConsent(
                        id: granted.id, purpose: "notifications", textVersion: "2026-01", channel: .telegram,
                        grantedAt: residentTestStart, withdrawnAt: residentTestStart.addingTimeInterval(100)),
                    ResidentConsent(
                        id: again.id, purpose: "notifications", textVersion: "2026-01", channel: .viber,
                        grantedAt: residentTestStart.addingTimeInterval(200)),
                ])
            let loaded = try #require(try await store.resident(id: resident.id, hromadaID: a))
            #expect(loaded.activeConsent(for: "notifications")?.id == again.id)
            #expect(loaded.activeConsent(for: "personal-data") == nil)
        }
    }

    @Test func grantingTheStandingVersionAgainChangesNothingAndANewVersionReplacesIt() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            let resident = try await context.telegramResident("1001")
            let first = try await store.grantConsent(
                purpose: "personal-data", textVersion: "1", channel: .web, residentID: resident.id, hromadaID: a)
            context.clock.advance(by: 10)
            let same = try await store.grantConsent(
                purpose: "personal-data", textVersion: "1", channel: .telegram, residentID: resident.id, hromadaID: a)
            #expect(same == first)
            let newer = try await store.grantConsent(
                purpose: "personal-data", textVersion: "2", channel: .telegram, residentID: resident.id, hromadaID: a)
            let history = try await store.consents(residentID: resident.id, hromadaID: a)
            #expect(history.map(\.textVersion) == ["1", "2"])
            #expect(history.map(\.withdrawnAt) == [residentTestStart.addingTimeInterval(10), nil])
            #expect(history.last?.id == newer.id)
        }
    }

    @Test(arguments: [("Notifications", "1"), ("", "1"), ("news letters", "1"), ("notifications", "")])
    func badPurposesAndVersionsAreRefused(purpose: String, version: String) async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            await #expect(throws: ResidentError.invalidConsent) {
                try await context.store.grantConsent(
                    purpose: purpose, textVersion: version, channel: .telegram, residentID: resident.id,
                    hromadaID: context.hromadaA)
            }
            #expect(try await context.residentTableCounts()["resident_consents"] == 0)
        }
    }
}
