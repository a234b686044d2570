import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The dialogue library: drafts, publishing, rollback, pinned versions, refusals that write nothing.
@Suite struct DialogueStoreTests {
    typealias H = DialogueStoreHarness

    @Test func draftPublishRollBackAndArchive() async throws {
        let h = try await H()
        let first = try await h.store.saveDraft(
            json: H.json("faq", farewell: "Один"), hromadaID: h.hromadaID, by: "olena")
        #expect(first.dialogue.version == 1)
        #expect(first.problems == [])
        #expect(try await h.store.published(id: "faq", hromadaID: h.hromadaID) == nil)
        try await h.store.publish(id: "faq", version: 1, hromadaID: h.hromadaID, by: "olena")
        // The JSON says version 1 again; the store gives the next number.
        let second = try await h.store.saveDraft(
            json: H.json("faq", farewell: "Два"), hromadaID: h.hromadaID, by: "ivan")
        #expect(second.dialogue.version == 2)
        let listed = try await h.store.list(hromadaID: h.hromadaID)
        #expect(listed.map { "\($0.id) \($0.publishedVersion ?? 0) \($0.draftVersions)" } == ["faq 1 [2]"])
        try await h.store.publish(id: "faq", version: 2, hromadaID: h.hromadaID, by: "ivan")
        #expect(try await h.statuses("faq") == ["1:archived", "2:published"])
        #expect(try await h.store.published(id: "faq", hromadaID: h.hromadaID)?.version == 2)
        try await h.store.rollBack(id: "faq", to: 1, hromadaID: h.hromadaID, by: "olena")
        #expect(try await h.statuses("faq") == ["1:published", "2:archived"])
        let history = try await h.store.history(id: "faq", hromadaID: h.hromadaID)
        #expect(history.map(\.createdBy) == ["olena", "ivan"])
        #expect(history.map(\.publishedBy) == ["olena", "ivan"])
        #expect(history[0].publishedAt == ISO8601Milliseconds.parse("2026-02-01T09:00:00.000Z"))
        // A rollback goes only to a version that was published.
        _ = try await h.store.saveDraft(json: H.json("faq"), hromadaID: h.hromadaID, by: "ivan")
        await #expect(throws: DialogueStoreError.neverPublished(id: "faq", version: 3)) {
            try await h.store.rollBack(id: "faq", to: 3, hromadaID: h.hromadaID, by: "ivan")
        }
        await #expect(throws: DialogueStoreError.notFound(id: "faq", version: 9)) {
            try await h.store.publish(id: "faq", version: 9, hromadaID: h.hromadaID, by: "ivan")
        }
    }

    @Test func publishingAnInvalidVersionIsRefusedAndNothingChanges() async throws {
        let h = try await H()
        _ = try await h.store.saveDraft(json: H.json("faq"), hromadaID: h.hromadaID, by: "olena")
        try await h.store.publish(id: "faq", version: 1, hromadaID: h.hromadaID, by: "olena")
        // A draft may have errors: it is work in progress.
        let broken = try await h.store.saveDraft(
            json: H.json("faq", start: "b", nodes: #", "b": {"kind": "goto", "goto": "c"}"#), hromadaID: h.hromadaID,
            by: "ivan")
        #expect(
            broken.problems.map { "\($0.code) \($0.path)" } == [
                "unknownTarget $.nodes.b.goto", "unreachableNode $.nodes.a",
            ])
        let before = try await h.rows()
        await #expect(throws: DialogueStoreError.invalid(broken.problems)) {
            try await h.store.publish(id: "faq", version: 2, hromadaID: h.hromadaID, by: "ivan")
        }
        #expect(try await h.rows() == before)
        #expect(before == ["faq@1 published", "faq@2 draft"])
    }

    @Test func publishingChecksOtherDialoguesActionsAndTheCatalogue() async throws {
        let h = try await H()
        let label = #"{"uk": "Далі", "en": "Next"}"#
        let nodes =
            #", "b": {"kind": "facts", "service": "passport-id", "show": ["cost"], "next": [{"goto": "c"}]}, "c": {"kind": "action", "action": "queue.book", "next": [{"goto": "d"}]}, "d": {"kind": "menu", "text": \#(label), "options": [{"label": \#(label), "goto": "dialogue:faq"}, {"label": \#(label), "goto": "a"}]}"#
        _ = try await h.store.saveDraft(json: H.json("menu", start: "b", nodes: nodes), hromadaID: h.hromadaID, by: "o")
        do {
            try await h.store.publish(id: "menu", version: 1, hromadaID: h.hromadaID, by: "o")
            Issue.record("published with a target that is not published")
        } catch DialogueStoreError.invalid(let problems) {
            #expect(problems.map { "\($0.code) \($0.path)" } == ["unknownDialogue $.nodes.d.options[0].goto"])
        }
        let wrong = nodes.replacingOccurrences(of: "passport-id", with: "passport").replacingOccurrences(
            of: "queue.book", with: "queue.bok")
        _ = try await h.store.saveDraft(json: H.json("menu", start: "b", nodes: wrong), hromadaID: h.hromadaID, by: "o")
        _ = try await h.store.saveDraft(json: H.json("faq"), hromadaID: h.hromadaID, by: "o")
        try await h.store.publish(id: "faq", version: 1, hromadaID: h.hromadaID, by: "o")
        do {
            try await h.store.publish(id: "menu", version: 2, hromadaID: h.hromadaID, by: "o")
            Issue.record("published with an unknown service and action")
        } catch DialogueStoreError.invalid(let problems) {
            // A service missing from the catalogue only warns (the engine says the ЦНАП will advise).
            #expect(problems.map { "\($0.code) \($0.path)" } == ["unknownAction $.nodes.c.action"])
        }
        // Once faq is published, version 1 passes.
        let warnings = try await h.store.publish(id: "menu", version: 1, hromadaID: h.hromadaID, by: "o")
        #expect(warnings == [])
        #expect(try await h.rows() == ["faq@1 published", "menu@1 published", "menu@2 draft"])
    }

    @Test func invalidJSONOrAnInvalidIDIsNeverSaved() async throws {
        let h = try await H()
        await #expect(throws: DialogueStoreError.self) {
            try await h.store.saveDraft(json: Data(#"{"id": "faq""#.utf8), hromadaID: h.hromadaID, by: "o")
        }
        await #expect(throws: DialogueStoreError.self) {
            try await h.store.saveDraft(try H.dialogue("FAQ 1"), hromadaID: h.hromadaID, by: "o")
        }
        #expect(try await h.rows() == [])
    }

    @Test func pinnedVersionsRemainReadableAfterNewerPublications() async throws {
        let h = try await H()
        for word in ["Один", "Два", "Три"] {
            let draft = try await h.store.saveDraft(
                json: H.json("faq", farewell: word), hromadaID: h.hromadaID, by: "o")
            try await h.store.publish(id: "faq", version: draft.dialogue.version, hromadaID: h.hromadaID, by: "o")
        }
        _ = try await h.store.saveDraft(json: H.json("faq", farewell: "Чернетка"), hromadaID: h.hromadaID, by: "o")
        let pinned = try #require(try await h.store.dialogue(id: "faq", version: 1, hromadaID: h.hromadaID))
        guard case .end(let end) = pinned.nodes["a"] else { throw Expectation.notAnEnd }
        #expect(end.text?.uk == "Один")
        #expect(try await h.store.published(id: "faq", hromadaID: h.hromadaID)?.version == 3)
        // A draft is no version a conversation can be pinned to; the admin still reads it.
        #expect(try await h.store.dialogue(id: "faq", version: 4, hromadaID: h.hromadaID) == nil)
        #expect(try await h.store.revision(id: "faq", version: 4, hromadaID: h.hromadaID)?.status == .draft)
        #expect(try await h.store.allPublished(hromadaID: h.hromadaID).map(\.version) == [3])
    }

    enum Expectation: Error { case notAnEnd }
}
