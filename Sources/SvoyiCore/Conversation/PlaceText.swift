import Foundation

/// How the core conversation actions describe places to residents, in Ukrainian or English.
enum PlaceText {
    /// `uk` or `en` by the language.
    static func pick(_ uk: String, _ en: String, _ language: Language) -> String {
        language == .en ? en : uk
    }

    /// The name, address, today's hours, weekly schedule and phones of a place, one per line.
    static func card(_ place: Institution, today: CivilDate, language: Language) -> String {
        var lines = [place.name.text(for: language.rawValue), place.address.text(for: language.rawValue)]
        if let hours = todayHours(place.openingHours, today: today, language: language) { lines.append(hours) }
        if !place.openingHours.week.isEmpty {
            lines.append(
                pick("Графік: ", "Hours: ", language) + place.openingHours.summary.text(for: language.rawValue))
        }
        if !place.contacts.phones.isEmpty {
            lines.append(pick("Телефон: ", "Phone: ", language) + place.contacts.phones.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// "Сьогодні: 08:00–17:00", "Сьогодні зачинено" (with the day's note when it has one), or `nil` for a place
    /// without a schedule.
    static func todayHours(_ schedule: WeeklySchedule, today: CivilDate, language: Language) -> String? {
        guard !schedule.week.isEmpty || !schedule.exceptions.isEmpty else { return nil }
        let hours = schedule.hours(on: today).sorted { $0.start < $1.start }
        var line =
            hours.isEmpty
            ? pick("Сьогодні зачинено", "Closed today", language)
            : pick("Сьогодні: ", "Today: ", language) + hours.map(\.summary).joined(separator: ", ")
        if let note = schedule.exceptions.first(where: { $0.date == today })?.note { line += " (\(note))" }
        return line
    }

    /// A map pin for a place with coordinates.
    static func pin(_ place: Institution, language: Language) -> BotMessage? {
        guard let point = place.coordinates else { return nil }
        return .location(
            place.name.text(for: language.rawValue), latitude: point.latitude, longitude: point.longitude,
            address: place.address.text(for: language.rawValue))
    }

    /// "350 м" below a kilometre (to 10 m), "1,2 км" above (to 100 m); English "350 m", "1.2 km".
    static func distance(_ metres: Double, language: Language) -> String {
        if metres < 995 {
            let rounded = Int((metres / 10).rounded()) * 10
            return "\(max(rounded, 10)) " + pick("м", "m", language)
        }
        let tenths = Int((metres / 100).rounded())
        let text = "\(tenths / 10)" + pick(",", ".", language) + "\(tenths % 10)"
        return text + " " + pick("км", "km", language)
    }

    /// The shelter's kind, capacity and whether it is always open.
    static func shelterFacts(_ facts: Institution.ShelterFacts, language: Language) -> String {
        let kind =
            switch facts.kind {
            case .blastShelter: pick("Сховище", "Blast shelter", language)
            case .antiRadiation: pick("Протирадіаційне укриття", "Anti-radiation shelter", language)
            case .simple: pick("Найпростіше укриття", "Basic shelter", language)
            case .dualUse: pick("Споруда подвійного призначення", "Dual-use structure", language)
            }
        var parts = [kind]
        if let capacity = facts.capacity {
            parts.append(pick("до \(capacity) осіб", "up to \(capacity) people", language))
        }
        parts.append(
            facts.alwaysOpen
                ? pick("відчинене цілодобово", "open round the clock", language)
                : pick("відчиняють під час тривоги", "opened during an alert", language))
        return parts.joined(separator: ", ")
    }

    /// What is known about physical access: what there is, what there is not, and the notes.
    static func accessibility(_ access: Institution.Accessibility, language: Language) -> String {
        let facts: [(Bool?, String, String, String, String)] = [
            (
                access.stepFreeEntrance, "вхід без сходинок", "step-free entrance", "є сходинки на вході",
                "steps at the entrance"
            ),
            (access.ramp, "пандус", "ramp", "без пандуса", "no ramp"),
            (access.elevatorOrGroundFloor, "ліфт або перший поверх", "lift or ground floor", "без ліфта", "no lift"),
            (access.accessibleToilet, "доступний туалет", "accessible toilet", "", ""),
        ]
        var parts: [String] = []
        for (value, yesUK, yesEN, noUK, noEN) in facts {
            if value == true { parts.append(pick(yesUK, yesEN, language)) }
            if value == false, !noUK.isEmpty { parts.append(pick(noUK, noEN, language)) }
        }
        var line =
            pick("Доступність: ", "Access: ", language)
            + (parts.isEmpty ? pick("немає даних", "not known", language) : parts.joined(separator: ", "))
        if let notes = access.notes { line += ". " + notes.text(for: language.rawValue) }
        return line
    }
}
