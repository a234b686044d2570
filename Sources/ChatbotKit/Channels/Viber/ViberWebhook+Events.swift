import Foundation
public import SvoyiCore

extension ViberWebhook {
    /// Viber's user ids are short base64 strings; the residents' ledger takes ids of 1–128 characters.
    static func isValidUserID(_ id: String?) -> Bool {
        guard let id else { return false }
        return !id.isEmpty && id.count <= 128
    }

    /// The person as ``MessengerInbox`` knows senders.
    static func sender(_ user: ViberUser) -> MessengerInbox.Sender {
        MessengerInbox.Sender(
            channel: .viber, externalID: user.id, displayName: user.name,
            language: Language(tag: user.language ?? "") ?? .uk)
    }

    /// `conversation_started`: the welcome message, by the deep link's `context`. The person may not subscribe yet,
    /// so nothing is sent with `send_message`; the one welcome message goes in the answer's body. Like Telegram's
    /// `/start`, opening the chat makes the person a resident of the hromada.
    func conversationStarted(_ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard let user = callback.user, Self.isValidUserID(user.id) else {
            return malformed("conversation_started without user.id", bot: bot)
        }
        let reply = try await inbox.start(payload: callback.context, from: Self.sender(user), hromadaID: bot.hromadaID)
        var response = HTTPResponse(
            status: .ok, headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: .bytes(ViberRenderer(bot: bot).welcome(reply).jsonBytes()))
        response.headers.add("Cache-Control", "no-store")
        return response
    }

    /// `subscribed`: the person is a resident from now on (Viber lists no subscribers), and reachable.
    func subscribed(_ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard let user = callback.user, Self.isValidUserID(user.id) else {
            return malformed("subscribed without user.id", bot: bot)
        }
        let sender = Self.sender(user)
        _ = try await residents.findOrCreate(
            channel: .viber, externalID: user.id, displayName: sender.displayName, language: sender.language,
            hromadaID: bot.hromadaID)
        return HTTPResponse(status: .ok)
    }

    /// `unsubscribed`, `failed`: the ledger marks the person's Viber channel `status`.
    func ledger(_ status: ChannelStatus, _ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard Self.isValidUserID(callback.userID), let userID = callback.userID else {
            return malformed("\(callback.event.name) without user_id", bot: bot)
        }
        try await residents.setChannelStatus(status, channel: .viber, externalID: userID, hromadaID: bot.hromadaID)
        return HTTPResponse(status: .ok)
    }

    /// `delivered`, `seen`: handed to ``receipts``.
    func receipt(_ kind: Receipt.Kind, _ callback: ViberCallback, bot: ViberBot) async -> HTTPResponse {
        guard let userID = callback.userID, let token = callback.messageToken else {
            return malformed("\(kind.rawValue) without user_id or message_token", bot: bot)
        }
        let at = callback.timestamp.map { Date(timeIntervalSince1970: Double($0) / 1000) }
        await receipts?(
            Receipt(
                kind: kind, botID: bot.id, hromadaID: bot.hromadaID, userID: userID, messageToken: token, at: at))
        return HTTPResponse(status: .ok)
    }

    /// 400 for a callback that is JSON but lacks what its event needs; logged.
    func malformed(_ what: String, bot: ViberBot) -> HTTPResponse {
        log.refusal(what, bot: bot)
        return Self.problem(.badRequest, "Неповний зворотний виклик Viber: \(what).", botID: bot.id)
    }
}

extension ViberWebhook {
    /// Hands `delivered` and `seen` to the outbox, which marks the delivery Viber's token and the person name
    /// (``NotifyStore/recordReceipt(_:hromadaID:providerMessageID:externalID:at:)``); receipts for the bot's replies
    /// in a conversation match no delivery and change nothing. A receipt that cannot be stored is logged and still
    /// answered 200: Viber would only send it again.
    public mutating func recordReceipts(in notify: NotifyStore) {
        let log = self.log
        receipts = { receipt in
            do {
                try await notify.recordReceipt(
                    receipt.kind, hromadaID: receipt.hromadaID, providerMessageID: receipt.messageToken.digits,
                    externalID: receipt.userID, at: receipt.at)
            } catch {
                log(
                    ViberLogLine([
                        "level": "error", "channel": "viber", "bot": receipt.botID,
                        "hromada": String(receipt.hromadaID),
                        "event": "\(receipt.kind.rawValue) not recorded: \(error)",
                    ]).text)
            }
        }
    }
}
