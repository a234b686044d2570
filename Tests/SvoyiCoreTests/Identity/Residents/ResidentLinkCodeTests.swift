import Foundation
import SvoyiCore
import Testing

@Suite struct ResidentLinkCodeTests {
    static let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    @Test func aCodeJoinsASecondChannel() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001", name: "Олена")
            let code = try await context.store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            #expect(code.code.count == 8)
            #expect(code.code.allSatisfy { Self.alphabet.contains($0) })
            #expect(code.expiresAt == residentTestStart.addingTimeInterval(15 * 60))
            #expect(try await context.allTextValues().contains(code.code) == false, "the code is stored hashed")

            context.clock.advance(by: 30)
            let result = try await context.store.redeemLinkCode(
                code.code, channel: .viber, externalID: "viber-abc", hromadaID: context.hromadaA)
            #expect(result.resident.id == resident.id)
            #expect(result.mergedResidentID == nil)
            #expect(
                result.resident.channels == [
                    ResidentChannelLink(channel: .telegram, externalID: "1001", linkedAt: residentTestStart),
                    ResidentChannelLink(
                        channel: .viber, externalID: "viber-abc", linkedAt: residentTestStart.addingTimeInterval(30)),
                ])
            #expect(result.resident.lastSeenAt == residentTestStart.addingTimeInterval(30))
            let found = try await context.store.resident(
                channel: .viber, externalID: "viber-abc", hromadaID: context.hromadaA)
            #expect(found?.id == resident.id)
            #expect(try await context.residentTableCounts()["resident_link_codes"] == 0)
        }
    }

    @Test func typingIsForgiving() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let code = try await context.store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            // As typed on a Ukrainian keyboard: Cyrillic look-alikes, O for 0, I for 1, lowercase, a hyphen.
            let cyrillic: [Character: Character] = [
                "A": "а", "B": "в", "C": "с", "E": "е", "H": "н", "K": "к", "M": "м", "P": "р", "T": "т", "X": "х",
                "0": "O", "1": "i",
            ]
            var typed = String(code.code.map { cyrillic[$0] ?? Character($0.lowercased()) })
            typed.insert("-", at: typed.index(typed.startIndex, offsetBy: 4))
            let result = try await context.store.redeemLinkCode(
                " \(typed) ", channel: .web, externalID: "session-1", hromadaID: context.hromadaA)
            #expect(result.resident.id == resident.id)
            #expect(result.resident.channels.map(\.channel) == [.telegram, .web])
        }
    }

    @Test func aCodeExpiresAfterFifteenMinutes() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let late = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            context.clock.advance(by: 15 * 60)
            await #expect(throws: ResidentError.linkCodeExpired) {
                try await store.redeemLinkCode(
                    late.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            }
            let inTime = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            context.clock.advance(by: 15 * 60 - 1)
            let result = try await store.redeemLinkCode(
                inTime.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            #expect(result.resident.channels.count == 2)
        }
    }

    @Test func aCodeWorksOnce() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let code = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            _ = try await store.redeemLinkCode(
                code.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            await #expect(throws: ResidentError.linkCodeInvalid) {
                try await store.redeemLinkCode(code.code, channel: .web, externalID: "w-1", hromadaID: context.hromadaA)
            }
            #expect(try await store.resident(channel: .web, externalID: "w-1", hromadaID: context.hromadaA) == nil)
        }
    }

    @Test func aNewCodeReplacesTheEarlierOne() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let first = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            let second = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            #expect(first.code != second.code)
            await #expect(throws: ResidentError.linkCodeInvalid) {
                try await store.redeemLinkCode(
                    first.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            }
            let result = try await store.redeemLinkCode(
                second.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            #expect(result.resident.id == resident.id)
        }
    }

    @Test func aCodeDoesNotWorkInAnotherHromada() async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            let store = context.store
            let code = try await store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            await #expect(throws: ResidentError.linkCodeInvalid) {
                try await store.redeemLinkCode(
                    code.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaB)
            }
            #expect(try await store.count(hromadaID: context.hromadaB) == 0)
            let result = try await store.redeemLinkCode(
                code.code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            #expect(result.resident.id == resident.id, "the failed attempt elsewhere did not use the code up")
        }
    }

    @Test(arguments: ["", "ABC", "ABCDEFGHJ", "UUUUUUUU", "ABCD EF!H", "ЖЖЖЖЖЖЖЖ"])
    func malformedCodesAreInvalid(code: String) async throws {
        try await withResidentStore { context in
            let resident = try await context.telegramResident("1001")
            _ = try await context.store.createLinkCode(residentID: resident.id, hromadaID: context.hromadaA)
            await #expect(throws: ResidentError.linkCodeInvalid) {
                try await context.store.redeemLinkCode(
                    code, channel: .viber, externalID: "v-1", hromadaID: context.hromadaA)
            }
        }
    }
}
