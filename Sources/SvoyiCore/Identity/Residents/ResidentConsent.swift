public import Foundation

/// One grant of consent by a resident, and its withdrawal if any.
///
/// Records are history: a withdrawal closes the record, and granting again afterwards makes a new one, so
/// what the person agreed to, in which wording and when, can always be shown.
public struct ResidentConsent: Sendable, Hashable, Identifiable {
    /// The record's id.
    public var id: Int64
    /// What the consent is for, a key such as `notifications` or `personal-data`.
    public var purpose: String
    /// The version of the text the person agreed to, e.g. `2026-01`.
    public var textVersion: String
    /// The channel the consent was given through.
    public var channel: ResidentChannel
    /// When it was given.
    public var grantedAt: Date
    /// When it was withdrawn, or `nil` while it stands.
    public var withdrawnAt: Date?

    /// A record, as the store returns it.
    public init(
        id: Int64, purpose: String, textVersion: String, channel: ResidentChannel, grantedAt: Date,
        withdrawnAt: Date? = nil
    ) {
        self.id = id
        self.purpose = purpose
        self.textVersion = textVersion
        self.channel = channel
        self.grantedAt = grantedAt
        self.withdrawnAt = withdrawnAt
    }

    /// Whether the consent stands (was not withdrawn).
    public var isActive: Bool { withdrawnAt == nil }
}
