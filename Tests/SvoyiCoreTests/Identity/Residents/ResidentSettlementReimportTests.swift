import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentSettlementReimportTests {
    @Test func aReimportWithoutTheResidentsSettlementKeepsTheResident() async throws {
        try await withResidentStore { context in
            let resident = try await context.store.findOrCreate(
                channel: .telegram, externalID: "777", displayName: "Оксана", language: .uk,
                hromadaID: context.hromadaA)
            let village = context.settlementsA[1]
            _ = try await context.store.setSettlement(village, residentID: resident.id, hromadaID: context.hromadaA)
            var bundle = Fixtures.bundle(slug: "hromada-a", digit: "1")
            bundle.settlements.removeAll { $0.katottg == village }
            bundle.institutions = bundle.institutions.map { institution in
                var changed = institution
                if changed.settlement == village { changed.settlement = nil }
                return changed
            }
            _ = try await CommunityStore(database: context.database).importBundle(bundle)
            let after = try #require(try await context.store.resident(id: resident.id, hromadaID: context.hromadaA))
            #expect(after.settlement == nil)
            #expect(after.channels.map(\.externalID) == ["777"])
        }
    }
}
