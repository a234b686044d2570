import Foundation
import SvoyiCore

extension ViberWebhook {
    /// `message`: once per `message_token`, the resident and their input through the conversation service, and the
    /// reply sent. A failure before the conversation moved on releases the token, so Viber's retry is handled.
    func message(_ callback: ViberCallback, bot: ViberBot) async throws -> HTTPResponse {
        guard let sender = callback.sender, Self.isValidUserID(sender.id), let message = callback.message else {
            return malformed("message without sender.id or message", bot: bot)
        }
        let database = residents.database
        let now = residents.clock.now
        if let token = callback.messageToken {
            let claimed = try await database.write { db in
                try ViberInboundLog.claim(token, bot: bot, now: now, in: db)
            }
            guard claimed else { return HTTPResponse(status: .ok) }  // a repeated delivery: handled already
        }
        do {
            try await replies.withLock("\(bot.id)/\(sender.id)") {
                let reply = try await converse(message, from: sender, bot: bot)
                await send(reply, to: sender.id, bot: bot)
            }
        } catch {
            if let token = callback.messageToken {
                try? await database.write { db in try ViberInboundLog.release(token, bot: bot, in: db) }
            }
            throw error
        }
        return HTTPResponse(status: .ok)
    }

    /// The resident behind `sender` (created on first contact; active again), and the bot's reply to `message`.
    func converse(_ message: ViberInboundMessage, from sender: ViberUser, bot: ViberBot) async throws -> [BotMessage] {
        let resident = try await residents.findOrCreate(
            channel: .viber, externalID: sender.id, displayName: sender.name,
            language: Language(tag: sender.language ?? "") ?? .uk, hromadaID: bot.hromadaID)
        let input = message.residentInput
        if case .contact(let phone, true) = input {
            // The person's own number through the share-phone button: the resident is now at the phone level.
            do {
                try await residents.recordPhone(
                    phone, channel: .viber, residentID: resident.id, hromadaID: bot.hromadaID)
            } catch ResidentError.invalidPhone {
                log.refusal("shared phone number not recognised", bot: bot)
            }
        }
        return try await converse(
            input, key: Self.conversationKey(sender.id), bot: bot, residentID: resident.id,
            language: resident.language)
    }

    /// Sends `reply` to `userID` message by message, stopping at the first failure. A person Viber says cannot
    /// receive (status 5 or 6) is marked in the ledger; other failures are logged.
    func send(_ reply: [BotMessage], to userID: String, bot: ViberBot) async {
        let api = ViberAPI(bot: bot, client: client)
        for body in ViberRenderer(bot: bot).render(reply, receiver: userID) {
            let outcome = await api.send(body).deliveryOutcome
            switch outcome {
            case .sent: continue
            case .unreachable(let status, let detail):
                log.refusal("reply not delivered: \(detail)", bot: bot)
                _ = try? await residents.setChannelStatus(
                    status, channel: .viber, externalID: userID, hromadaID: bot.hromadaID)
            case .retryAfter(_, let detail), .transient(let detail), .uncertain(let detail), .failed(let detail):
                log.refusal("reply not delivered: \(detail)", bot: bot)
            }
            return
        }
    }
}
