import Foundation
import SvoyiCore

extension ViberWebhook {
    /// `message`: once per `message_token`, the input through ``MessengerInbox`` (the resident found or created, an
    /// own shared phone recorded, the conversation), and the reply sent. A failure before the conversation moved on
    /// releases the token, so Viber's retry is handled.
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
                let reply = try await inbox.receive(
                    message.residentInput, from: Self.sender(sender), hromadaID: bot.hromadaID)
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

    /// Sends `reply` to `userID` message by message, stopping at the first failure. A person Viber says cannot
    /// receive (status 5 or 6) is marked in the ledger; other failures are logged.
    func send(_ reply: [BotMessage], to userID: String, bot: ViberBot) async {
        let api = ViberAPI(bot: bot, client: client, timeout: timeout)
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
