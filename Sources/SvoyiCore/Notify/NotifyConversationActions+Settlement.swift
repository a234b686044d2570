import Foundation

extension NotifyConversationActions {
    /// `notify.settlement`: says which settlement the resident chose and lists the hromada's settlements, numbered,
    /// so the resident can answer with a number or a name. Sets `settlement_count` (0 when the hromada has none).
    public static let settlement = ConversationAction(
        name: "notify.settlement",
        summary: LocalizedText(
            uk: "Населений пункт мешканця і нумерований перелік населених пунктів громади (змінна settlement_count)",
            en: "The resident's settlement and the hromada's settlements, numbered (variable settlement_count)")
    ) { call in
        guard let database = call.database else { throw ConversationActionError.noDatabase }
        let hromadaID = call.hromadaID
        let residentID = call.residentID
        let (settlements, current) = try await database.read { db in
            let settlements = try CommunityStore.settlements(hromadaID: hromadaID, in: db)
            let current =
                try residentID.flatMap { id in
                    try db.scalar(
                        "SELECT settlement FROM residents WHERE hromada_id = ? AND id = ?",
                        [.integer(hromadaID), .integer(id)], as: String?.self)
                } ?? nil
            return (settlements, current)
        }
        let language = call.language
        guard !settlements.isEmpty else {
            let text = PlaceText.pick(
                "У довіднику громади ще немає населених пунктів.", "The hromada's directory has no settlements yet.",
                language)
            return ConversationActionResult(messages: [.text(text)], variables: ["settlement_count": .number(0)])
        }
        let chosen = settlements.first { $0.katottg == current }.map { name(of: $0, language) }
        var header =
            chosen.map {
                PlaceText.pick("Ваш населений пункт: \($0).", "Your settlement: \($0).", language)
            }
            ?? PlaceText.pick(
                "Населений пункт не вказано: ви отримуєте лише сповіщення для всієї громади.",
                "No settlement chosen: you get only the notifications for the whole hromada.", language)
        header += "\n"
        header += PlaceText.pick(
            "Сповіщення про ваш населений пункт чи округ (відключення, ремонти) надходять, коли його вказано.",
            "Notices for your settlement or district (outages, repairs) reach you once it is set.", language)
        var messages = [BotMessage.text(header)]
        let lines = settlements.enumerated().map { index, settlement in
            "\(index + 1). \(name(of: settlement, language))"
        }
        // Telegram takes 4,096 characters a message: long lists go in several.
        var chunk = ""
        for line in lines {
            if chunk.count + line.count + 1 > 3_500 {
                messages.append(.text(chunk))
                chunk = ""
            }
            chunk += chunk.isEmpty ? line : "\n" + line
        }
        if !chunk.isEmpty { messages.append(.text(chunk)) }
        return ConversationActionResult(
            messages: messages, variables: ["settlement_count": .number(Double(settlements.count))])
    }

