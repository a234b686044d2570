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

    /// Which version of each dialogue a hromada has published, and until when that answer is used without asking
    /// the database again.
    private struct PublishedSet {
        let versions: [(id: String, version: Int)]
        let until: ContinuousClock.Instant
    }

    /// How long a hromada's published set is used without a query: this store's own writes forget it at once, so
    /// this only bounds how late a publication by another process (`svoyi-cli dialogues import`) is seen.
    static let publishedSetLifetime: Duration = .seconds(2)

    private let dialogues = Mutex<[Key: Dialogue]>([:])
    /// The published sets, and for each hromada how many times its set was forgotten: a set read before a change
    /// is not stored after it.
    private let publishedSets = Mutex<(sets: [Int64: PublishedSet], generations: [Int64: Int])>(([:], [:]))
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

    /// The hromada's published versions (by dialogue id, then version) if they were read less than
    /// ``publishedSetLifetime`` ago and not forgotten since.
    /// Otherwise `nil` and the generation to pass to ``storePublishedVersions(_:hromadaID:generation:)`` with what
    /// the database says.
    func publishedVersions(_ hromadaID: Int64) -> (versions: [(id: String, version: Int)]?, generation: Int) {
        let now = ContinuousClock.now
        return publishedSets.withLock { state in
            let generation = state.generations[hromadaID] ?? 0
            guard let set = state.sets[hromadaID], now < set.until else { return (nil, generation) }
            return (set.versions, generation)
        }
    }

    /// Keeps `versions`, read after ``publishedVersions(_:)`` answered `generation`, unless the set was forgotten
    /// meanwhile.
    func storePublishedVersions(_ versions: [(id: String, version: Int)], hromadaID: Int64, generation: Int) {
        let until = ContinuousClock.now.advanced(by: Self.publishedSetLifetime)
        publishedSets.withLock { state in
            guard (state.generations[hromadaID] ?? 0) == generation else { return }
            state.sets[hromadaID] = PublishedSet(versions: versions, until: until)
        }
    }

    /// Forgets a hromada's published set (around a write that may change it).
    func forgetPublishedVersions(_ hromadaID: Int64) {
        publishedSets.withLock { state in
            state.sets[hromadaID] = nil
            state.generations[hromadaID, default: 0] += 1
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
