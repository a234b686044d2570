import Foundation

/// The dialogues Svoyi ships with: the main menu and its four blocks («Послуги», «Я + Влада», «Моя громада»,
/// «Налаштування»), fifteen consultations on the most requested ЦНАП services, information for IDPs, shelters,
/// ЦНАП offices, official sources and frequent questions.
///
/// Each dialogue is editable data: JSON in its own file (`ShippedDialogues+<Name>.swift`), in the format
/// `docs/dialogues.md` describes. A hromada imports them as its first published versions and edits them from there.
/// Costs, terms, documents and places are never written here: `facts` nodes read them from the hromada's catalogue.
/// Consultations carry their legal basis and the date they were last checked against the law.
public enum ShippedDialogues {
    /// The JSON of every shipped dialogue, the menus first.
    public static let json: [String] = [
        main, services, meAndPower, myHromada, settings,
        idCard, foreignPassport, criminalRecord, licensePlate, landCadastreExtract, propertyRegister, emalyatko,
        fopRegistration, permits, registeredPersons, residence, unemployment, idpCertificate, housingSubsidy,
        largeFamily,
        cnapOffices, shelters, officialSources, idpInfo,
        faq, faqCnapHours, faqChildDocs, faqFees, faqLostDocs, faqWhatIsIdp, faqCouncilAppeal, faqOnline,
        faqRepresentative, faqHomeVisit, faqLegalAid, faqEmergency, faqRnokpp,
    ]

    /// Every shipped dialogue, decoded. The content tests decode each one, so a dialogue that does not decode is a
    /// programming error caught before release.
    public static var all: [Dialogue] { decoded }

    private static let decoded: [Dialogue] = json.map { text in
        do {
            return try decode(text)
        } catch {
            preconditionFailure("A shipped dialogue does not decode: \(error)")
        }
    }

    /// Decodes one dialogue from its JSON.
    public static func decode(_ json: String) throws -> Dialogue {
        try JSONDecoder().decode(Dialogue.self, from: Data(json.utf8))
    }
}
