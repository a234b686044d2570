public import SvoyiCore

/// What every messenger channel does with a person's message once it has read it off the wire: finds (or creates)
/// the resident behind the messenger id, which also marks the channel active in the subscriber ledger, records a
/// phone shared through the contact button, follows deep links, and runs the input through the conversation.
///
/// The Telegram and Viber channels both hand their decoded inputs here, so a resident gets the same bot in each.
public struct MessengerInbox: Sendable {
    /// Who sent a message, as the messenger describes them.
    public struct Sender: Sendable, Hashable {
        public var channel: ResidentChannel
        /// The messenger's id for the person (a Telegram chat id, a Viber user id).
        public var externalID: String
        /// The name the messenger shows, when it gives one.
        public var displayName: String?
        /// The messenger's language for the person, used for a new resident only.
        public var language: Language

        public init(channel: ResidentChannel, externalID: String, displayName: String?, language: Language) {
            self.channel = channel
            self.externalID = externalID
            self.displayName = displayName
            self.language = language
        }

        /// The conversation key: `telegram:<chat id>`, `viber:<user id>`.
        public var conversationKey: String { "\(channel.rawValue):\(externalID)" }
    }

    public let conversations: ConversationService
    public let residents: ResidentStore
    public let deepLinks: DeepLinks

    public init(conversations: ConversationService, residents: ResidentStore, deepLinks: DeepLinks = DeepLinks()) {
        self.conversations = conversations
        self.residents = residents
        self.deepLinks = deepLinks
    }

    /// Handles one input and returns the bot's reply. A contact marked as the sender's own is recorded as the
    /// resident's phone (raising them to the phone level) before the dialogue sees it; anyone else's is not.
    public func receive(_ input: ResidentInput, from sender: Sender, hromadaID: Int64) async throws -> [BotMessage] {
        let resident = try await residentOnContact(sender, hromadaID: hromadaID)
        if case .contact(let phone, true) = input {
            do {
                _ = try await residents.recordPhone(
                    phone, channel: sender.channel, residentID: resident.id, hromadaID: hromadaID)
            } catch ResidentError.invalidPhone {
                // Not a Ukrainian number: nothing is recorded; the dialogue still gets the answer.
            }
        }
        _ = try await languagePrelude(sender, resident: resident, hromadaID: hromadaID)
        return try await conversations.receive(
            input, from: sender.conversationKey, hromadaID: hromadaID, residentID: resident.id)
    }

    /// Handles a start with a deep-link `payload` (`nil` or empty for a plain start): the route's dialogue or
    /// messages, or the main menu with a polite note for a payload no route knows.
    public func start(payload: String?, from sender: Sender, hromadaID: Int64) async throws -> [BotMessage] {
        let resident = try await residentOnContact(sender, hromadaID: hromadaID)
        _ = try await languagePrelude(sender, resident: resident, hromadaID: hromadaID)
        let key = sender.conversationKey
        let menu: () async throws -> [BotMessage] = {
            try await conversations.receive(
                .button(GlobalCommand.mainMenu.payload), from: key, hromadaID: hromadaID, residentID: resident.id)
        }
        guard let payload, !payload.isEmpty else { return try await menu() }
        let language = try await conversations.state(of: key, hromadaID: hromadaID)?.language ?? resident.language
        guard let (route, argument) = deepLinks.match(payload) else {
            return [.text(DeepLinkTexts.unknown.text(in: language))] + (try await menu())
        }
        let outcome = try await route.resolve(
            DeepLinkRoute.Request(
                argument: argument, channel: sender.channel, externalID: sender.externalID, hromadaID: hromadaID,
                residentID: resident.id, language: language, residents: residents))
        switch outcome {
        case .openDialogue(let id, let variables):
            return try await conversations.open(
                dialogue: id, variables: variables, from: key, hromadaID: hromadaID, residentID: resident.id)
        case .say(let messages):
            return messages + (try await menu())
        case .unknown:
            return [.text(DeepLinkTexts.unknown.text(in: language))] + (try await menu())
        }
    }

    func residentOnContact(_ sender: Sender, hromadaID: Int64) async throws -> Resident {
        try await residents.findOrCreate(
            channel: sender.channel, externalID: sender.externalID, displayName: sender.displayName,
            language: sender.language, hromadaID: hromadaID)
    }

    /// A resident whose language is not Ukrainian starts their first conversation in it (the reply to the language
    /// switch itself is not shown).
    func languagePrelude(_ sender: Sender, resident: Resident, hromadaID: Int64) async throws -> Bool {
        guard resident.language != .uk,
            try await conversations.state(of: sender.conversationKey, hromadaID: hromadaID) == nil
        else { return false }
        _ = try await conversations.receive(
            .button(GlobalCommand.language(resident.language).payload), from: sender.conversationKey,
            hromadaID: hromadaID, residentID: resident.id)
        return true
    }
}
