import Foundation
import SvoyiCore

/// What a PUSH form says, checked: the parts of a ``NotifyDraft`` staff chose. Pure: the submitted fields, the
/// hromada's places, its time zone and the time in; the message or every problem (by field, in Ukrainian) out.
struct PushComposition: Sendable, Hashable {
    var topic: String
    var text: LocalizedText
    var link: NotifyLink?
    var location: NotifyLocation?
    var audience: NotifyAudience
    /// `nil` sends now.
    var scheduledAt: Date?

    func draft(hromadaID: Int64, author: NotifyAuthor, key: String?) -> NotifyDraft {
        NotifyDraft(
            hromadaID: hromadaID, topicKey: topic, text: text, link: link, location: location, audience: audience,
            scheduledAt: scheduledAt, createdBy: author, idempotencyKey: key)
    }
}

/// The emergency form, checked: the template's kind, the details staff add, who gets it and where the shelters are.
struct PushEmergencyComposition: Sendable, Hashable {
    var kind: NotifyEmergencyKind
    var details: LocalizedText?
    var audience: NotifyAudience
    var sheltersURL: String

    func draft(hromadaID: Int64, author: NotifyAuthor, key: String?) -> NotifyDraft {
        .emergency(
            kind, hromadaID: hromadaID, sheltersURL: sheltersURL, details: details, audience: audience,
            createdBy: author, idempotencyKey: key)
    }
}

/// Reads the PUSH section's forms. Field names: `topic`, `text_uk`, `text_en`, `audience` (`everyone`,
/// `settlements`, `districts`) with repeated `settlement` and `district` codes, `link_url`, `link_title_uk`,
/// `link_title_en`, `latitude`, `longitude`, `place_uk`, `place_en`, `when` (`now`, `later`) with `date` and
/// `time`; the emergency form: `kind`, `details_uk`, `details_en`, the audience fields, `shelters_url`.
enum PushForm {
    /// The places a form may name.
    struct Places: Sendable {
        var settlements: [Settlement]
        var districts: [StarostaDistrict]
    }

    /// The longest details an emergency alert takes in each language (the template's own text is about 300).
    static let maximumDetailsLength = 2_000

    /// The ordinary message form.
    static func composition(
        _ fields: URLEncodedFields, places: Places, zone: TimeZone, now: Date
    ) -> Result<PushComposition, FormErrorList> {
        var errors = FormErrors()
        let topic = trimmed(fields["topic"])
        if NotifyTopic.standard(key: topic) == nil { errors.add("topic", "Оберіть тему повідомлення зі списку.") }
        let textUK = trimmed(fields["text_uk"])
        let textEN = trimmed(fields["text_en"])
        if textUK.isEmpty {
            errors.add("text_uk", NotifyError.emptyText.messageUK)
        } else if textUK.utf16.count > NotifyStore.maximumTextLength {
            errors.add("text_uk", NotifyError.textTooLong(length: textUK.utf16.count).messageUK)
        }
        if textEN.utf16.count > NotifyStore.maximumTextLength {
            errors.add("text_en", NotifyError.textTooLong(length: textEN.utf16.count).messageUK)
        }
        let audience = audience(fields, places: places, into: &errors)
        let link = link(fields, into: &errors)
        let location = location(fields, into: &errors)
        let scheduledAt = schedule(fields, zone: zone, now: now, into: &errors)
        guard errors.isEmpty, let audience else { return .failure(FormErrorList(errors: errors)) }
        return .success(
            PushComposition(
                topic: topic, text: LocalizedText(uk: textUK, en: textEN.isEmpty ? nil : textEN), link: link,
                location: location, audience: audience, scheduledAt: scheduledAt))
    }

