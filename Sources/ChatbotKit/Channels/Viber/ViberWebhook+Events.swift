import Foundation
import SvoyiCore

extension ViberWebhook {
    /// The conversation key of a Viber user: `viber:<user id>`.
    public static func conversationKey(_ userID: String) -> String {
        "viber:" + userID
    }

    /// Viber's user ids are short base64 strings; the residents' ledger takes ids of 1–128 characters.
    static func isValidUserID(_ id: String?) -> Bool {
        guard let id else { return false }
        return !id.isEmpty && id.count <= 128
    }

    /// `conversation_started`: the welcome message, by the deep link's `context`. The person may not subscribe yet,
    /// so nothing is sent with `send_message`; the one welcome message goes in the answer's body.
    func conversationStarted(_ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard let user = callback.user, Self.isValidUserID(user.id) else {
            return malformed("conversation_started without user.id", bot: bot)
        }
        let key = Self.conversationKey(user.id)
        let known = try await residents.resident(channel: .viber, externalID: user.id, hromadaID: bot.hromadaID)
        let language = known?.language ?? Language(tag: user.language ?? "") ?? .uk
        var reply: [BotMessage] = []
        switch ViberDeepLink(payload: callback.context) {
        case .mainMenu:
            reply = try await converse(
                .button(GlobalCommand.start.payload), key: key, bot: bot, residentID: known?.id, language: language)
        case .openDialogue(let id):
            reply = try await conversations.open(
                dialogue: id, from: key, hromadaID: bot.hromadaID, residentID: known?.id, language: language)
        case .linkCode(let code):
            let (text, linked) = try await redeem(code, userID: user.id, bot: bot, language: language)
            reply =
                [.text(text)]
                + (try await converse(
                    .button(GlobalCommand.start.payload), key: key, bot: bot, residentID: linked?.id ?? known?.id,
                    language: linked?.language ?? language))
        }
        var response = HTTPResponse(
            status: .ok, headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: .bytes(ViberRenderer(bot: bot).welcome(reply).jsonBytes()))
        response.headers.add("Cache-Control", "no-store")
        return response
    }

    /// Runs `input` through the conversation of `key`; a new conversation starts in `language`.
    func converse(
        _ input: ResidentInput, key: String, bot: ViberBot, residentID: Int64?, language: Language = .uk
    ) async throws -> [BotMessage] {
        if language != .uk, try await conversations.state(of: key, hromadaID: bot.hromadaID) == nil {
            _ = try await conversations.receive(
                .button(GlobalCommand.language(language).payload), from: key, hromadaID: bot.hromadaID,
                residentID: residentID)
        }
        return try await conversations.receive(input, from: key, hromadaID: bot.hromadaID, residentID: residentID)
    }

    /// Redeems a link code for the Viber user: what to tell them, and the resident they are now (`nil` when the
    /// code did not work).
    func redeem(
        _ code: String, userID: String, bot: ViberBot, language: Language
    ) async throws -> (String, Resident?) {
        do {
            let result = try await residents.redeemLinkCode(
                code, channel: .viber, externalID: userID, hromadaID: bot.hromadaID)
            return (ViberWording.linked.text(for: language.rawValue), result.resident)
        } catch let error as ResidentError {
            let text: LocalizedText =
                switch error {
                case .linkCodeExpired: ViberWording.linkCodeExpired
                case .identityConflict: ViberWording.linkConflict
                default: ViberWording.linkCodeInvalid
                }
            return (text.text(for: language.rawValue), nil)
        }
    }

    /// `subscribed`: the person is a resident from now on (Viber lists no subscribers), and reachable.
    func subscribed(_ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard let user = callback.user, Self.isValidUserID(user.id) else {
            return malformed("subscribed without user.id", bot: bot)
        }
        _ = try await residents.findOrCreate(
            channel: .viber, externalID: user.id, displayName: user.name,
            language: Language(tag: user.language ?? "") ?? .uk, hromadaID: bot.hromadaID)
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
