import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// Importing sets, exporting, the list and the review queue.
@Suite struct DialogueStoreImportTests {
    typealias H = DialogueStoreHarness

    /// A valid dialogue whose menu offers dialogue `other` and its own end.
    static func dialogue(_ id: String, offering other: String) throws -> Dialogue {
        let label = #"{"uk": "Далі", "en": "Next"}"#
        let menu =
            #", "m": {"kind": "menu", "text": \#(label), "options": [{"label": \#(label), "goto": "dialogue:\#(other)"}, {"label": \#(label), "goto": "a"}]}"#
        return try H.dialogue(id, start: "m", nodes: menu)
    }

    @Test func importOfASetWithOneBadDialogueWritesNothing() async throws {
        let h = try await H()
        let main = try Self.dialogue("main", offering: "faq")
        let bad = try H.dialogue("faq", nodes: #", "b": {"kind": "goto", "goto": "a"}"#)
        do {
            _ = try await h.store.importSet([main, bad], hromadaID: h.hromadaID, publish: false, by: "o")
            Issue.record("imported a set with an error")
        } catch DialogueStoreError.invalid(let problems) {
            // main's reference to faq is fine: faq is in the set; faq's own errors refuse the whole set.
            #expect(problems.map { "\($0.dialogueID) \($0.code) \($0.path)" } == ["faq unreachableNode $.nodes.b"])
        }
        #expect(try await h.rows() == [])
    }

    @Test func importPublishesASetTogetherAndAddsNoVersionForUnchangedContent() async throws {
        let h = try await H()
        let main = try Self.dialogue("main", offering: "faq")
        let faq = try Self.dialogue("faq", offering: "main")
        let first = try await h.store.importSet([main, faq], hromadaID: h.hromadaID, publish: true, by: "o")
        #expect(
            first.map { "\($0.id)@\($0.version) \($0.isNewVersion) \($0.isPublished)" } == [
                "main@1 true true", "faq@1 true true",
            ])
        var changed = faq
        changed.title = LocalizedText(uk: "Питання", en: "Questions")
        let second = try await h.store.importSet([main, changed], hromadaID: h.hromadaID, publish: false, by: "o")
        #expect(
            second.map { "\($0.id)@\($0.version) \($0.isNewVersion) \($0.isPublished)" } == [
                "main@1 false true", "faq@2 true false",
            ])
        #expect(try await h.rows() == ["faq@1 published", "faq@2 draft", "main@1 published"])
        // The export gives the published version of each, by id; with an id, that one.
        #expect(
            try await h.store.export(hromadaID: h.hromadaID).map { "\($0.id)@\($0.version)" } == ["faq@1", "main@1"])
        let json = try await h.store.exportJSON(hromadaID: h.hromadaID, id: "faq")
        #expect(try Dialogue.decode(json: json).title.uk == "Діалог faq")
        let listed = try await h.store.list(hromadaID: h.hromadaID)
        #expect(
            listed.map { "\($0.id) v\($0.publishedVersion ?? 0) \($0.draftVersions) latest \($0.latestVersion)" } == [
                "faq v1 [2] latest 2", "main v1 [] latest 1",
            ])
    }

    @Test func dialoguesThatLeadToEachOtherArePublishedTogether() async throws {
        let h = try await H()
        let main = try await h.store.saveDraft(
            try Self.dialogue("main", offering: "faq"), hromadaID: h.hromadaID, by: "o")
        let faq = try await h.store.saveDraft(
            try Self.dialogue("faq", offering: "main"), hromadaID: h.hromadaID, by: "o")
        #expect(main.problems.map(\.code) == [.unknownDialogue])
        await #expect(throws: DialogueStoreError.self) {
            try await h.store.publish(id: "main", version: 1, hromadaID: h.hromadaID, by: "o")
        }
        let versions = [main.dialogue.id: main.dialogue.version, faq.dialogue.id: faq.dialogue.version]
        try await h.store.publish(versions: versions, hromadaID: h.hromadaID, by: "o")
        #expect(try await h.rows() == ["faq@1 published", "main@1 published"])
    }

    @Test func reviewsDueListsPublishedConsultationsByDueDate() async throws {
        let h = try await H()
        func consultation(_ id: String, reviewed: String) throws -> Dialogue {
            var dialogue = try H.dialogue(id)
            dialogue.kind = .consultation
            dialogue.review = DialogueReview(
                legalBasis: ["ПКМУ № 302"], lastReviewed: CivilDate(reviewed)!, reviewEveryDays: 30)
            return dialogue
        }
        let old = try consultation("passport", reviewed: "2025-11-01")
        let recent = try consultation("subsidy", reviewed: "2026-01-20")
        let draftOnly = try consultation("fop", reviewed: "2025-01-01")
        _ = try await h.store.importSet([old, recent], hromadaID: h.hromadaID, publish: true, by: "o")
        _ = try await h.store.saveDraft(draftOnly, hromadaID: h.hromadaID, by: "o")
        let due = try await h.store.reviewsDue(on: CivilDate("2026-02-01")!, hromadaID: h.hromadaID)
        #expect(due.map { "\($0.id) \($0.reviewDue!)" } == ["passport 2025-12-01"])
        let soon = try await h.store.reviewsDue(on: CivilDate("2026-03-01")!, hromadaID: h.hromadaID)
        #expect(soon.map(\.id) == ["passport", "subsidy"])
        // An overdue review warns when publishing but does not block it.
        let draft = try await h.store.saveDraft(old, hromadaID: h.hromadaID, by: "o")
        let warnings = try await h.store.publish(
            id: "passport", version: draft.dialogue.version, hromadaID: h.hromadaID, by: "o")
        #expect(warnings.map(\.code) == [.reviewOverdue])
    }
}
