import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// The store keeps decoded versions and the free-text matcher between messages; what it answers still follows every
/// publication and rollback.
@Suite struct DialogueStoreCacheTests {
    typealias H = DialogueStoreHarness

    @Test func publishedContentAndMatchingFollowEveryPublication() async throws {
        let h = try await H()
        var first = try H.dialogue("info", farewell: "Перша")
        first.keywords = [LocalizedText(uk: "бомбосховище", en: "bomb shelter")]
        _ = try await h.store.saveDraft(first, hromadaID: h.hromadaID, by: "o")
        try await h.store.publish(id: "info", version: 1, hromadaID: h.hromadaID, by: "o")
        // Read twice: the second answer comes from the cache and must be the same.
        for _ in 0..<2 {
            #expect(try await h.store.published(id: "info", hromadaID: h.hromadaID)?.version == 1)
            #expect(
                try await h.store.faqMatcher(hromadaID: h.hromadaID).bestMatch(for: "де бомбосховище?")?.dialogueID
                    == "info")
        }
        var second = try H.dialogue("info", farewell: "Друга")
        second.keywords = [LocalizedText(uk: "пункт незламності", en: "resilience point")]
        _ = try await h.store.saveDraft(second, hromadaID: h.hromadaID, by: "o")
        try await h.store.publish(id: "info", version: 2, hromadaID: h.hromadaID, by: "o")
        #expect(try await h.store.published(id: "info", hromadaID: h.hromadaID)?.version == 2)
        let matcher = try await h.store.faqMatcher(hromadaID: h.hromadaID)
        #expect(matcher.bestMatch(for: "де пункт незламності")?.dialogueID == "info")
        #expect(matcher.bestMatch(for: "де бомбосховище?") == nil)
        // Pinned conversations still read version 1, and a rollback is seen at once.
        #expect(try await h.store.dialogue(id: "info", version: 1, hromadaID: h.hromadaID)?.keywords == first.keywords)
        try await h.store.rollBack(id: "info", to: 1, hromadaID: h.hromadaID, by: "o")
        #expect(try await h.store.published(id: "info", hromadaID: h.hromadaID)?.version == 1)
        #expect(
            try await h.store.faqMatcher(hromadaID: h.hromadaID).bestMatch(for: "де бомбосховище?")?.dialogueID
                == "info")
    }
}
