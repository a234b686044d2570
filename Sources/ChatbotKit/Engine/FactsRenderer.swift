import Foundation
public import SvoyiCore

/// Renders the facts of a catalogue service for residents: «Вартість», «Строк», «Документи», «Хто може
/// звернутися», «Де отримати», «Підстава» as one text, and the e-service as a link. Pure: the engine reads the
/// service, its price and its places, this only writes.
public enum FactsRenderer {
    /// The messages for `show` of `service`. `price` is the service's price today in kopecks when known (a
    /// multiple of the subsistence minimum needs it); `places` are the institutions of `service.providedAt`.
    public static func messages(
        _ service: Service, show: [DialogueNode.Facts.Fact], price: Int64?, places: [Institution], language: Language
    ) -> [BotMessage] {
        let en = language == .en
        var lines: [String] = []
        var links: [BotMessage] = []
        for fact in show {
            switch fact {
            case .cost:
                lines.append((en ? "Cost: " : "Вартість: ") + cost(service.cost, price: price, language: language))
            case .term: lines.append((en ? "Term: " : "Строк: ") + term(service.term, language: language))
            case .documents where !service.documents.isEmpty:
                let items = service.documents.map { "• " + $0.text(in: language) }
                lines.append(([en ? "Documents:" : "Документи:"] + items).joined(separator: "\n"))
            case .eligibility:
                if let who = service.eligibility {
                    lines.append((en ? "Who can apply: " : "Хто може звернутися: ") + who.text(in: language))
                }
            case .places where !places.isEmpty:
                let items = places.map { "• \($0.name.text(in: language)) — \($0.address.text(in: language))" }
                lines.append(([en ? "Where to apply:" : "Де отримати:"] + items).joined(separator: "\n"))
            case .eservice:
                if let url = service.eServiceURL {
                    let host = URL(string: url)?.host ?? url
                    links.append(.link((en ? "Online: " : "Онлайн: ") + host, url: url))
                }
            case .legalBasis:
                if let basis = service.legalBasis { lines.append((en ? "Legal basis: " : "Підстава: ") + basis) }
            default: break
            }
        }
        return (lines.isEmpty ? [] : [.text(lines.joined(separator: "\n"))]) + links
    }

    /// «безоплатно», «1 147 грн», «28,29 грн (0,0085 прожиткового мінімуму для працездатних осіб)», or the note of
    /// a cost that varies.
    public static func cost(_ cost: ServiceCost, price: Int64?, language: Language) -> String {
        let en = language == .en
        switch cost {
        case .free: return en ? "free" : "безоплатно"
        case .fixed(let kopecks): return hryvnias(kopecks, language: language)
        case .subsistenceMinimum(let multiple):
            let share = en ? multiple : multiple.replacingOccurrences(of: ".", with: ",")
            let basis =
                en
                ? "\(share) of the subsistence minimum for able-bodied persons"
                : "\(share) прожиткового мінімуму для працездатних осіб"
            guard let price else { return basis }
            return "\(hryvnias(price, language: language)) (\(basis))"
        case .varies(let note): return note.text(in: language)
        }
    }

    /// «до 20 робочих днів (…note…)», «у день звернення», «up to 3 hours».
    public static func term(_ term: ServiceTerm, language: Language) -> String {
        let en = language == .en
        let forms: (one: String, few: String, many: String, en: String)
        switch term.unit {
        case .immediately:
            return (en ? "on the day you apply" : "у день звернення") + note(term, language: language)
        case .hours: forms = ("години", "годин", "годин", "hour")
        case .workingDays: forms = ("робочого дня", "робочих днів", "робочих днів", "working day")
        case .calendarDays: forms = ("календарного дня", "календарних днів", "календарних днів", "calendar day")
        }
        let word: String
        if en {
            word = term.amount == 1 ? forms.en : forms.en + "s"
        } else {
            switch language.pluralCategory(term.amount) {
            case .one: word = forms.one
            case .few: word = forms.few
            default: word = forms.many
            }
        }
        return (en ? "up to \(term.amount) \(word)" : "до \(term.amount) \(word)") + note(term, language: language)
    }

    private static func note(_ term: ServiceTerm, language: Language) -> String {
        term.note.map { " (\($0.text(in: language)))" } ?? ""
    }

    /// «1 147 грн», «151,40 грн»; English «UAH 1,147», «UAH 151.40».
    public static func hryvnias(_ kopecks: Int64, language: Language) -> String {
        let en = language == .en
        let whole = String(kopecks / 100)
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped += en ? "," : " " }
            grouped.append(digit)
        }
        let cents = kopecks % 100
        let fraction = cents == 0 ? "" : (en ? "." : ",") + (cents < 10 ? "0" : "") + String(cents)
        return en ? "UAH \(grouped)\(fraction)" : "\(grouped)\(fraction) грн"
    }
}