    /// The emergency form.
    static func emergency(_ fields: URLEncodedFields, places: Places) -> Result<PushEmergencyComposition, FormErrorList>
    {
        var errors = FormErrors()
        let kind = NotifyEmergencyKind(rawValue: trimmed(fields["kind"]))
        if kind == nil { errors.add("kind", "Оберіть, про що тривога: повітряна тривога, небезпека чи відбій.") }
        let detailsUK = trimmed(fields["details_uk"])
        let detailsEN = trimmed(fields["details_en"])
        for (name, text) in [("details_uk", detailsUK), ("details_en", detailsEN)]
        where text.count > maximumDetailsLength {
            errors.add(name, "Подробиці — до \(maximumDetailsLength) символів, а зараз \(text.count).")
        }
        if detailsUK.isEmpty && !detailsEN.isEmpty {
            errors.add("details_uk", "Напишіть подробиці й українською: англійською їх прочитають не всі.")
        }
        let audience = audience(fields, places: places, into: &errors)
        let sheltersURL = trimmed(fields["shelters_url"])
        if kind != .allClear && !isWebAddress(sheltersURL) {
            errors.add(
                "shelters_url",
                "Вкажіть адресу сторінки з найближчими укриттями, що починається з https:// (до 2000 символів).")
        }
        guard errors.isEmpty, let kind, let audience else { return .failure(FormErrorList(errors: errors)) }
        return .success(
            PushEmergencyComposition(
                kind: kind, details: detailsUK.isEmpty ? nil : LocalizedText(uk: detailsUK, en: detailsEN.nilIfEmpty),
                audience: audience, sheltersURL: sheltersURL.isEmpty ? "https://" : sheltersURL))
    }

    // MARK: Parts

    static func audience(_ fields: URLEncodedFields, places: Places, into errors: inout FormErrors) -> NotifyAudience? {
        switch trimmed(fields["audience"]) {
        case "", "everyone":
            return .everyone
        case "settlements":
            let codes = unique(fields.values("settlement"))
            let known = Set(places.settlements.map(\.katottg))
            if codes.isEmpty {
                errors.add("settlement", "Позначте хоча б один населений пункт або оберіть «Усім мешканцям».")
            } else if let unknown = codes.first(where: { !known.contains($0) }) {
                errors.add("settlement", "Населеного пункту з кодом «\(unknown)» у громаді немає. Оберіть зі списку.")
            }
            return .settlements(codes)
        case "districts":
            let codes = unique(fields.values("district"))
            let known = Set(places.districts.map(\.code))
            if codes.isEmpty {
                errors.add("district", "Позначте хоча б один старостинський округ або оберіть «Усім мешканцям».")
            } else if let unknown = codes.first(where: { !known.contains($0) }) {
                errors.add("district", "Старостинського округу «\(unknown)» у громаді немає. Оберіть зі списку.")
            }
            return .districts(codes)
        default:
            errors.add("audience", "Оберіть, кому надіслати повідомлення.")
            return nil
        }
    }

    static func link(_ fields: URLEncodedFields, into errors: inout FormErrors) -> NotifyLink? {
        let url = trimmed(fields["link_url"])
        let titleUK = trimmed(fields["link_title_uk"])
        let titleEN = trimmed(fields["link_title_en"])
        guard !url.isEmpty else {
            if !titleUK.isEmpty || !titleEN.isEmpty {
                errors.add("link_url", "Вкажіть адресу посилання або зітріть його назву.")
            }
            return nil
        }
        if !isWebAddress(url) {
            errors.add(
                "link_url",
                "Адреса посилання має починатися з https:// або http:// і бути не довшою за 2000 символів.")
        }
        if titleUK.count > 100 { errors.add("link_title_uk", "Назва посилання — до 100 символів.") }
        if titleEN.count > 100 { errors.add("link_title_en", "Назва посилання — до 100 символів.") }
        return NotifyLink(
            url: url,
            title: LocalizedText(
                uk: titleUK.isEmpty ? "Докладніше" : titleUK, en: titleEN.nilIfEmpty ?? (titleUK.isEmpty ? "More" : nil)
            ))
    }

