import Foundation
import SvoyiCore
import Synchronization

/// The webhook's short memory of opened bot credentials, so a burst of deliveries does not read the registry and
/// open the sealed secrets once per request. An entry lives ``lifetime`` seconds: a bot disabled or re-keyed with
/// the CLI is seen within that time. Only bots that exist are kept, and at most ``capacity`` of them, so requests
/// for made-up ids cannot grow it.
final class CredentialsCache: Sendable {
    static let lifetime: TimeInterval = 5
    static let capacity = 1_000

    private let entries = Mutex<[String: (credentials: BotCredentials, at: TimeInterval)]>([:])

    func get(_ id: String, now: TimeInterval) -> BotCredentials? {
        entries.withLock { entries in
            guard let entry = entries[id], now - entry.at < Self.lifetime else { return nil }
            return entry.credentials
        }
    }

    func put(_ credentials: BotCredentials, now: TimeInterval) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries = entries.filter { now - $0.value.at < Self.lifetime } }
            if entries.count < Self.capacity { entries[credentials.bot.id] = (credentials, now) }
        }
    }
}

extension TelegramChannel {
    /// The bot's credentials for the webhook, from the cache when fresh.
    func cachedCredentials(_ id: String) async throws -> BotCredentials? {
        let now = ProcessInfo.processInfo.systemUptime
        if let cached = credentialsCache.get(id, now: now) { return cached }
        guard let credentials = try await bots.credentials(id: id) else { return nil }
        credentialsCache.put(credentials, now: now)
        return credentials
    }
}
