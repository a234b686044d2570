import Foundation
import Synchronization

/// Failure counts for logins that do not exist, kept in memory, so that repeated guesses at an unknown login
/// lock exactly as they would for a real account: the answer never tells whether a login exists.
final class UnknownLoginLockouts: Sendable {
    private struct Entry {
        var failures: Int
        var lockedUntil: Date?
        var lastFailure: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// When `login` is locked for `address`, or `nil`.
    func lockedUntil(login: String, address: String, now: Date) -> Date? {
        entries.withLock { $0[Self.key(login, address)]?.lockedUntil.flatMap { $0 > now ? $0 : nil } }
    }

    /// Counts a failure, locking as `policy` says.
    func recordFailure(login: String, address: String, now: Date, policy: LockoutPolicy) {
        entries.withLock { entries in
            if entries.count >= capacity {
                // Forget entries idle for a day; if that is not enough, start over rather than grow without bound.
                entries = entries.filter { now.timeIntervalSince($0.value.lastFailure) < 86_400 }
                if entries.count >= capacity { entries.removeAll() }
            }
            var entry = entries[Self.key(login, address)] ?? Entry(failures: 0, lockedUntil: nil, lastFailure: now)
            entry.failures += 1
            entry.lastFailure = now
            entry.lockedUntil = policy.lockDuration(afterFailures: entry.failures).map {
                now.addingTimeInterval(Double($0.components.seconds))
            }
            entries[Self.key(login, address)] = entry
        }
    }

    private static func key(_ login: String, _ address: String) -> String { "\(login)\u{0}\(address)" }
}
