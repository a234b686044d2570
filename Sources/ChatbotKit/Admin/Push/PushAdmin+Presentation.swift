import Foundation
import SvoyiCore

/// How the section names states, audiences and counts, and how it shows a message as residents will see it.
extension PushAdmin {
    /// A message's state, as staff read it.
    static func stateName(_ state: NotifyMessageState) -> String {
        switch state {
        case .scheduled: "заплановано"
        case .expanding: "готується до надсилання"
        case .sending: "надсилається"
        case .done: "завершено"
        case .cancelled: "скасовано"
        }
    }

    /// The delivery states in the order the counts show them, with their names.
    static let deliveryColumns: [(state: NotifyDeliveryState, name: String)] = [
        (.queued, "в черзі"), (.sending, "надсилається"), (.sent, "надіслано"), (.blocked, "заблоковано"),
        (.failed, "не доставлено"), (.uncertain, "невідомо"), (.cancelled, "скасовано"),
    ]

    /// What each delivery state means, for the detail page.
    static func deliveryHint(_ state: NotifyDeliveryState) -> String {
        switch state {
        case .queued: "чекають своєї черги (або повторної спроби після тимчасової помилки месенджера)"
        case .sending: "передаються месенджеру просто зараз"
        case .sent: "месенджер прийняв повідомлення"
        case .blocked: "мешканець заблокував бота, відписався або його акаунт видалено"
        case .failed: "месенджер відмовив або всі спроби не вдалися"
        case .uncertain:
            "надсилання перервалося (збій зв'язку чи перезапуск сервера): повідомлення могло дійти, а могло й ні"
        case .cancelled: "повідомлення скасували до того, як його надіслали цим мешканцям"
        }
    }

    /// The deliveries no longer waiting: every one but queued and sending.
    static func finished(_ stats: NotifyDeliveryStats) -> Int {
        stats.total - stats[.queued] - stats[.sending]
    }

    /// `part` of `whole` in whole percent, `0 %` of nothing.
    /// «1 мешканець», «2 мешканці», «5 мешканців», «21 мешканець».
    static func residents(_ count: Int) -> String {
        let word =
            switch Language.uk.pluralCategory(count) {
            case .one: "мешканець"
            case .few: "мешканці"
            default: "мешканців"
            }
        return "\(count) \(word)"
    }

    /// «(для) 1 мешканця», «2 мешканців», «21 мешканця».
    static func residentsGenitive(_ count: Int) -> String {
        "\(count) \(Language.uk.pluralCategory(count) == .one ? "мешканця" : "мешканців")"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0 %" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded())) %"
    }

    /// Who a message is for, with the places' names.
    static func audienceText(_ audience: NotifyAudience, places: PushForm.Places) -> String {
        switch audience {
        case .everyone:
            return "Усім мешканцям"
        case .settlements(let codes):
            let names = Dictionary(places.settlements.map { ($0.katottg, $0.name.uk) }, uniquingKeysWith: { a, _ in a })
            return "Населені пункти: " + codes.map { names[$0] ?? $0 }.joined(separator: ", ")
        case .districts(let codes):
            let names = Dictionary(places.districts.map { ($0.code, $0.name.uk) }, uniquingKeysWith: { a, _ in a })
            return "Старостинські округи: " + codes.map { names[$0] ?? $0 }.joined(separator: ", ")
        case .resident:
            return "Одному мешканцю (сповіщення модуля)"
        }
    }

    /// Who wrote a message.
    func authorText(_ author: NotifyAuthor, hromadaID: Int64) async throws -> String {
        switch author {
        case .staff(let id):
            return try await panel.identity.staff.member(id: id, hromadaID: hromadaID)?.displayName
                ?? "працівник №\(id)"
        case .module(let name):
            if name.hasPrefix(Self.apiAuthorPrefix) {
                return "API-токен №\(name.dropFirst(Self.apiAuthorPrefix.count))"
            }
            return "модуль «\(name)»"
        case .operator(let name):
            return "оператор сервера (\(name))"
        }
    }

    /// The first words of a text, for the list.
    static func excerpt(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "…"
    }

    /// A progress bar with its percentage as text (read by screen readers from the label).
    static func progress(_ stats: NotifyDeliveryStats, label: String) -> HTML {
        let done = finished(stats)
        let text = percent(done, of: stats.total)
        return HTML.fragment {
            HTML.element(
                HTMLTag("progress"),
                [
                    HTMLAttribute("max", String(max(stats.total, 1))), .value(String(done)),
                    .aria("label", "\(label): \(text)"),
                ]
            ) { text }
            " \(text)"
        }
    }

    /// The message as residents will see it, in Ukrainian and, when it has one, in English, under `h3` headings (put
    /// it below an `h2`).
    static func residentView(_ content: NotifyContent) -> HTML {
        HTML.fragment {
            HTML.h3 { "Українською" }
            bubbles(content.messages(for: .uk), label: "Повідомлення українською")
            if content.text.en != nil {
                HTML.h3 { "Англійською (для мешканців, які обрали англійську)" }
                bubbles(content.messages(for: .en), label: "Повідомлення англійською")
            } else {
                HTML.p(.class("muted")) {
                    "Англійського тексту немає: мешканці, які обрали англійську, отримають українську."
                }
            }
        }
    }

    private static func bubbles(_ messages: [BotMessage], label: String) -> HTML {
        HTML.ol(.class("chat"), .aria("label", label)) {
            for message in messages {
                HTML.li(.class("chat__line chat__line--bot")) { WebChat.content(of: message, language: .uk) }
            }
        }
    }

    /// The author of messages sent through the API: `module:api.token.<id>`.
    static let apiAuthorPrefix = "api.token."

    /// The counts by channel of an audience preview.
    static func channelText(_ preview: NotifyAudiencePreview) -> String {
        let telegram = preview.byChannel[.telegram] ?? 0
        let viber = preview.byChannel[.viber] ?? 0
        return "Telegram — \(telegram), Viber — \(viber)"
    }
}