    /// `notify.settlement.set`: sets the resident's settlement from the `query` argument: a number of the list
    /// `notify.settlement` shows, or a name (whole, or the start of one, in Ukrainian or English, apostrophes and
    /// «с.»/«смт» ignored); `0` clears it. Sets `settlement_done` to `true` when saved or cleared, `false` when the
    /// answer matched no settlement or several (it then lists them).
    public static let setSettlement = ConversationAction(
        name: "notify.settlement.set",
        summary: LocalizedText(
            uk: "Зберегти населений пункт мешканця (аргумент query — номер або назва; 0 — не вказувати)",
            en: "Save the resident's settlement (argument query: a number or a name; 0 clears it)")
    ) { call in
        guard let database = call.database else { throw ConversationActionError.noDatabase }
        let language = call.language
        guard let residentID = call.residentID else {
            let text = PlaceText.pick(
                "Населений пункт можна вказати в Telegram або Viber, у налаштуваннях бота громади.",
                "You can set your settlement in Telegram or Viber, in the hromada bot's settings.", language)
            return ConversationActionResult(messages: [.text(text)], variables: ["settlement_done": .bool(true)])
        }
        let query: String
        switch call.arguments["query"] {
        case .text(let text)?: query = text
        case .number(let number)?: query = ConversationValue.number(number).description
        default: query = ""
        }
        let hromadaID = call.hromadaID
        let settlements = try await database.read { db in try CommunityStore.settlements(hromadaID: hromadaID, in: db) }
        let match = SettlementMatch(query, in: settlements)
        switch match {
        case .clear, .one:
            var chosen: Settlement?
            if case .one(let settlement) = match { chosen = settlement }
            try await database.write { db in
                try ResidentStore.setSettlement(chosen?.katottg, residentID: residentID, hromadaID: hromadaID, in: db)
            }
            let text =
                chosen.map { settlement in
                    PlaceText.pick(
                        "✅ Збережено: \(name(of: settlement, language)). Сповіщення для вашого населеного пункту "
                            + "надходитимуть сюди.",
                        "✅ Saved: \(name(of: settlement, language)). Notices for your settlement will come here.",
                        language)
                }
                ?? PlaceText.pick(
                    "Населений пункт не вказано: ви отримуватимете лише сповіщення для всієї громади.",
                    "No settlement set: you will get only the notifications for the whole hromada.", language)
            return ConversationActionResult(messages: [.text(text)], variables: ["settlement_done": .bool(true)])
        case .several(let candidates):
            let list = candidates.prefix(10).map { "\($0.number). \(name(of: $0.settlement, language))" }
                .joined(separator: "\n")
            let text = PlaceText.pick(
                "Підходить кілька населених пунктів:\n\(list)\nНапишіть номер потрібного.",
                "Several settlements match:\n\(list)\nWrite the number of yours.", language)
            return ConversationActionResult(messages: [.text(text)], variables: ["settlement_done": .bool(false)])
        case .noMatch:
            let text = PlaceText.pick(
                "Такого населеного пункту в громаді не знайшли. Напишіть номер зі списку або початок назви.",
                "No settlement of the hromada matches. Write a number from the list or the start of the name.", language
            )
            return ConversationActionResult(messages: [.text(text)], variables: ["settlement_done": .bool(false)])
        }
    }

    /// A settlement's name as a list shows it: «с. Зелений Гай» in Ukrainian, the English name in English.
    static func name(of settlement: Settlement, _ language: Language) -> String {
        if language == .en { return settlement.name.en ?? settlement.name.uk }
        let prefix: String
        switch settlement.kind {
        case .city: prefix = "м."
        case .urbanSettlement, .settlement: prefix = "с-ще"
        case .village: prefix = "с."
        }
        return "\(prefix) \(settlement.name.uk)"
    }
}

/// What a resident's answer names among the hromada's settlements (numbered from 1 in their stored order).
enum SettlementMatch {
    case clear
    case one(Settlement)
    case several([(number: Int, settlement: Settlement)])
    case noMatch

    init(_ query: String, in settlements: [Settlement]) {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = Int(trimmed) {
            if number == 0 {
                self = .clear
            } else if settlements.indices.contains(number - 1) {
                self = .one(settlements[number - 1])
            } else {
                self = .noMatch
            }
            return
        }
        let typed = Self.normalised(trimmed)
        guard !typed.isEmpty else {
            self = .noMatch
            return
        }
        if ["не вказувати", "жоден", "жодного", "none", "clear"].contains(typed) {
            self = .clear
            return
        }
        let numbered = settlements.enumerated().map { (number: $0.offset + 1, settlement: $0.element) }
        func names(_ settlement: Settlement) -> [String] {
            [settlement.name.uk, settlement.name.en].compactMap { $0 }.map(Self.normalised)
        }
        let exact = numbered.filter { names($0.settlement).contains(typed) }
        let starts = numbered.filter { names($0.settlement).contains { $0.hasPrefix(typed) } }
        let contains = numbered.filter { names($0.settlement).contains { $0.contains(typed) } }
        for candidates in [exact, starts, contains] where !candidates.isEmpty {
            self = candidates.count == 1 ? .one(candidates[0].settlement) : .several(candidates)
            return
        }
        self = .noMatch
    }

    /// Lowercased, apostrophes and the kind («с.», «село», «смт», «м.»…) dropped, hyphens, dots and runs of spaces as
    /// one space.
    static func normalised(_ text: String) -> String {
        var text = text.lowercased()
        for apostrophe in ["'", "’", "ʼ", "`", "ʹ", "‘"] { text = text.replacingOccurrences(of: apostrophe, with: "") }
        text = text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: ".", with: " ")
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        // «с-ще» is «с ще» by now.
        if words.count > 2, words[0] == "с", words[1] == "ще" { words.removeFirst(2) }
        let kinds: Set<String> = ["с", "село", "смт", "м", "місто", "селище", "city", "village"]
        while words.count > 1, let first = words.first, kinds.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
