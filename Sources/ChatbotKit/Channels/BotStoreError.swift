/// Why the bot registry refused a change. Nothing was written when one of these is thrown. Descriptions never show
/// a token or a secret.
public enum BotStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No such hromada.
    case hromadaNotFound
    /// No bot with this id.
    case notFound
    /// The token does not have the messenger's form (Telegram: `<digits>:<secret>`; Viber: 10–200 characters of
    /// `A-Za-z0-9-`).
    case invalidToken
    /// The same token is already registered (one bot, one row).
    case tokenAlreadyRegistered
    /// The hromada already has an enabled bot in this messenger: disable it first.
    case alreadyEnabled(channel: BotChannel, existingID: String)
    /// The API base is not an absolute `http`/`https` URL without query, fragment or credentials.
    case invalidAPIBase
    /// The name is empty or longer than 128 characters, or the username is not 1–64 characters of
    /// `A-Za-z0-9_.-` (a Viber URI may also hold `:` and `/`).
    case invalidName
    /// The mode does not exist for this messenger (Viber has no polling).
    case modeUnsupported(channel: BotChannel, mode: BotMode)
    /// The sealed token or secret does not open: the installation's `secret.key` is not the one it was sealed with,
    /// or the row was altered. Add the bot again with its token.
    case sealedSecretUnreadable

    public var description: String {
        switch self {
        case .hromadaNotFound: "no such hromada"
        case .notFound: "no such bot"
        case .invalidToken: "the token does not have the messenger's form"
        case .tokenAlreadyRegistered: "this token is already registered"
        case .alreadyEnabled(let channel, let existing):
            "the hromada already has an enabled \(channel.rawValue) bot (\(existing)); disable it first"
        case .invalidAPIBase: "the API base must be an absolute http(s) URL without query, fragment or credentials"
        case .invalidName: "the bot's name or username is empty, too long or has characters that are not allowed"
        case .modeUnsupported(let channel, let mode): "\(channel.rawValue) bots do not support \(mode.rawValue) mode"
        case .sealedSecretUnreadable:
            "the stored token does not open with this installation's secret.key; add the bot again"
        }
    }
}
