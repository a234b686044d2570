import Foundation
import SvoyiCore

extension TelegramChannel {
    /// Starts long polling for every enabled Telegram bot in polling mode, and keeps the set current: every
    /// `rescan` the registry is read again, so a bot added, switched or disabled with `svoyi-cli` is picked up
    /// without a restart. Cancel the returned task to stop; it returns once every poll has ended.
    public func startPolling(rescan: Duration = .seconds(60)) -> Task<Void, Never> {
        Task {
            var polls: [String: Task<Void, Never>] = [:]
            while !Task.isCancelled {
                let wanted: Set<String>
                do {
                    wanted = Set(
                        try await bots.bots(channel: .telegram).filter { $0.isEnabled && $0.mode == .polling }.map(\.id)
                    )
                } catch {
                    log("telegram: cannot read the bot registry: \(error)")
                    wanted = Set(polls.keys)
                }
                for (id, poll) in polls where !wanted.contains(id) {
                    poll.cancel()
                    polls[id] = nil
                }
                for id in wanted where polls[id] == nil {
                    polls[id] = Task { await self.poll(botID: id) }
                }
                do { try await Task.sleep(for: rescan) } catch { break }
            }
            for poll in polls.values { poll.cancel() }
            for poll in polls.values { await poll.value }
        }
    }

    /// Polls one bot until the task is cancelled or the bot leaves polling mode: `deleteWebhook` first (Telegram
    /// refuses `getUpdates` while a webhook is set), then `getUpdates` from the stored offset. Each batch is stored
    /// together with the new offset, so a restart neither loses nor repeats an update.
    func poll(botID: String) async {
        var webhookDeleted = false
        var backoff = 1.0
        while !Task.isCancelled {
            guard let credentials = try? await bots.credentials(id: botID), credentials.bot.isEnabled,
                credentials.bot.mode == .polling
            else { return }
            let api = TelegramAPI(credentials, client: client, timeout: requestTimeout)
            do {
                if !webhookDeleted {
                    try await api.deleteWebhook()
                    webhookDeleted = true
                }
                let updates = try await api.getUpdates(offset: credentials.bot.pollOffset, timeout: pollTimeout)
                if let last = updates.map(\.updateID).max() {
                    let raw = updates.map { String(decoding: TelegramAPI.encode($0), as: UTF8.self) }
                    try await accept(updates, raw: raw, bot: credentials.bot, pollOffset: last + 1)
                }
                backoff = 1
            } catch {
                if Task.isCancelled { return }
                if case .api(_, 409, _, _) = error as? TelegramAPIError { webhookDeleted = false }
                log("telegram: bot \(botID): polling failed, retrying in \(Int(backoff)) s: \(error)")
                do { try await clock.sleep(until: clock.now.addingTimeInterval(backoff)) } catch { return }
                backoff = min(backoff * 2, 60)
            }
        }
    }
}
