import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentStaffListTests {
    /// Four residents of hromada A seen a minute apart (Олена last), one of hromada B.
    func populate(_ context: ResidentTestContext) async throws -> [String: Int64] {
        let store = context.store
        var ids: [String: Int64] = [:]
        for (externalID, name) in [("1", "Олена Коваль"), ("2", "Петро"), ("3", "Оксана 100%"), ("4", nil)] {
            let resident = try await context.telegramResident(externalID, name: name)
            ids[externalID] = resident.id
            context.clock.advance(by: 60)
        }
        _ = try await context.telegramResident("1", name: "Олена Коваль")
        try await store.recordPhone(
            "0671234567", channel: .telegram, residentID: ids["2"]!, hromadaID: context.hromadaA)
        try await store.recordPhone(
            "0509876543", channel: .telegram, residentID: ids["4"]!, hromadaID: context.hromadaA)
        try await store.verifyInPerson(residentID: ids["4"]!, staffID: 1, note: nil, hromadaID: context.hromadaA)
        _ = try await store.findOrCreate(
            channel: .telegram, externalID: "5", displayName: "Олена з Б", language: .uk, hromadaID: context.hromadaB)
        return ids
    }

    @Test func listsByLastSeenWithPaging() async throws {
        try await withResidentStore { context in
            let ids = try await populate(context)
            let store = context.store
            let all = try await store.list(hromadaID: context.hromadaA)
            #expect(all.map(\.id) == [ids["1"], ids["4"], ids["3"], ids["2"]].compactMap { $0 })
            #expect(try await store.count(hromadaID: context.hromadaA) == 4)
            let page = try await store.list(hromadaID: context.hromadaA, limit: 2, offset: 1)
            #expect(page.map(\.id) == [ids["4"], ids["3"]].compactMap { $0 })
            #expect(all.first?.channels.count == 1, "listed residents come with their channels")
        }
    }

    @Test func searchesNamesWithoutRegardToCaseAndPhonesByDigits() async throws {
        try await withResidentStore { context in
            let ids = try await populate(context)
            let store = context.store
            let a = context.hromadaA
            #expect(try await store.list(hromadaID: a, search: "олена").map(\.id) == [ids["1"]!])
            #expect(try await store.list(hromadaID: a, search: "ОКСАНА").map(\.id) == [ids["3"]!])
            #expect(try await store.list(hromadaID: a, search: "067 123").map(\.id) == [ids["2"]!])
            #expect(try await store.list(hromadaID: a, search: "+38 (050) 987").map(\.id) == [ids["4"]!])
            #expect(try await store.list(hromadaID: a, search: "100%").map(\.id) == [ids["3"]!])
            #expect(try await store.list(hromadaID: a, search: "%").map(\.id) == [ids["3"]!], "% is literal")
            #expect(try await store.list(hromadaID: a, search: "_").isEmpty, "_ is literal")
            #expect(try await store.list(hromadaID: a, search: "Марія").isEmpty)
            #expect(try await store.count(hromadaID: a, search: "о") == 3)
            #expect(try await store.list(hromadaID: a, search: "   ").count == 4)
        }
    }

    @Test func filtersByLevel() async throws {
        try await withResidentStore { context in
            let ids = try await populate(context)
            let store = context.store
            let a = context.hromadaA
            #expect(try await store.list(hromadaID: a, level: .phone).map(\.id) == [ids["2"]!])
            #expect(try await store.list(hromadaID: a, level: .inPerson).map(\.id) == [ids["4"]!])
            #expect(try await store.count(hromadaID: a, level: .messenger) == 2)
            #expect(try await store.count(hromadaID: a, search: "олена", level: .phone) == 0)
            #expect(try await store.count(hromadaID: a, level: .externalProvider) == 0)
        }
    }
}
