import SvoyiCore

extension DialogueStore {
    /// The actor the shipped dialogues are stored and published by.
    public static let shippedActor = "system"

    /// Brings a hromada's shipped dialogues (the main menu, the consultations, FAQ and information) up to this
    /// release, and returns how many were added or upgraded:
    /// - a shipped dialogue the hromada does not have is added and published (a new hromada gets them all);
    /// - one whose every stored version was saved and published by ``shippedActor`` — staff never edited, published
    ///   or rolled it back — is upgraded to this release's content as a new published version when it differs
    ///   (conversations already in it stay on the version they started with);
    /// - one staff have touched is left as they made it: their work is never overwritten; the dialogue admin shows
    ///   the shipped content to compare with through `svoyi-cli dialogues export`.
    ///
    /// All changes are validated and stored together (``importSet(_:hromadaID:publish:by:)``).
    @discardableResult
    public func seedShippedDialogues(hromadaID: Int64) async throws -> Int {
        var chosen: [Dialogue] = []
        for shipped in ShippedDialogues.all {
            let history = try await history(id: shipped.id, hromadaID: hromadaID)
            guard !history.isEmpty else {
                chosen.append(shipped)
                continue
            }
            let untouched = history.allSatisfy {
                $0.createdBy == Self.shippedActor && ($0.publishedBy ?? Self.shippedActor) == Self.shippedActor
            }
            guard untouched, let newest = history.max(by: { $0.version < $1.version }) else { continue }
            var candidate = shipped
            candidate.version = newest.version
            if candidate != newest.dialogue || newest.status != .published { chosen.append(shipped) }
        }
        guard !chosen.isEmpty else { return 0 }
        return try await importSet(chosen, hromadaID: hromadaID, publish: true, by: Self.shippedActor).count
    }
}
