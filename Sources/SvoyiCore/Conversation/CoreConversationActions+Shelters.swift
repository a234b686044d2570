import Foundation

extension CoreConversationActions {
    /// How many shelters `shelters.nearest` lists.
    public static let nearestShelterCount = 3

    /// `shelters.nearest`: the three shelters nearest to the `location` argument, nearest first, each with its
    /// distance, address, kind, whether it is always open and its accessibility, and a map pin.
    ///
    /// Without a location it shows nothing and sets `locationNeeded` to `true`, so the dialogue can branch to a
    /// `location` question and call it again. Otherwise it sets `locationNeeded` to `false` and `shelterCount`.
    public static let nearestShelters = ConversationAction(
        name: "shelters.nearest",
        summary: LocalizedText(
            uk: "Три найближчі укриття до надісланої геолокації (аргумент location)",
            en: "The three shelters nearest to a shared location (argument location)")
    ) { call in
        guard case .location(let latitude, let longitude)? = call.arguments["location"] else {
            return ConversationActionResult(variables: ["locationNeeded": .bool(true)])
        }
        let (store, _) = try await context(of: call)
        let point = Coordinates(latitude: latitude, longitude: longitude)
        let nearest = try await store.nearestInstitutions(
            hromadaID: call.hromadaID, kind: .shelter, to: point, limit: nearestShelterCount)
        let language = call.language
        var messages: [BotMessage] = []
        if nearest.isEmpty {
            messages.append(
                .text(
                    PlaceText.pick(
                        "У довіднику громади немає укриттів з координатами. Уточніть на сайті громади або за номером 101.",
                        "The hromada's directory has no shelters with coordinates. Check the hromada's website or call 101.",
                        language)))
        } else {
            messages.append(.text(PlaceText.pick("Найближчі укриття:", "The nearest shelters:", language)))
        }
        for (index, near) in nearest.enumerated() {
            let shelter = near.institution
            var lines = [
                "\(index + 1). \(shelter.name.text(for: language.rawValue)) — "
                    + PlaceText.distance(near.distanceMetres, language: language),
                shelter.address.text(for: language.rawValue),
            ]
            if let facts = shelter.shelter { lines.append(PlaceText.shelterFacts(facts, language: language)) }
            lines.append(PlaceText.accessibility(shelter.accessibility, language: language))
            messages.append(.text(lines.joined(separator: "\n")))
            if let pin = PlaceText.pin(shelter, language: language) { messages.append(pin) }
        }
        return ConversationActionResult(
            messages: messages,
            variables: ["locationNeeded": .bool(false), "shelterCount": .number(Double(nearest.count))])
    }
}
