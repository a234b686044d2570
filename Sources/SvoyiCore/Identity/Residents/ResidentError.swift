/// Why a resident operation or an identity-provider hook was refused. Nothing was stored when one of these is
/// thrown.
///
/// Descriptions never contain personal data (names, phone numbers, identity subjects) or secrets.
public enum ResidentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No such resident in this hromada (a resident of another hromada is not found either).
    case notFound
    /// No such hromada.
    case hromadaNotFound
    /// The channel's id for the person is empty or longer than 128 characters.
    case invalidExternalID
    /// The phone number is not a Ukrainian number in a form Svoyi reads.
    case invalidPhone
    /// The settlement is not one of the hromada's settlements.
    case unknownSettlement
    /// A verification note is longer than 200 characters or contains a run of five or more digits (which could
    /// be a document number).
    case invalidNote
    /// A consent purpose is not `[a-z0-9-]{1,63}`, or the text version is empty.
    case invalidConsent
    /// The link code is malformed, unknown in this hromada, or already used.
    case linkCodeInvalid
    /// The link code's 15 minutes have passed.
    case linkCodeExpired
    /// The verification state is unknown in this hromada or belongs to another provider.
    case stateInvalid
    /// The verification state's 15 minutes have passed.
    case stateExpired
    /// The verification state was already used (a replay).
    case stateUsed
    /// The person is already verified as someone else with the same provider; the identities are not merged.
    case identityConflict
    /// The verified identity already belongs to another resident record of the hromada; the records are not merged
    /// (join channels with a link code).
    case identityHeldByAnotherResident
    /// The hook request lacks its signature or timestamp header.
    case signatureMissing
    /// The hook request's signature does not match its body and timestamp.
    case signatureInvalid
    /// The hook request's timestamp is not whole unix seconds.
    case timestampInvalid
    /// The hook request's timestamp is too far from now.
    case timestampOutOfRange
    /// The hook request was already received.
    case replayedRequest
    /// The hook request's body is not the expected JSON.
    case malformedAssertion

    /// A plain-English explanation, safe to log.
    public var description: String {
        switch self {
        case .notFound: "no such resident in this hromada"
        case .hromadaNotFound: "no such hromada"
        case .invalidExternalID: "the channel's user id must have 1 to 128 characters"
        case .invalidPhone: "the phone number is not a Ukrainian number (+380 and nine digits)"
        case .unknownSettlement: "the settlement is not one of the hromada's settlements"
        case .invalidNote:
            "the verification note must be at most 200 characters and must not contain a document number"
        case .invalidConsent: "a consent needs a purpose key [a-z0-9-]{1,63} and a text version"
        case .linkCodeInvalid: "the link code is not valid"
        case .linkCodeExpired: "the link code has expired"
        case .stateInvalid: "the verification state is not valid"
        case .stateExpired: "the verification state has expired"
        case .stateUsed: "the verification state was already used"
        case .identityConflict: "the resident is already verified as another person with this provider"
        case .identityHeldByAnotherResident: "another resident already holds this verified identity; not merged"
        case .signatureMissing: "the request has no signature or timestamp header"
        case .signatureInvalid: "the request's signature is not valid"
        case .timestampInvalid: "the request's timestamp is not unix seconds"
        case .timestampOutOfRange: "the request's timestamp is too far from the current time"
        case .replayedRequest: "the request was already received"
        case .malformedAssertion: "the request's body is not a valid identity assertion"
        }
    }
}
