public import Foundation

/// Everything Svoyi holds about one person, for the "export of my data" request: the resident store's own records,
/// and in ``sections`` what each mounted module keeps about them (see ``ResidentDataProvider``).
///
/// Identities appear as the stored hashes (the store never held the subject); link codes and verification
/// states as their times only (the store holds only their hashes). Render it with ``jsonData()``.
public struct ResidentExport: Sendable, Hashable, Codable {
    /// One channel link.
    public struct Channel: Sendable, Hashable, Codable {
        /// The channel.
        public var channel: ResidentChannel
        /// The channel's id for the person.
        public var externalID: String
        /// When the link was made.
        public var linkedAt: Date
    }

    /// One consent record.
    public struct Consent: Sendable, Hashable, Codable {
        /// What the consent is for.
        public var purpose: String
        /// The version of the text agreed to.
        public var textVersion: String
        /// The channel it was given through.
        public var channel: ResidentChannel
        /// When it was given.
        public var grantedAt: Date
        /// When it was withdrawn, if it was.
        public var withdrawnAt: Date?
    }

    /// One external identity, as stored.
    public struct Identity: Sendable, Hashable, Codable {
        /// The provider's name.
        public var provider: String
        /// SHA-256 of provider and subject, base64url.
        public var identityHash: String
        /// When the provider last verified the person.
        public var verifiedAt: Date
    }

    /// A pending or recent link code or external-verification request.
    public struct Request: Sendable, Hashable, Codable {
        /// `link-code` or `external-verification`.
        public var kind: String
        /// The provider, for an external verification.
        public var provider: String?
        /// When it was made.
        public var createdAt: Date
        /// When it stops (or stopped) working.
        public var expiresAt: Date
        /// When it was used, for an external verification.
        public var usedAt: Date?
    }

    /// When the export was made.
    public var exportedAt: Date
    /// The resident's id.
    public var residentID: Int64
    /// The hromada's id.
    public var hromadaID: Int64
    /// The name as the messenger gave it.
    public var displayName: String?
    /// The language code (`uk`, `en`).
    public var language: String
    /// The settlement's КАТОТТГ code.
    public var settlement: String?
    /// The verification level.
    public var verificationLevel: VerificationLevel
    /// The phone number, E.164.
    public var phone: String?
    /// Who or what verified the person (`staff:42`, `provider:bankid`, `contact:telegram`).
    public var verifiedBy: String?
    /// The staff member's note on an in-person verification.
    public var verificationNote: String?
    /// When the level was established.
    public var verifiedAt: Date?
    /// The first contact.
    public var createdAt: Date
    /// The latest contact.
    public var lastSeenAt: Date
    /// The channel links.
    public var channels: [Channel]
    /// The consent records, withdrawn ones included.
    public var consents: [Consent]
    /// The external identities.
    public var identities: [Identity]
    /// Link codes and external-verification requests still stored.
    public var requests: [Request]
    /// What the mounted modules keep about the resident, by ``ResidentDataProvider/section``
    /// (`chatbot.conversations` …).
    public var sections: [String: Value]

    /// Pretty-printed JSON with sorted keys and UTC ISO 8601 times with milliseconds.
    public func jsonData() throws -> Data {
        try Self.encoder().encode(self)
    }
}

extension ResidentExport {
    /// Reads JSON written by ``jsonData()``.
    public init(json: Data) throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ISO8601Milliseconds.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time")
            }
            return date
        }
        self = try decoder.decode(Self.self, from: json)
    }
}
