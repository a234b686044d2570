import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentLedgerTests {
    @Test func blockingMarksTheChannelAndWritingAgainRestoresIt() async throws {
        try await withResidentStore { context in
            let store = context.store
            let a = context.hromadaA
            _ = try await context.telegramResident("1001")
            #expect(
                try await store.resident(channel: .telegram, externalID: "1001", hromadaID: a)?.channels.first?.status
                    == .active)

            context.clock.advance(by: 30)
            #expect(try await store.setChannelStatus(.blocked, channel: .telegram, externalID: "1001", hromadaID: a))
            #expect(
                !(try await store.setChannelStatus(.blocked, channel: .telegram, externalID: "1001", hromadaID: a)),
                "the same status again is no change")
            let blocked = try #require(
                try await store.resident(channel: .telegram, externalID: "1001", hromadaID: a)?.channels.first)
            #expect(blocked.status == .blocked)
            #expect(blocked.statusChangedAt == residentTestStart.addingTimeInterval(30))

            context.clock.advance(by: 30)
            _ = try await context.telegramResident("1001")
            let back = try #require(
                try await store.resident(channel: .telegram, externalID: "1001", hromadaID: a)?.channels.first)
            #expect(back.status == .active, "a message from the person makes the channel active again")
            #expect(back.statusChangedAt == residentTestStart.addingTimeInterval(60))
        }
    }

    @Test func unknownIdsAndOtherHromadasAreUntouched() async throws {
        try await withResidentStore { context in
            let store = context.store
            _ = try await context.telegramResident("1001")
            #expect(
                !(try await store.setChannelStatus(
                    .unsubscribed, channel: .viber, externalID: "1001", hromadaID: context.hromadaA)))
            #expect(
                !(try await store.setChannelStatus(
                    .deactivated, channel: .telegram, externalID: "1001", hromadaID: context.hromadaB)))
            let status = try await context.store.database.read { db in
                try ResidentStore.channelStatus(
                    channel: .telegram, externalID: "1001", hromadaID: context.hromadaA, in: db)
            }
            #expect(status == .active)
        }
    }
}
