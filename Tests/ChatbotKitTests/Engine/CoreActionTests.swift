import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct CoreActionTests {
    /// Next to the ЦНАП on Shevchenka St.
    static let nearCNAP = ConversationValue.location(latitude: 49.1524, longitude: 31.1846)

    func call(
        _ action: ConversationAction, _ arguments: [String: ConversationValue], language: Language = .uk
    ) async throws -> ConversationActionResult {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        return try await action.run(
            ConversationActionCall(
                hromadaID: hromadaID, residentID: nil, language: language, arguments: arguments, variables: [:],
                database: database, now: EngineFixtures.now))
    }

    @Test func coreModuleOffersItsActions() {
        #expect(
            CoreModule().conversationActions.map(\.name) == [
                "cnap.offices", "shelters.nearest", "catalog.places", "notify.topics", "notify.settlement",
                "notify.settlement.set",
            ])
    }

    @Test func nearestSheltersAreTheThreeClosestInOrderWithDistanceAndAccess() async throws {
        let result = try await call(CoreConversationActions.nearestShelters, ["location": Self.nearCNAP])
        let point = Coordinates(latitude: 49.1524, longitude: 31.1846)
        let expected = DemoHromada.bundle.institutions.filter { $0.kind == .shelter }
            .sorted { $0.coordinates!.distance(to: point) < $1.coordinates!.distance(to: point) }.prefix(3)
        let pins = result.messages.filter { $0.kind == .location }
        #expect(pins.map(\.text) == expected.map(\.name.uk))
        #expect(pins.first?.text == "Укриття в будівлі ЦНАП")
        let cards = result.messages.filter { $0.kind == .text }.dropFirst()
        #expect(cards.count == 3)
        #expect(
            cards.first?.text.hasPrefix("1. Укриття в будівлі ЦНАП — 30 м\nвул. Шевченка, 12, м. Вишнедольськ, підвал")
                == true)
        #expect(cards.first?.text.contains("Доступність: є сходинки на вході, без пандуса, без ліфта") == true)
        let distances = cards.map { card in Int(card.text.split(separator: "—")[1].split(separator: " ")[0])! }
        #expect(distances == distances.sorted())
        #expect(result.variables == ["locationNeeded": .bool(false), "shelterCount": .number(3)])
    }

    @Test func withoutALocationTheDialogueIsAskedToRequestOne() async throws {
        let result = try await call(CoreConversationActions.nearestShelters, [:])
        #expect(result.messages.isEmpty)
        #expect(result.variables == ["locationNeeded": .bool(true)])
    }

    @Test func theSheltersDialogueAsksForALocationThenShowsThreeShelters() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        var chat = Chat(
            EngineFixtures.context(
                community: CommunityStore(database: database), actions: CoreModule().conversationActions,
                hromadaID: hromadaID))
        try await chat.say("де найближче укриття")
        #expect(chat.node == "shelters@1:ask")
        #expect(chat.last.last == .request(.location, prompt: "📍 Надіслати геолокацію"))
        try await chat.send(.location(latitude: 49.1524, longitude: 31.1846))
        #expect(chat.last.filter { $0.kind == .location }.count == 3)
        #expect(chat.node == "main@1:home")
    }

    @Test func cnapOfficesListAddressesAndTodaysHours() async throws {
        let result = try await call(CoreConversationActions.cnapOffices, [:])
        let cards = result.messages.filter { $0.kind == .text }.map(\.text)
        #expect(cards.count == 4)
        // 2026-11-25 is a Wednesday: the main office is open until 20:00, Kalynivka's desk until 16:00.
        #expect(
            cards[0].hasPrefix(
                "Центр надання адміністративних послуг Вишнедольської міської ради\nвул. Шевченка, 12, м. Вишнедольськ\nСьогодні: 08:00–20:00"
            ))
        #expect(cards[1].contains("Сьогодні: 08:00–12:00, 13:00–16:00"))
        #expect(cards[2].contains("Сьогодні зачинено"), "Zelenyi Hai works on Tuesdays and Thursdays")
        #expect(cards[0].contains("Телефон: +380470001000, +380470001001"))
        #expect(result.variables["officeCount"] == .number(4))
        let english = try await call(CoreConversationActions.cnapOffices, [:], language: .en)
        #expect(
            english.messages[0].text.hasPrefix(
                "Vyshnedolsk Administrative Service Centre (TsNAP)\n12 Shevchenka St, Vyshnedolsk\nToday: 08:00–20:00"))
    }

    @Test func cataloguePlacesSaysWhereAServiceIsProvided() async throws {
        let result = try await call(CoreConversationActions.cataloguePlaces, ["service": .text("foreign-passport")])
        #expect(result.messages.first?.text == "Де отримати «Паспорт громадянина України для виїзду за кордон»:")
        #expect(result.variables == ["serviceFound": .bool(true), "placeCount": .number(1)])
        let missing = try await call(CoreConversationActions.cataloguePlaces, ["service": .text("nope")])
        #expect(missing.variables["serviceFound"] == .bool(false))
        #expect(missing.messages.first?.text.contains("Адміністратор ЦНАП підкаже") == true)
    }

    @Test func actionsWithoutADatabaseFailWithATypedError() async throws {
        let call = ConversationActionCall(
            hromadaID: 1, residentID: nil, language: .uk, arguments: [:], variables: [:], now: EngineFixtures.now)
        await #expect(throws: ConversationActionError.noDatabase) {
            try await CoreConversationActions.cnapOffices.run(call)
        }
    }
}
