/// Who or what established a resident's current verification level.
public enum ResidentVerifier: Sendable, Hashable, CustomStringConvertible {
    /// The messenger's contact button on this channel shared the phone number.
    case contactButton(ResidentChannel)
    /// A staff member (by their staff id) checked a document in person.
    case staff(id: Int64)
    /// An external identity provider, by its ``IdentityProvider/name``.
    case provider(String)

    /// The stored form: `contact:telegram`, `staff:42`, `provider:bankid`.
    public var description: String {
        switch self {
        case .contactButton(let channel): "contact:\(channel.rawValue)"
        case .staff(let id): "staff:\(id)"
        case .provider(let name): "provider:\(name)"
        }
    }

    /// Reads the stored form; `nil` for anything else.
    public init?(_ description: String) {
        guard let colon = description.firstIndex(of: ":") else { return nil }
        let kind = description[..<colon]
        let value = String(description[description.index(after: colon)...])
        switch kind {
        case "contact":
            guard let channel = ResidentChannel(rawValue: value) else { return nil }
            self = .contactButton(channel)
        case "staff":
            guard let id = Int64(value) else { return nil }
            self = .staff(id: id)
        case "provider" where !value.isEmpty:
            self = .provider(value)
        default:
            return nil
        }
    }
}
