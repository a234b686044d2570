import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The shipped Settings dialogue, walked through the engine with the core module's actions over the demo hromada:
/// a resident switches notification topics and chooses a settlement.
@Suite struct SettingsDialogueTests {
    struct Harness {
        let directory: TemporaryDirectory
        let database: SQLiteDatabase
        let hromadaID: Int64
        let residentID: Int64
        var chat: Chat

        init(language: Language = .uk) async throws {
            directory = try TemporaryDirectory()
            (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
            let residents = ResidentStore(database: database, secretKey: Array(repeating: 7, count: 32))
            residentID = try await residents.findOrCreate(
                channel: .telegram, externalID: "5001", displayName: nil, language: language, hromadaID: hromadaID
            ).id
            var context = EngineFixtures.context(
                ShippedDialogues.all, community: CommunityStore(database: database),
                actions: CoreModule().conversationActions, hromadaID: hromadaID)
            context.residentID = residentID
            chat = Chat(context)
        }

        func choices() async throws -> [String: Bool] {
            let choices = try await NotifyStore(database: database).topicChoices(
                residentID: residentID, hromadaID: hromadaID)
            return Dictionary(uniqueKeysWithValues: choices.map { ($0.topic.key, $0.isSubscribed) })
        }

        func settlement() async throws -> String? {
            try await ResidentStore(database: database, secretKey: Array(repeating: 7, count: 32))
                .resident(id: residentID, hromadaID: hromadaID)?.settlement
        }
    }

    static func code(of name: String) -> String {
        DemoHromada.bundle.settlements.first { $0.name.uk == name }!.katottg
    }

    @Test func topicsShowTheirStateOnTheButtonsAndAPressSwitchesOne() async throws {
        var harness = try await Harness()
        defer { harness.database.close() }
        try await harness.chat.say("налаштування")
        #expect(harness.chat.labels.prefix(3) == ["Теми сповіщень", "Мій населений пункт", "Мова / Language"])
        try await harness.chat.press("Теми сповіщень")
        #expect(
            harness.chat.labels.prefix(6) == [
                "✅ Новини громади", "✅ Відключення, ремонти", "✅ Події", "✅ Тривоги, НС", "✅ Петиції", "Готово",
            ])
        try await harness.chat.press("✅ Події")
        #expect(harness.chat.texts.first == "🔕 Ви більше не отримуватимете сповіщення «Події».")
        #expect(harness.chat.labels.contains("🔕 Події"))
        #expect(try await harness.choices()["events"] == false)
        #expect(try await harness.choices()["news"] == true)

        try await harness.chat.press("🔕 Події")
        #expect(harness.chat.texts.first == "✅ Ви отримуватимете сповіщення «Події».")
        #expect(try await harness.choices()["events"] == true)
        try await harness.chat.press("✅ Тривоги, НС")
        #expect(try await harness.choices()["emergencies"] == false)

        try await harness.chat.press("Готово")
        #expect(harness.chat.labels.prefix(3) == ["Теми сповіщень", "Мій населений пункт", "Мова / Language"])
        try await harness.chat.press("Теми сповіщень")
        #expect(harness.chat.labels.contains("🔕 Тривоги, НС"), "the state is read again: \(harness.chat.labels)")
    }

    @Test func theSettlementIsChosenByNumberOrNameAndAmbiguityAsksAgain() async throws {
        var harness = try await Harness()
        defer { harness.database.close() }
        try await harness.chat.say("налаштування")
        try await harness.chat.press("Мій населений пункт")
        let shown = harness.chat.texts.joined(separator: "\n")
        #expect(shown.contains("Населений пункт не вказано"), "\(shown)")
        #expect(shown.contains("1. м. Вишнедольськ"), "\(shown)")
        #expect(shown.contains("5. с. Зелений Гай"), "\(shown)")
        #expect(harness.chat.texts.last?.hasPrefix("Напишіть номер зі списку") == true)

        try await harness.chat.say("вка")
        let several = harness.chat.texts.joined(separator: "\n")
        #expect(several.contains("Підходить кілька населених пунктів"), "\(several)")
        #expect(several.contains("2. с. Калинівка") && several.contains("3. с. Вербівка"), "\(several)")
        #expect(try await harness.settlement() == nil)

        try await harness.chat.say("нема такого")
        #expect(harness.chat.texts.first?.hasPrefix("Такого населеного пункту в громаді не знайшли") == true)

        try await harness.chat.say("с. зелений гай")
        #expect(
            harness.chat.texts.first
                == "✅ Збережено: с. Зелений Гай. Сповіщення для вашого населеного пункту надходитимуть сюди.")
        #expect(try await harness.settlement() == Self.code(of: "Зелений Гай"))
        #expect(harness.chat.labels.prefix(3) == ["Теми сповіщень", "Мій населений пункт", "Мова / Language"])

        try await harness.chat.press("Мій населений пункт")
        #expect(harness.chat.texts.first?.hasPrefix("Ваш населений пункт: с. Зелений Гай.") == true)
        try await harness.chat.say("2")
        #expect(try await harness.settlement() == Self.code(of: "Калинівка"))
        try await harness.chat.press("Мій населений пункт")
        try await harness.chat.say("0")
        #expect(try await harness.settlement() == nil)
    }

    @Test func inEnglishTheTopicsAndTheSettlementsAreEnglish() async throws {
        var harness = try await Harness(language: .en)
        defer { harness.database.close() }
        try await harness.chat.say("english")
        try await harness.chat.say("settings")
        try await harness.chat.press("Notification topics")
        #expect(
            harness.chat.labels.prefix(6) == [
                "✅ Community news", "✅ Outages and repairs", "✅ Events", "✅ Emergencies", "✅ Petition results",
                "Done",
            ])
        try await harness.chat.press("✅ Community news")
        #expect(harness.chat.texts.first == "🔕 You will no longer get “Community news” notifications.")
        try await harness.chat.press("Done")
        try await harness.chat.press("My settlement")
        #expect(harness.chat.texts.joined(separator: "\n").contains("5. Zelenyi Hai"))
        try await harness.chat.say("Zelenyi Hai")
        #expect(harness.chat.texts.first == "✅ Saved: Zelenyi Hai. Notices for your settlement will come here.")
        #expect(try await harness.settlement() == Self.code(of: "Зелений Гай"))
    }

    @Test func withoutAResidentTheActionsSayWhereToSetThemUp() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        let call = ConversationActionCall(
            hromadaID: hromadaID, residentID: nil, language: .uk, arguments: ["toggle": .text("news")],
            variables: [:], database: database, now: EngineFixtures.now)
        let topics = try await NotifyConversationActions.topics.run(call)
        #expect(topics.messages.first?.text.contains("Telegram або Viber") == true)
        #expect(topics.variables["topic_news"] == .text("✅"))
        let set = try await NotifyConversationActions.setSettlement.run(call)
        #expect(set.variables["settlement_done"] == .bool(true), "the dialogue does not loop")
        let count = try await database.read { db in
            try db.scalar("SELECT COUNT(*) FROM notify_topic_choices", as: Int.self)
        }
        #expect(count == 0)
    }
}