    static func location(_ fields: URLEncodedFields, into errors: inout FormErrors) -> NotifyLocation? {
        let latitudeText = trimmed(fields["latitude"])
        let longitudeText = trimmed(fields["longitude"])
        let placeUK = trimmed(fields["place_uk"])
        let placeEN = trimmed(fields["place_en"])
        guard !(latitudeText.isEmpty && longitudeText.isEmpty && placeUK.isEmpty && placeEN.isEmpty) else {
            return nil
        }
        let latitude = degrees(latitudeText, limit: 90)
        let longitude = degrees(longitudeText, limit: 180)
        if latitude == nil {
            errors.add("latitude", "Вкажіть широту числом від −90 до 90, наприклад 50.5432.")
        }
        if longitude == nil {
            errors.add("longitude", "Вкажіть довготу числом від −180 до 180, наприклад 30.2125.")
        }
        if placeUK.isEmpty || placeUK.count > 200 {
            errors.add("place_uk", "Назвіть місце українською (до 200 символів), наприклад «Пункт незламності».")
        }
        if placeEN.count > 200 { errors.add("place_en", "Назва місця — до 200 символів.") }
        guard let latitude, let longitude else { return nil }
        return NotifyLocation(
            latitude: latitude, longitude: longitude, name: LocalizedText(uk: placeUK, en: placeEN.nilIfEmpty))
    }

    static func schedule(
        _ fields: URLEncodedFields, zone: TimeZone, now: Date, into errors: inout FormErrors
    ) -> Date? {
        switch trimmed(fields["when"]) {
        case "", "now":
            return nil
        case "later":
            var failed = false
            let date = trimmed(fields["date"])
            let time = trimmed(fields["time"])
            if date.isEmpty {
                errors.add("date", "Вкажіть дату надсилання.")
                failed = true
            }
            if time.isEmpty {
                errors.add("time", "Вкажіть час надсилання.")
                failed = true
            }
            guard !failed else { return nil }
            switch PushSchedule.instant(date: date, time: time, in: zone) {
            case .failure(let problem):
                errors.add(problem == .invalidDate ? "date" : "time", problem.messageUK)
                return nil
            case .success(let instant):
                if instant < now.addingTimeInterval(-60) {
                    errors.add(
                        "time",
                        "Цей час уже минув (зараз \(PushSchedule.format(now, in: zone))). Оберіть час у майбутньому "
                            + "або «Надіслати зараз».")
                } else if instant > now.addingTimeInterval(366 * 86_400) {
                    errors.add("date", NotifyError.scheduledTooFar.messageUK)
                }
                return instant
            }
        default:
            errors.add("when", "Оберіть, коли надіслати: зараз чи у визначений час.")
            return nil
        }
    }

    /// The form field a refusal of the outbox belongs to (the form checks all of these first; this covers a
    /// settlement removed meanwhile, or a time that passed while the preview was open).
    static func field(for error: NotifyError, emergency: Bool = false) -> String {
        switch error {
        case .unknownTopic: "topic"
        case .emptyText, .textTooLong: emergency ? "details_uk" : "text_uk"
        case .invalidLink: emergency ? "shelters_url" : "link_url"
        case .invalidLocation: "latitude"
        case .emptyAudience, .unknownSettlements: "settlement"
        case .unknownDistricts: "district"
        case .scheduledInPast, .scheduledTooFar: "time"
        default: emergency ? "kind" : "text_uk"
        }
    }

    // MARK: Helpers

    static func isWebAddress(_ text: String) -> Bool {
        guard text.count <= 2_000, !text.contains(where: \.isWhitespace), let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// Degrees written with a point or a comma (`50.54`, `50,54`), within ±`limit`.
    static func degrees(_ text: String, limit: Double) -> Double? {
        guard !text.isEmpty, text.count <= 30,
            let value = Double(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")),
            value.isFinite, abs(value) <= limit
        else { return nil }
        return value
    }

    static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

extension String {
    /// `nil` for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
