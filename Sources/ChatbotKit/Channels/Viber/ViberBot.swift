public import Foundation

/// One Viber bot as the Viber channel needs it: whose it is, how it signs in, and how it presents itself.
///
/// A plain value: the bot registry stores bots and hands them out as this; tests and integrators make their own.
public struct ViberBot: Sendable, Hashable {
    /// Viber's REST API.
    public static let defaultAPIBase = URL(string: "https://chatapi.viber.com/pa")!
    /// The longest sender name Viber accepts.
    public static let maximumNameLength = 28

    /// The bot's public id: the last part of its webhook path, `/hooks/viber/{id}`. Random, never the token.
    public var id: String
    /// The hromada the bot speaks for.
    public var hromadaID: Int64
    /// The token from the bot's Viber admin panel: signs the callbacks and authorises every API call. Secret.
    public var authToken: String
    /// The sender name shown above every message (1–28 characters).
    public var name: String
    /// The sender picture shown beside every message (an `https` address), or `nil`.
    public var avatarURL: String?
    /// Where the REST API lives (another address for a test double).
    public var apiBase: URL
    /// Whether Viber opened `broadcast_message` for this bot (it does so only on application); when `false`, or
    /// after Viber refuses a broadcast, notifications go one `send_message` each.
    public var canBroadcast: Bool

    /// A bot; throws ``ViberBotError`` for a name, token, avatar or API address Viber would refuse.
    public init(
        id: String, hromadaID: Int64, authToken: String, name: String, avatarURL: String? = nil,
        apiBase: URL = ViberBot.defaultAPIBase, canBroadcast: Bool = true
    ) throws(ViberBotError) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= Self.maximumNameLength else { throw .invalidName }
        guard Self.isPlausibleToken(authToken) else { throw .invalidAuthToken }
        if let avatarURL {
            guard let url = URL(string: avatarURL), url.scheme == "https" || url.scheme == "http", url.host != nil
            else { throw .invalidAvatarURL }
        }
        guard apiBase.scheme == "https" || apiBase.scheme == "http", apiBase.host != nil else {
            throw .invalidAPIBase
        }
        guard !id.isEmpty, id.utf8.count <= 64, id.utf8.allSatisfy(Self.isIDByte) else { throw .invalidID }
        self.id = id
        self.hromadaID = hromadaID
        self.authToken = authToken
        self.name = name
        self.avatarURL = avatarURL
        self.apiBase = apiBase
        self.canBroadcast = canBroadcast
    }

    /// The address of API method `endpoint` (`send_message` …).
    public func url(_ endpoint: String) -> URL {
        apiBase.appendingPathComponent(endpoint)
    }

    /// Viber's tokens look like `4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f`: printable ASCII, no spaces.
    static func isPlausibleToken(_ token: String) -> Bool {
        (8...200).contains(token.utf8.count) && token.utf8.allSatisfy { (0x21...0x7e).contains($0) }
    }

    /// Letters, digits, `_` and `-`: safe in a URL path without escaping.
    static func isIDByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}

/// Why a ``ViberBot`` could not be made.
public enum ViberBotError: String, Error, Sendable, CustomStringConvertible {
    case invalidID = "viber_bot_invalid_id"
    case invalidName = "viber_bot_invalid_name"
    case invalidAuthToken = "viber_bot_invalid_token"
    case invalidAvatarURL = "viber_bot_invalid_avatar"
    case invalidAPIBase = "viber_bot_invalid_api_base"

    /// What is wrong, in Ukrainian first and English second (for the CLI and the admin panel).
    public var description: String {
        switch self {
        case .invalidID:
            "Ідентифікатор бота: латинські літери, цифри, _ і -, до 64 символів. / Bot id: letters, digits, _ and -."
        case .invalidName: "Ім'я бота: від 1 до 28 символів. / Bot name: 1 to 28 characters."
        case .invalidAuthToken:
            "Токен Viber: 8–200 видимих ASCII-символів без пробілів. / Viber token: 8–200 printable ASCII characters."
        case .invalidAvatarURL: "Аватар: адреса http(s). / Avatar: an http(s) address."
        case .invalidAPIBase: "Адреса API: http(s) з хостом. / API address: http(s) with a host."
        }
    }
}
