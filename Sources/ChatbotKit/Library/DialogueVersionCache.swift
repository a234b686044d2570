import Synchronization

/// Decoded dialogue versions, kept because a stored version never changes (every edit is a new version): decoding
/// a consultation's JSON on every message cost most of the web chat's time. Also keeps the free-text matcher of each
/// hromada's published set, rebuilt only when the set changes. Bounded; shared by copies of the store.
final class DialogueVersionCache: Sendable {
    private let dialogues = Mutex<[String: Dialogue]>([:])
    private let matchers = Mutex<[Int64: (signature: String, matcher: FAQMatcher)]>([:])
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    static func key(_ hromadaID: Int64, _ id: String, _ version: Int) -> String { "\(hromadaID)/\(id)@\(version)" }

    func dialogue(_ hromadaID: Int64, _ id: String, _ version: Int) -> Dialogue? {
        dialogues.withLock { $0[Self.key(hromadaID, id, version)] }
    }

    func store(_ dialogue: Dialogue, hromadaID: Int64) {
        dialogues.withLock { all in
            if all.count >= capacity { all.removeAll(keepingCapacity: true) }
            all[Self.key(hromadaID, dialogue.id, dialogue.version)] = dialogue
        }
    }

    /// The matcher for `dialogues`, the hromada's published set, built once per set.
    func matcher(hromadaID: Int64, for dialogues: [Dialogue]) -> FAQMatcher {
        let signature = dialogues.map { "\($0.id)@\($0.version)" }.sorted().joined(separator: ",")
        if let cached = matchers.withLock({ $0[hromadaID] }), cached.signature == signature { return cached.matcher }
        let matcher = FAQMatcher(dialogues: dialogues)
        matchers.withLock { $0[hromadaID] = (signature, matcher) }
        return matcher
    }
}
