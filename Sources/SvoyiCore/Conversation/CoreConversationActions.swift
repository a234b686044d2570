import Foundation

/// The steps SvoyiCore offers dialogues, over the hromada's community data: where the ЦНАП is and when it is open
/// today (`cnap.offices`), the three shelters nearest to a shared location (`shelters.nearest`) and where a
/// service is provided (`catalog.places`). ``CoreModule`` contributes them through
/// ``Module/conversationActions``.
public enum CoreConversationActions {
    /// Every core action.
    public static var all: [ConversationAction] { [cnapOffices, nearestShelters, cataloguePlaces] }

    /// The kinds of place that count as the ЦНАП: the main office, its branches, remote and mobile workplaces.
    public static let cnapKinds: [Institution.Kind] = [.cnapOffice, .cnapBranch, .remoteWorkplace, .mobileOffice]

    /// `cnap.offices`: each ЦНАП office, branch and remote workplace with its address, today's hours, the weekly
    /// schedule and phones, and a map pin. Sets `officeCount`.
    public static let cnapOffices = ConversationAction(
        name: "cnap.offices",
        summary: LocalizedText(
            uk: "Адреси ЦНАП і його віддалених робочих місць із графіком на сьогодні",
            en: "Addresses of the TsNAP and its remote workplaces with today's hours")
    ) { call in
        let (store, zone) = try await context(of: call)
        let today = CivilDate(call.now, in: zone)
        // Only the ЦНАП's own kinds are read (and their JSON columns decoded), not every institution of the hromada.
        let offices = try await store.database.read { db in
            try cnapKinds.flatMap { kind in
                try CommunityStore.institutions(hromadaID: call.hromadaID, kind: kind, in: db)
            }
        }
        var messages: [BotMessage] = []
        for office in offices {
            messages.append(.text(PlaceText.card(office, today: today, language: call.language)))
            if let pin = PlaceText.pin(office, language: call.language) { messages.append(pin) }
        }
        if offices.isEmpty {
            messages.append(
                .text(
                    PlaceText.pick(
                        "Адрес ЦНАП у довіднику громади поки немає; їх можна дізнатися на сайті громади.",
                        "The hromada's directory has no TsNAP addresses yet; see the hromada's website.",
                        call.language)))
        }
        return ConversationActionResult(messages: messages, variables: ["officeCount": .number(Double(offices.count))])
    }

    /// `catalog.places`: where the service with the `service` argument (its catalogue code) is provided, with
    /// addresses and today's hours. Sets `serviceFound` and `placeCount`.
    public static let cataloguePlaces = ConversationAction(
        name: "catalog.places",
        summary: LocalizedText(
            uk: "Де в громаді надають послугу (аргумент service — код послуги)",
            en: "Where in the hromada a service is provided (argument service: the service's code)")
    ) { call in
        let (store, zone) = try await context(of: call)
        let today = CivilDate(call.now, in: zone)
        guard case .text(let code)? = call.arguments["service"],
            let service = try await store.service(code: code, hromadaID: call.hromadaID)
        else {
            let text = PlaceText.pick(
                "Цієї послуги немає в каталозі нашої громади. Адміністратор ЦНАП підкаже, куди звернутися.",
                "This service is not in our hromada's catalogue. A TsNAP administrator will tell you where to go.",
                call.language)
            return ConversationActionResult(
                messages: [.text(text)], variables: ["serviceFound": .bool(false), "placeCount": .number(0)])
        }
        let places = try await store.database.read { db in
            try service.providedAt.compactMap {
                try CommunityStore.institution(code: $0, hromadaID: call.hromadaID, in: db)
            }
        }
        let name = service.name.text(for: call.language.rawValue)
        var messages = [
            BotMessage.text(PlaceText.pick("Де отримати «\(name)»:", "Where to get “\(name)”:", call.language))
        ]
        for place in places {
            messages.append(.text(PlaceText.card(place, today: today, language: call.language)))
            if let pin = PlaceText.pin(place, language: call.language) { messages.append(pin) }
        }
        return ConversationActionResult(
            messages: messages,
            variables: ["serviceFound": .bool(true), "placeCount": .number(Double(places.count))])
    }

    /// The community store and the hromada's time zone for a call; throws when the call has no database.
    static func context(of call: ConversationActionCall) async throws -> (CommunityStore, TimeZone) {
        guard let database = call.database else { throw ConversationActionError.noDatabase }
        // Only the time zone: the whole hromada (its hosts, its locales as JSON) is not needed here.
        let zone = try await database.read { db in
            try db.scalar("SELECT time_zone FROM hromadas WHERE id = ?", [.integer(call.hromadaID)], as: String.self)
        }
        guard let zone else { throw ConversationActionError.hromadaNotFound }
        return (CommunityStore(database: database), TimeZone(identifier: zone) ?? TimeZone(identifier: "Europe/Kyiv")!)
    }
}

/// Why a core action could not run; the engine apologises and the conversation goes on.
public enum ConversationActionError: String, Error, Sendable {
    /// The action needs the database and the call has none.
    case noDatabase = "action_needs_database"
    /// The call's hromada does not exist.
    case hromadaNotFound = "hromada_not_found"
}
