public import Foundation

/// An external identity provider's hook — BankID, Дія, or the hromada's broker for them — that reports who a
/// person turned out to be after they followed a verification link.
///
/// The flow: ``ResidentStore/startExternalVerification(residentID:provider:hromadaID:)`` gives a state token
/// that the link carries; the provider calls back; ``verify(body:headers:)`` authenticates the call and reads it;
/// ``ResidentStore/completeExternalVerification(_:hromadaID:)`` consumes the state and records the identity.
public protocol IdentityProvider: Sendable {
    /// A short stable name, such as `bankid` or `diia`; stored with the identity and in the state.
    var name: String { get }

    /// Authenticates an incoming hook request from its raw body and headers and reads the assertion in it.
    ///
    /// Throws ``ResidentError`` (signature, timestamp, replay or format problems) for a request to refuse.
    func verify(body: [UInt8], headers: HTTPHeaders) async throws -> IdentityAssertion
}

/// What an identity provider asserts about a person: who they are, as of when, and which verification request
/// (state) this answers.
///
/// Its description leaves out the subject, name, phone and state, so logging an assertion leaks nothing.
public struct IdentityAssertion: Sendable, Hashable, CustomStringConvertible {
    /// The provider's ``IdentityProvider/name``.
    public var provider: String
    /// The provider's stable id for the person (for BankID, often the tax number). Stored only as a hash.
    public var subject: String
    /// The person's full name, when the provider gives it. The store does not keep it.
    public var fullName: String?
    /// The person's phone number, when the provider gives it.
    public var phone: String?
    /// When the provider verified the person.
    public var verifiedAt: Date
    /// The state token from ``ResidentStore/startExternalVerification(residentID:provider:hromadaID:)``.
    public var state: String

    /// An assertion, as a provider reads it from its hook request.
    public init(
        provider: String, subject: String, fullName: String? = nil, phone: String? = nil, verifiedAt: Date,
        state: String
    ) {
        self.provider = provider
        self.subject = subject
        self.fullName = fullName
        self.phone = phone
        self.verifiedAt = verifiedAt
        self.state = state
    }

    /// The provider and time only.
    public var description: String {
        "IdentityAssertion(provider: \(provider), verifiedAt: \(ISO8601Milliseconds.format(verifiedAt)))"
    }
}
