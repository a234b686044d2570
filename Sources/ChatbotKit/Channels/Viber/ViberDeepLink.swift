import Foundation

/// What a deep link asks the bot to do: the `context` of `viber://pa?chatURI=<uri>&context=<payload>` (on a
/// poster, a QR code, the website), which arrives with `conversation_started`.
///
/// The payload grammar is Telegram's `/start` payload's (at most 64 characters of `A-Z a-z 0-9 _ -`), so one
/// payload serves both messengers: `t.me/<bot>?start=d_id_card` and `viber://pa?chatURI=<uri>&context=d_id_card`.
/// This type is the one place that maps payloads to actions.
///
/// | payload | action |
/// |---|---|
/// | `d_<dialogue id>` | open that dialogue (`d_id_card`) |
/// | `l_<link code>` | join this messenger to the resident who made the code (`l_K7MP4X2Q`) |
/// | empty, or anything else | the main menu |
public enum ViberDeepLink: Sendable, Hashable {
    /// The main menu.
    case mainMenu
    /// Open the published dialogue with this id.
    case openDialogue(String)
    /// Redeem a resident link code (see ``SvoyiCore/ResidentStore/redeemLinkCode(_:channel:externalID:hromadaID:)``).
    case linkCode(String)

    /// The most characters a payload may have.
    public static let maximumLength = 64

    /// The action `payload` asks for; malformed payloads mean the main menu.
    public init(payload: String?) {
        guard let payload, Self.isWellFormed(payload) else {
            self = .mainMenu
            return
        }
        let argument = String(payload.dropFirst(2))
        switch payload.prefix(2) {
        case "d_" where DialogueValidator.isValidID(argument): self = .openDialogue(argument)
        case "l_" where !argument.isEmpty: self = .linkCode(argument)
        default: self = .mainMenu
        }
    }

    /// The payload that asks for this action (empty for the main menu).
    public var payload: String {
        switch self {
        case .mainMenu: ""
        case .openDialogue(let id): "d_" + id
        case .linkCode(let code): "l_" + code.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The Viber deep link to the bot with URI `botURI` (``ViberAccountInfo/uri``) that asks for this action.
    public func viberURL(botURI: String) -> String {
        var components = URLComponents()
        components.scheme = "viber"
        components.host = "pa"
        components.queryItems = [URLQueryItem(name: "chatURI", value: botURI)]
        if !payload.isEmpty { components.queryItems?.append(URLQueryItem(name: "context", value: payload)) }
        return components.string ?? "viber://pa?chatURI=\(botURI)"
    }

    /// At most ``maximumLength`` characters of `A-Z a-z 0-9 _ -`.
    static func isWellFormed(_ payload: String) -> Bool {
        !payload.isEmpty && payload.utf8.count <= maximumLength && payload.utf8.allSatisfy(ViberBot.isIDByte)
    }
}
