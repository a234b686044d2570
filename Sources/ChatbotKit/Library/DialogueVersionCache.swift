import Synchronization

/// Decoded dialogue versions, kept because a stored version never changes (every edit is a new version): decoding
/// a consultation's JSON on every message cost most of the web chat's time. Also keeps the free-text matcher of each
/// hromada's published set, rebuilt only when the set changes. Bounded; shared by copies of the store.
final class DialogueVersionCache: Sendable {
    /// One version of one dialogue of one hromada (a struct, not a formatted string: this is looked up several
    /// times per message).
    struct Key: Hashable {
        let hromadaID: Int64
        let id: String
        let version: Int
    }

    /// The published set a matcher was built from: each dialogue and version, in the order the store lists them.
    typealias Signature = [ConversationState.Position.Key]

    private let dialogues = Mutex<[Key: Dialogue]>([:])
    private let matchers = Mutex<[Int64: (signature: Signature, matcher: FAQMatcher)]>([:])
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    func dialogue(_ hromadaID: Int64, _ id: String, _ version: Int) -> Dialogue? {
        dialogues.withLock { $0[Key(hromadaID: hromadaID, id: id, version: version)] }
    }

    func store(_ dialogue: Dialogue, hromadaID: Int64) {
        dialogues.withLock { all in
            if all.count >= capacity { all.removeAll(keepingCapacity: true) }
            all[Key(hromadaID: hromadaID, id: dialogue.id, version: dialogue.version)] = dialogue
        }
    }

    /// The matcher for `dialogues`, the hromada's published set (ordered by id, as the store lists it), built once
    /// per set.
    func matcher(hromadaID: Int64, for dialogues: [Dialogue]) -> FAQMatcher {
        let signature = dialogues.map { ConversationState.Position.Key(dialogueID: $0.id, version: $0.version) }
        if let cached = matchers.withLock({ $0[hromadaID] }), cached.signature == signature { return cached.matcher }
        let matcher = FAQMatcher(dialogues: dialogues)
        matchers.withLock { $0[hromadaID] = (signature, matcher) }
        return matcher
    }
}
