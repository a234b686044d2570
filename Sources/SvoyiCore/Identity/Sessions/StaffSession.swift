public import Foundation

/// A signed-in browser of a staff member, kept on the server; the browser holds only a random token.
public struct StaffSession: Sendable, Hashable, Identifiable {
    /// How far sign-in has come.
    public enum Stage: String, Sendable, Hashable {
        /// The password was right; a TOTP or recovery code is still needed.
        case secondFactor = "second_factor"
        /// The password was right, 2FA is required but not set up: enrolment comes first.
        case enrol
        /// Signed in.
        case full
    }

    /// A public handle for listing and ending the session; not the token.
    public let id: String
    public let staffID: Int64
    public let stage: Stage
    /// The token forms send back in `_csrf`.
    public let csrfToken: String
    public let createdAt: Date
    public let lastSeenAt: Date
    /// The absolute end, whatever the activity.
    public let expiresAt: Date
    /// The client address at sign-in.
    public let address: String
    /// The browser's `User-Agent` at sign-in, shortened.
    public let userAgent: String
    /// The stored hash of the token, to recognise "this session" in lists.
    public let tokenHash: String
}

/// How long sessions live (OWASP ASVS 5.0 §7.3): idle and absolute timeouts, shorter while sign-in is unfinished.
public struct SessionPolicy: Sendable {
    /// A session unused this long ends: 30 minutes.
    public var idleTimeout: Duration = .seconds(30 * 60)
    /// A session ends this long after sign-in, however active: 12 hours.
    public var absoluteTimeout: Duration = .seconds(12 * 60 * 60)
    /// An unfinished sign-in (second factor or enrolment pending) ends after 10 minutes.
    public var pendingTimeout: Duration = .seconds(10 * 60)
    /// Last-seen times are written at most this often, to spare the writer.
    public var touchInterval: Duration = .seconds(60)

    public init() {}
}
