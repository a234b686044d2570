import Foundation
import SvoyiCore
import Synchronization

extension TelegramChannel {
    /// Handles one update: a message, a pressed button (always answered), or a block or unblock of the bot.
    func handle(_ update: TelegramUpdate, credentials: BotCredentials) async throws {
        let api = TelegramAPI(credentials, client: client, timeout: requestTimeout)
        let bot = credentials.bot
        if let query = update.callbackQuery {
            // The button's progress indicator ends whatever happens below.
            var notice: String?
            do {
                try await handle(query, bot: bot, api: api)
            } catch {
                notice = TelegramTexts.failed.text(in: Self.language(query.from.languageCode))
                log("telegram: bot \(bot.id): button press failed: \(error)")
            }
            do { try await api.answerCallbackQuery(query.id, text: notice) } catch {
                log("telegram: bot \(bot.id): answerCallbackQuery failed: \(error)")
            }
        } else if let message = update.message {
            try await handle(message, bot: bot, api: api)
        } else if let member = update.myChatMember, member.chat.type == "private" {
            let status: ChannelStatus? =
                switch member.newChatMember.status {
                case "kicked": .blocked
                case "member": .active
                default: nil
                }
            if let status {
                try await inbox.residents.setChannelStatus(
                    status, channel: .telegram, externalID: String(member.chat.id), hromadaID: bot.hromadaID)
            }
        }
        // Edited messages and other kinds are not answered: the conversation has moved on.
    }

    func handle(_ message: TelegramMessage, bot: Bot, api: TelegramAPI) async throws {
        guard message.chat.type == "private", let from = message.from, !from.isBot else { return }
        let sender = Self.sender(from, chatID: message.chat.id)
        let reply: [BotMessage]
        if let text = message.text, let payload = Self.startPayload(text) {
            reply = try await inbox.start(payload: payload, from: sender, hromadaID: bot.hromadaID)
        } else {
            reply = try await inbox.receive(Self.input(of: message, from: from), from: sender, hromadaID: bot.hromadaID)
        }
        await send(reply, chatID: message.chat.id, editing: nil, bot: bot, api: api, language: sender.language)
    }

    func handle(_ query: TelegramCallbackQuery, bot: Bot, api: TelegramAPI) async throws {
        guard let data = query.data, !query.from.isBot else { return }
        let chatID = query.message?.chat.id ?? query.from.id
        if let type = query.message?.chat.type, type != "private" { return }
        let sender = Self.sender(query.from, chatID: chatID)
        let reply = try await inbox.receive(.button(data), from: sender, hromadaID: bot.hromadaID)
        // A message the bot can still reach (date 0 means it cannot) is edited in place.
        let editing = query.message.flatMap { $0.date == 0 ? nil : $0.messageID }
        await send(reply, chatID: chatID, editing: editing, bot: bot, api: api, language: sender.language)
    }

    /// Sends a reply, one call after another: an edit that cannot be made is sent as a new message, "message is not
    /// modified" counts as done, a 429 is waited out (up to 30 s), and a 403 marks the person unreachable and stops.
    func send(
        _ reply: [BotMessage], chatID: Int64, editing: Int64?, bot: Bot, api: TelegramAPI, language: Language
    ) async {
        let key = "\(bot.id)/\(chatID)"
        let shown = keyboards.withLock { $0.contains(key) }
        let calls = renderer.calls(
            for: reply,
            context: .init(
                chatID: chatID, editing: editing, removeKeyboard: shown,
                acknowledgement: TelegramTexts.received.text(in: language)))
        let requests = reply.contains { $0.kind == .request }
        for call in calls {
            switch await deliver(call, api: api) {
            case .done: continue
            case .unreachable(let status):
                _ = try? await inbox.residents.setChannelStatus(
                    status, channel: .telegram, externalID: String(chatID), hromadaID: bot.hromadaID)
                return
            case .failed(let error):
                log("telegram: bot \(bot.id): \(call.method) failed: \(error)")
                return
            }
        }
        keyboards.withLock { set in
            if requests { set.insert(key) } else { set.remove(key) }
        }
    }

    enum SendResult {
        case done
        case unreachable(ChannelStatus)
        case failed(TelegramAPIError)
    }

    func deliver(_ call: TelegramCall, api: TelegramAPI, attempt: Int = 1) async -> SendResult {
        do {
            try await api.send(call)
            return .done
        } catch let error {
            if error.isNotModified { return .done }
            switch (call, error) {
            case (.editMessageText(let edit), .api(_, 400, _, _)):
                // Too old to edit, or gone: say it as a new message instead.
                let send = TelegramCall.sendMessage(
                    .init(chatID: edit.chatID, text: edit.text, replyMarkup: edit.replyMarkup))
                return await deliver(send, api: api, attempt: attempt)
            case (_, .api(_, 429, _, let retryAfter)) where attempt < 3 && (retryAfter ?? 1) <= 30:
                try? await clock.sleep(until: clock.now.addingTimeInterval(Double(max(1, retryAfter ?? 1))))
                return await deliver(call, api: api, attempt: attempt + 1)
            case (_, .api(_, 403, let description, _)):
                return .unreachable(description.contains("deactivated") ? .deactivated : .blocked)
            default:
                return .failed(error)
            }
        }
    }

    /// The payload of `/start` (empty for none), or `nil` when the text is not a start command.
    static func startPayload(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed == "/start" || trimmed.hasPrefix("/start ") else { return nil }
        return String(trimmed.dropFirst("/start".count)).trimmingCharacters(in: .whitespaces)
    }

    /// What a message says, as the dialogues read it.
    static func input(of message: TelegramMessage, from: TelegramUser) -> ResidentInput {
        if let text = message.text { return .text(text) }
        if let contact = message.contact {
            return .contact(phone: contact.phoneNumber, isOwn: contact.userID == from.id)
        }
        if let location = message.location {
            return .location(latitude: location.latitude, longitude: location.longitude)
        }
        if let largest = message.photo?.max(by: { $0.width * $0.height < $1.width * $1.height }) {
            return .photo(reference: largest.fileID)
        }
        return .unsupported(message.otherContent ?? "message")
    }

    static func sender(_ user: TelegramUser, chatID: Int64) -> MessengerInbox.Sender {
        MessengerInbox.Sender(
            channel: .telegram, externalID: String(chatID), displayName: user.displayName,
            language: language(user.languageCode))
    }

    /// English for an English-speaking Telegram app, Ukrainian for everyone else.
    static func language(_ code: String?) -> Language {
        (code ?? "").lowercased().hasPrefix("en") ? .en : .uk
    }
}

/// What the Telegram channel itself says.
enum TelegramTexts {
    static let received = LocalizedText(uk: "✅ Отримано", en: "✅ Received")
    static let failed = LocalizedText(
        uk: "Вибачте, сталася помилка. Спробуйте ще раз.", en: "Sorry, something went wrong. Please try again.")
}
