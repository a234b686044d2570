/// The `status` of a Viber REST API answer (HTTP is 200 even for errors). Codes Viber may add later are kept as
/// they come and treated as a general error.
public struct ViberStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let ok = ViberStatus(rawValue: 0)
    public static let invalidURL = ViberStatus(rawValue: 1)
    public static let invalidAuthToken = ViberStatus(rawValue: 2)
    public static let badData = ViberStatus(rawValue: 3)
    public static let missingData = ViberStatus(rawValue: 4)
    /// The person has no Viber account any more (or never had one with this bot).
    public static let receiverNotRegistered = ViberStatus(rawValue: 5)
    /// The person does not subscribe (unsubscribed, or never wrote).
    public static let receiverNotSubscribed = ViberStatus(rawValue: 6)
    public static let publicAccountBlocked = ViberStatus(rawValue: 7)
    public static let publicAccountNotFound = ViberStatus(rawValue: 8)
    public static let publicAccountSuspended = ViberStatus(rawValue: 9)
    public static let webhookNotSet = ViberStatus(rawValue: 10)
    public static let receiverNoSuitableDevice = ViberStatus(rawValue: 11)
    /// Too many requests (500 in 10 s), or more than 100 messages to one person in an hour without a reply.
    public static let tooManyRequests = ViberStatus(rawValue: 12)
    public static let apiVersionNotSupported = ViberStatus(rawValue: 13)
    public static let incompatibleWithVersion = ViberStatus(rawValue: 14)
    public static let publicAccountNotAuthorized = ViberStatus(rawValue: 15)
    public static let cannotSendBroadcast = ViberStatus(rawValue: 19)
    public static let broadcastNotAllowed = ViberStatus(rawValue: 20)

    /// Whether Viber refused `broadcast_message` for the bot as such (not for one message): send one by one.
    public var refusesBroadcast: Bool { self == .cannotSendBroadcast || self == .broadcastNotAllowed }

    /// `status 6 (receiverNotSubscribed)`.
    public var description: String {
        let names: [Int: String] = [
            0: "ok", 1: "invalidUrl", 2: "invalidAuthToken", 3: "badData", 4: "missingData",
            5: "receiverNotRegistered", 6: "receiverNotSubscribed", 7: "publicAccountBlocked",
            8: "publicAccountNotFound", 9: "publicAccountSuspended", 10: "webhookNotSet",
            11: "receiverNoSuitableDevice", 12: "tooManyRequests", 13: "apiVersionNotSupported",
            14: "incompatibleWithVersion", 15: "publicAccountNotAuthorized", 16: "inchatReplyMessageNotAllowed",
            17: "publicAccountIsNotInline", 18: "noPublicChat", 19: "cannotSendBroadcast", 20: "broadcastNotAllowed",
            21: "unsupportedCountry", 22: "paymentUnsupported", 23: "freeMessagesExceeded", 24: "noBalance",
        ]
        return "status \(rawValue) (\(names[rawValue] ?? "generalError"))"
    }
}
