import Foundation
import Synchronization

/// The `Date` header value, formatted at most once a second.
extension HTTPDate {
    private static let cache = Mutex<(second: Int, text: String)>((-1, ""))

    static var now: String {
        let date = Date()
        let second = Int(date.timeIntervalSince1970)
        return cache.withLock { cache in
            if cache.second == second { return cache.text }
            cache = (second, format(date))
            return cache.text
        }
    }
}
