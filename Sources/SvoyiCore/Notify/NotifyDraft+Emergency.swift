import Foundation

/// The kinds of emergency alert the template writes.
public enum NotifyEmergencyKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// An air-raid alert: go to a shelter now.
    case airRaid
    /// Another danger (shelling, a chemical or technogenic threat): follow official instructions, take shelter.
    case danger
    /// The all-clear after an alert.
    case allClear
}

extension NotifyDraft {
    /// An emergency message ready to enqueue: the alert's text in Ukrainian and English, with `details` (what and
    /// where, as staff write it) after it, a link to the nearest shelters, the `emergencies` topic and the emergency
    /// priority, so it goes before everything else queued.
    ///
    /// `sheltersURL` is where residents find the nearest shelters: the hromada site's `/shelters` page, or the web
    /// chat opened at its shelters dialogue. The text also tells them to write «укриття» to the bot, which asks for
    /// their location and shows the three nearest (the `shelters.nearest` action).
    public static func emergency(
        _ kind: NotifyEmergencyKind, hromadaID: Int64, sheltersURL: String, details: LocalizedText? = nil,
        audience: NotifyAudience = .everyone, createdBy: NotifyAuthor, idempotencyKey: String? = nil
    ) -> NotifyDraft {
        let headline: LocalizedText
        let advice: LocalizedText
        switch kind {
        case .airRaid:
            headline = LocalizedText(uk: "🚨 Повітряна тривога!", en: "🚨 Air raid alert!")
            advice = LocalizedText(
                uk: "Негайно пройдіть до найближчого укриття і залишайтеся там до відбою тривоги.",
                en: "Go to the nearest shelter now and stay there until the all-clear.")
        case .danger:
            headline = LocalizedText(uk: "⚠️ Небезпека!", en: "⚠️ Danger!")
            advice = LocalizedText(
                uk: "Дотримуйтеся вказівок ДСНС і місцевої влади. За потреби пройдіть до найближчого укриття.",
                en: "Follow the instructions of the State Emergency Service and the local authorities. "
                    + "Go to the nearest shelter if needed.")
        case .allClear:
            headline = LocalizedText(uk: "✅ Відбій тривоги.", en: "✅ All clear.")
            advice = LocalizedText(
                uk: "Можна залишити укриття. Будьте уважні: тривога може повторитися.",
                en: "You may leave the shelter. Stay alert: the alarm may sound again.")
        }
        let botHint = LocalizedText(
            uk: "Напишіть боту «укриття» і надішліть геолокацію — покажемо три найближчі укриття.",
            en: "Write “shelter” to the bot and share your location to see the three nearest shelters.")
        func paragraphs(_ language: Language) -> String {
            var parts = [headline.text(for: language.rawValue)]
            if let details {
                let text = details.text(for: language.rawValue).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { parts.append(text) }
            }
            parts.append(advice.text(for: language.rawValue))
            if kind != .allClear { parts.append(botHint.text(for: language.rawValue)) }
            return parts.joined(separator: "\n\n")
        }
        let link =
            kind == .allClear
            ? nil
            : NotifyLink(url: sheltersURL, title: LocalizedText(uk: "Найближчі укриття", en: "Nearest shelters"))
        return NotifyDraft(
            hromadaID: hromadaID, topic: .emergencies,
            text: LocalizedText(uk: paragraphs(.uk), en: paragraphs(.en)), link: link, priority: .emergency,
            audience: audience, createdBy: createdBy, idempotencyKey: idempotencyKey)
    }
}
