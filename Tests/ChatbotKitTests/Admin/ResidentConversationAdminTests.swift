import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// The panel's resident card with the chatbot mounted: the export carries the resident's conversation, the
/// deletion names it and erases it.
@Suite struct ResidentConversationAdminTests {
    @Test func thePanelsExportAndDeletionCoverTheConversation() async throws {
        let harness = try await DialogueAdminHarness.make()
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        let resident = try await harness.identity.residents.findOrCreate(
            channel: .telegram, externalID: "777", displayName: "Олена", language: .uk, hromadaID: harness.hromadaA)
        let conversations = ConversationService(
            database: harness.database, dialogues: harness.store, clock: ManualClock(Date()), log: .discard)
        _ = try await conversations.receive(.button("cmd:menu"), from: "telegram:777", hromadaID: harness.hromadaA)
        _ = try await conversations.receive(.button("cmd:menu"), from: "telegram:778", hromadaID: harness.hromadaA)

        let card = await admin.get("/admin/residents/\(resident.id)")
        #expect(card.status.code == 200)
        #expect(
            card.text.contains("Канали, згоди, підтвердження особи, коди, сповіщення й розмови з чат-ботом зникнуть"))

        let export = await admin.post("/admin/residents/\(resident.id)/export")
        #expect(export.status.code == 200)
        let json = try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [String: Any]
        let sections = try #require(json?["sections"] as? [String: Any])
        let exported = try #require(sections["chatbot.conversations"] as? [[String: Any]])
        #expect(exported.map { $0["key"] as? String } == ["telegram:777"])
        #expect((exported.first?["state"] as? [String: Any])?["position"] != nil)

        let deleted = await admin.post("/admin/residents/\(resident.id)/delete", [("confirm", "yes")])
        #expect(deleted.status.code == 303)
        #expect(try await conversations.state(of: "telegram:777", hromadaID: harness.hromadaA) == nil)
        #expect(try await conversations.state(of: "telegram:778", hromadaID: harness.hromadaA) != nil)
    }
}
