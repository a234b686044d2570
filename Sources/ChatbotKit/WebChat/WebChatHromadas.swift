import Foundation
import SvoyiCore
import Synchronization

/// Which hromada a web chat request is for, by its host name and `?hromada=` slug, remembered for a few seconds.
///
/// Resolving it is a read of its own (a host lookup, then the first hromada by slug) on every message, and it
/// changes only when a hromada or its host names are created, edited or deleted (in the panel or with `svoyi-cli`,
/// possibly from another process, so there is nothing to be told by). Remembering an answer for ``lifetime``
/// lets the web chat follow such a change within that time, instead of at once. Only hromadas that were found are
/// remembered, so a new installation's first hromada is seen at once. Bounded: host names come from requests.
final class WebChatHromadas: Sendable {
    private struct Key: Hashable {
        let host: String
        let slug: String?
    }

    /// How long an answer is used: the delay before the web chat follows a hromada's new host or slug.
    static let lifetime: TimeInterval = 2
    /// The most answers kept (distinct host and slug pairs).
    static let capacity = 256

    private let community: CommunityStore
    private let clock: any WallClock
    private let answers = Mutex<[Key: (id: Int64, until: Date)]>([:])

    init(community: CommunityStore, clock: any WallClock) {
        self.community = community
        self.clock = clock
    }

    /// The hromada's id for a request's `host` (lower case, without the port) and `slug`: the hromada with that
    /// host name, else with that slug, else the installation's first by slug; `nil` when there is no hromada.
    func id(host: String, slug: String?) async throws -> Int64? {
        let key = Key(host: host, slug: slug)
        let now = clock.now
        if let known = answers.withLock({ $0[key] }), known.until > now { return known.id }
        let id = try await community.database.read { db -> Int64? in
            if !host.isEmpty, let id = try CommunityStore.hromadaID(host: host, in: db) { return id }
            if let slug, let id = try CommunityStore.hromadaID(slug: slug, in: db) { return id }
            return try CommunityStore.firstHromadaID(in: db)
        }
        guard let id else { return nil }
        answers.withLock { answers in
            if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = (id, now.addingTimeInterval(Self.lifetime))
        }
        return id
    }
}
