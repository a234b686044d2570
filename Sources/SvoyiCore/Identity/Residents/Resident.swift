public import Foundation

/// One person of a hromada across channels: the Telegram account, the Viber account and the website session
/// that a link code or a verification has shown to be the same person.
///
/// Personal data is kept minimal: the name as the messenger gives it, an optional phone number, the
/// settlement the person chose, and how and when they were verified. Never a document number or tax number.
public struct Resident: Sendable, Hashable, Identifiable {
    /// The resident's id, unique across hromadas.
    public var id: Int64
    /// The hromada the resident belongs to.
    public var hromadaID: Int64
    /// The name as the messenger gives it (it is not verified), or `nil`.
    public var displayName: String?
    /// The language the resident reads.
    public var language: Language
    /// The КАТОТТГ code of the resident's settlement, one of the hromada's settlements, or `nil`.
    public var settlement: String?
    /// How sure the hromada is of the person's identity.
    public var verificationLevel: VerificationLevel
    /// The phone number in E.164 form (`+380671234567`), or `nil`.
    public var phone: String?
    /// Who or what established ``verificationLevel``; `nil` at ``VerificationLevel/messenger``.
    public var verifiedBy: ResidentVerifier?
    /// A staff member's note on an in-person verification, such as the kind of document seen.
    public var verificationNote: String?
    /// When ``verificationLevel`` was established; `nil` at ``VerificationLevel/messenger``.
    public var verifiedAt: Date?
    /// The first contact.
    public var createdAt: Date
    /// The latest contact.
    public var lastSeenAt: Date
    /// The channel ids that belong to the person, oldest first.
    public var channels: [ResidentChannelLink]
    /// The person's consent records, oldest first, withdrawn ones included.
    public var consents: [ResidentConsent]

    /// The standing consent for `purpose`, or `nil`.
    public func activeConsent(for purpose: String) -> ResidentConsent? {
        consents.last { $0.purpose == purpose && $0.isActive }
    }
}

/// What redeeming a link code or completing an external verification did.
public struct ResidentLinkResult: Sendable, Hashable {
    /// The resident, as stored afterwards.
    public var resident: Resident
    /// The id of another resident who turned out to be the same person and was merged into ``resident``
    /// (and no longer exists), or `nil`. Modules that keep rows by resident id move them to the survivor.
    public var mergedResidentID: Int64?
}

/// A code that joins a second channel to a resident: shown on one channel, typed on the other.
public struct ResidentLinkCode: Sendable, Hashable {
    /// Eight characters of Crockford's base 32 (no I, L, O or U), e.g. `7KQ2XM9D`.
    public var code: String
    /// When the code stops working.
    public var expiresAt: Date
}
