import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct CatalogueFactsTests {
    static func factsDialogue(
        _ service: String, show: String = #"["cost", "term", "documents", "places", "eservice", "legalBasis"]"#
    ) -> Dialogue {
        EngineFixtures.dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "facts", "version": 1, "kind": "consultation",
             "title": {"uk": "Факти"}, "start": "f",
             "nodes": {"f": {"kind": "facts", "service": "\(service)", "show": \(show),
                             "text": {"uk": "Ось що потрібно знати:"}, "next": [{"goto": "e"}]},
                       "e": {"kind": "end"}}}
            """)
    }

    /// The reply to "факти" in a conversation over the demo hromada whose facts node shows `service`.
    func facts(_ service: String, language: Language = .uk) async throws -> [BotMessage] {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        var chat = Chat(
            EngineFixtures.context(
                [EngineFixtures.main, Self.factsDialogue(service)], community: CommunityStore(database: database),
                hromadaID: hromadaID))
        if language == .en { try await chat.send(.button("cmd:lang:en")) }
        let reply = try await chat.say("факти")
        database.close()
        return reply
    }

    @Test func idCardFactsComeFromTheCatalogue() async throws {
        let reply = try await facts("id-card")
        #expect(reply[0].text == "Ось що потрібно знати:")
        let lines = reply[1].text
        #expect(
            lines.hasPrefix(
                "Вартість: Вперше у 14 років — безоплатно. Обмін або замість втраченого: 618 грн (до 20 робочих днів), 988 грн (до 7 робочих днів).\nСтрок: до 20 робочих днів (Термінове оформлення — до 7 робочих днів)\nДокументи:\n• Свідоцтво про народження (для першого паспорта)"
            ))
        #expect(
            lines.contains(
                "Де отримати:\n• Центр надання адміністративних послуг Вишнедольської міської ради — вул. Шевченка, 12, м. Вишнедольськ"
            ))
        #expect(lines.contains("Підстава: Закон України «Про Єдиний державний демографічний реєстр"))
    }

    @Test func fixedFreeAndSubsistenceMinimumCostsAreRendered() async throws {
        let passport = try await facts("foreign-passport")
        #expect(
            passport[1].text.hasPrefix(
                "Вартість: 1 147 грн\nСтрок: до 20 робочих днів (Термінове оформлення — до 7 робочих днів, 1 787 грн)"))

        let record = try await facts("criminal-record-certificate")
        #expect(
            record[1].text.hasPrefix(
                "Вартість: безоплатно\nСтрок: до 10 календарних днів (У Дії витяг зазвичай формується автоматично за кілька хвилин)"
            ))
        let link = record.first { $0.kind == .link }
        #expect(link?.text == "Онлайн: diia.gov.ua")
        #expect(link?.url == "https://diia.gov.ua/services/vityag-pro-nesudimist")

        // 0.05 × 3 328.00 UAH (the 2026 figure in force on January 1).
        let land = try await facts("land-cadastre-extract")
        #expect(
            land[1].text.hasPrefix(
                "Вартість: 166,40 грн (0,05 прожиткового мінімуму для працездатних осіб)\nСтрок: до 10 робочих днів"))
    }

    @Test func englishFactsUseEnglishLabels() async throws {
        let passport = try await facts("foreign-passport", language: .en)
        let lines = try #require(passport.first { $0.text.hasPrefix("Cost:") })
        #expect(
            lines.text.hasPrefix(
                "Cost: UAH 1,147\nTerm: up to 20 working days (Urgent: up to 7 working days, UAH 1,787)"))
    }

    @Test func aServiceMissingFromTheCatalogueSaysTheCNAPWillAdvise() async throws {
        let reply = try await facts("no-such-service")
        #expect(reply[1].text == "Подробиці про цю послугу в нашій громаді підкаже адміністратор ЦНАП.")
        #expect(reply[2].text == "Чим допомогти?")
    }

    @Test func withoutACatalogueFactsStillAnswer() async throws {
        var chat = Chat(EngineFixtures.context([EngineFixtures.main, Self.factsDialogue("id-card")]))
        try await chat.say("факти")
        #expect(chat.texts[1] == "Подробиці про цю послугу в нашій громаді підкаже адміністратор ЦНАП.")
    }

    @Test func termsAndAmountsUseUkrainianPlurals() {
        #expect(FactsRenderer.term(ServiceTerm(amount: 1, unit: .workingDays), language: .uk) == "до 1 робочого дня")
        #expect(FactsRenderer.term(ServiceTerm(amount: 3, unit: .hours), language: .uk) == "до 3 годин")
        #expect(
            FactsRenderer.term(ServiceTerm(amount: 21, unit: .calendarDays), language: .uk) == "до 21 календарного дня")
        #expect(FactsRenderer.term(ServiceTerm(amount: 0, unit: .immediately), language: .uk) == "у день звернення")
        #expect(FactsRenderer.term(ServiceTerm(amount: 1, unit: .hours), language: .en) == "up to 1 hour")
        #expect(FactsRenderer.hryvnias(15_140, language: .uk) == "151,40 грн")
        #expect(FactsRenderer.hryvnias(1_234_505, language: .uk) == "12 345,05 грн")
        #expect(FactsRenderer.hryvnias(1_234_500, language: .en) == "UAH 12,345")
    }
}
