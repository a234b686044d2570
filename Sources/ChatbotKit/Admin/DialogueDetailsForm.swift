import Foundation
import SvoyiCore

/// The structured form for the edits staff make most: the title, the keywords free text is matched on, and the
/// review (legal basis, sources, the day it was last checked, how often it must be checked again). Pure: a dialogue in, form values out; a dialogue
/// and the submitted values in, the changed dialogue or the problems out. Everything else is kept as it was.
struct DialogueDetailsForm {
    /// The form's values for `dialogue`.
    static func values(of dialogue: Dialogue) -> [String: String] {
        [
            "title_uk": dialogue.title.uk, "title_en": dialogue.title.en ?? "",
            "keywords": dialogue.keywords.map { keyword in keyword.en.map { "\(keyword.uk) | \($0)" } ?? keyword.uk }
                .joined(separator: "\n"),
            "legal_basis": dialogue.review?.legalBasis.joined(separator: "\n") ?? "",
            "sources": dialogue.review?.sources.joined(separator: "\n") ?? "",
            "last_reviewed": dialogue.review?.lastReviewed.description ?? "",
            "review_every_days": dialogue.review.map { String($0.reviewEveryDays) } ?? "",
        ]
    }

    /// `dialogue` with the form's fields applied, or the problems, by field.
    static func apply(_ fields: URLEncodedFields, to dialogue: Dialogue) -> Result<Dialogue, FormErrorList> {
        var errors = FormErrors()
        var changed = dialogue
        let titleUK = trimmed(fields["title_uk"])
        let titleEN = trimmed(fields["title_en"])
        if titleUK.isEmpty || titleUK.count > 200 {
            errors.add("title_uk", "Вкажіть назву українською (до 200 символів).")
        }
        if titleEN.count > 200 { errors.add("title_en", "Назва англійською — до 200 символів.") }
        changed.title = LocalizedText(uk: titleUK, en: titleEN.isEmpty ? nil : titleEN)

        var keywords: [LocalizedText] = []
        for line in lines(fields["keywords"]) {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let uk = parts.first, !uk.isEmpty else {
                errors.add("keywords", "У кожному рядку спершу слово українською: «паспорт | passport».")
                continue
            }
            let en = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            keywords.append(LocalizedText(uk: uk, en: en))
        }
        if keywords.count > 100 || keywords.contains(where: { $0.uk.count > 100 || ($0.en?.count ?? 0) > 100 }) {
            errors.add("keywords", "До 100 ключових слів, кожне до 100 символів.")
        }
        changed.keywords = keywords

        let legalBasis = lines(fields["legal_basis"])
        let sources = lines(fields["sources"])
        let lastReviewedText = trimmed(fields["last_reviewed"])
        let intervalText = trimmed(fields["review_every_days"])
        if legalBasis.isEmpty && sources.isEmpty && lastReviewedText.isEmpty {
            changed.review = nil
        } else {
            var interval = dialogue.review?.reviewEveryDays ?? defaultInterval
            if !intervalText.isEmpty {
                if let days = Int(intervalText), DialogueReview.intervals.contains(days) {
                    interval = days
                } else {
                    errors.add(
                        "review_every_days",
                        "Вкажіть, як часто перевіряти консультацію: ціле число днів від 1 до 3650 (180 — пів року).")
                }
            }
            let lastReviewed = CivilDate(lastReviewedText)
            if lastReviewed == nil {
                errors.add("last_reviewed", "Вкажіть дату останньої перевірки у форматі РРРР-ММ-ДД.")
            }
            if legalBasis.isEmpty {
                errors.add("legal_basis", "Вкажіть хоча б одну правову підставу: закон, постанову чи наказ.")
            }
            if let bad = sources.first(where: { !$0.hasPrefix("https://") && !$0.hasPrefix("http://") }) {
                errors.add("sources", "Джерело «\(bad)» має бути адресою сторінки, що починається з https://.")
            }
            if let lastReviewed {
                changed.review = DialogueReview(
                    legalBasis: legalBasis, sources: sources, lastReviewed: lastReviewed, reviewEveryDays: interval)
            }
        }
        return errors.isEmpty ? .success(changed) : .failure(FormErrorList(errors: errors))
    }

    /// The interval of a new review when the field is left empty: 180 days, as in the JSON.
    static let defaultInterval = 180

    private static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func lines(_ value: String?) -> [String] {
        (value ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// Form problems as an error, for ``DialogueDetailsForm/apply(_:to:)``'s result.
struct FormErrorList: Error {
    let errors: FormErrors
}
