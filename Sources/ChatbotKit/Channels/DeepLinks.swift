public import SvoyiCore

/// The payloads of messenger deep links and QR codes, shared by every channel: Telegram's
/// `https://t.me/<bot>?start=<payload>` (the bot receives `/start <payload>`) and Viber's
/// `viber://pa?chatURI=<uri>&context=<payload>`.
///
/// A payload is 1–64 characters of `A-Za-z0-9_-` (Telegram's rule, which Viber's context also fits). Its prefix
/// picks a route; the rest is the route's argument. Built in:
///
/// | payload | what it does |
/// |---|---|
/// | `d_<dialogue id>` | opens that published dialogue (`d_id_card`) |
/// | `link_<code>` | joins this messenger account to the resident who made the link code (``ResidentStore/createLinkCode(residentID:hromadaID:)``) |
///
/// Other modules add theirs at wiring time, e.g. `.dialogue(prefix: "rate_", dialogueID: "rating", variable: "code")`
/// opens the rating dialogue with `code` set, so a kit ships a dialogue and an action, never a dependency on this
/// one. An unknown or malformed payload leads to the main menu with a polite note.
public struct DeepLinks: Sendable {
    /// The routes, longest prefix first.
    public private(set) var routes: [DeepLinkRoute]

    /// The built-in routes (`d_`, `link_`) and `extra` ones. A prefix given twice is a programming error.
    public init(_ extra: [DeepLinkRoute] = []) {
        let all = [DeepLinkRoute.openDialogue, DeepLinkRoute.linkCode] + extra
        precondition(Set(all.map(\.prefix)).count == all.count, "deep-link prefixes must be unique")
        precondition(all.allSatisfy { Self.isValid($0.prefix) }, "deep-link prefixes use A-Za-z0-9_- only")
        routes = all.sorted { $0.prefix.utf8.count > $1.prefix.utf8.count }
    }

    /// The route and argument of a payload, or `nil` for a malformed payload or an unknown prefix.
    public func match(_ payload: String) -> (route: DeepLinkRoute, argument: String)? {
        guard Self.isValid(payload) else { return nil }
        for route in routes where payload.hasPrefix(route.prefix) {
            return (route, String(payload.dropFirst(route.prefix.count)))
        }
        return nil
    }

    /// Whether `payload` is 1–64 characters of `A-Za-z0-9_-`.
    public static func isValid(_ payload: String) -> Bool {
        (1...64).contains(payload.utf8.count) && payload.utf8.allSatisfy(BotStore.isBase64URL)
    }

    /// `https://t.me/<username>?start=<payload>`: the link a QR code for a Telegram bot encodes.
    public static func telegramLink(username: String, payload: String) -> String? {
        guard isValid(payload), !username.isEmpty, username.utf8.allSatisfy(BotStore.isBase64URL) else { return nil }
        return "https://t.me/\(username)?start=\(payload)"
    }
}

/// One deep-link prefix and what it does with the argument after it.
public struct DeepLinkRoute: Sendable {
    /// What a route decides.
    public enum Outcome: Sendable, Hashable {
        /// Open this published dialogue with these variables.
        case openDialogue(String, variables: [String: ConversationValue])
        /// Say these messages, then show the main menu.
        case say([BotMessage])
        /// The argument means nothing: the main menu with the polite note.
        case unknown
    }

    /// What a route is asked.
    public struct Request: Sendable {
        /// The payload after the prefix (possibly empty).
        public var argument: String
        public var channel: ResidentChannel
        /// The messenger's id of the person (the Telegram chat id, the Viber user id).
        public var externalID: String
        public var hromadaID: Int64
        public var residentID: Int64
        public var language: Language
        /// The residents, for routes that link or verify.
        public var residents: ResidentStore

        public init(
            argument: String, channel: ResidentChannel, externalID: String, hromadaID: Int64, residentID: Int64,
            language: Language, residents: ResidentStore
        ) {
            self.argument = argument
            self.channel = channel
            self.externalID = externalID
            self.hromadaID = hromadaID
            self.residentID = residentID
            self.language = language
            self.residents = residents
        }
    }

    /// The prefix, including its separator (`rate_`).
    public let prefix: String
    /// Decides what the payload does.
    public let resolve: @Sendable (Request) async throws -> Outcome

    public init(prefix: String, resolve: @escaping @Sendable (Request) async throws -> Outcome) {
        self.prefix = prefix
        self.resolve = resolve
    }

    /// A route that opens `dialogueID` with the argument in `variable` (a `[a-zA-Z0-9_-]` text of up to 64
    /// characters). An empty argument is unknown.
    public static func dialogue(prefix: String, dialogueID: String, variable: String) -> DeepLinkRoute {
        DeepLinkRoute(prefix: prefix) { request in
            request.argument.isEmpty
                ? .unknown : .openDialogue(dialogueID, variables: [variable: .text(request.argument)])
        }
    }

    /// `d_<dialogue id>`: opens the dialogue.
    public static let openDialogue = DeepLinkRoute(prefix: "d_") { request in
        DialogueValidator.isValidDialogueID(request.argument)
            ? .openDialogue(request.argument, variables: [:]) : .unknown
    }

    /// `link_<code>`: redeems a resident link code for this messenger account.
    public static let linkCode = DeepLinkRoute(prefix: "link_") { request in
        do {
            _ = try await request.residents.redeemLinkCode(
                request.argument, channel: request.channel, externalID: request.externalID,
                hromadaID: request.hromadaID)
            return .say([.text(DeepLinkTexts.linked.text(in: request.language))])
        } catch ResidentError.linkCodeExpired {
            return .say([.text(DeepLinkTexts.linkExpired.text(in: request.language))])
        } catch ResidentError.linkCodeInvalid, ResidentError.invalidExternalID {
            return .say([.text(DeepLinkTexts.linkInvalid.text(in: request.language))])
        } catch ResidentError.identityConflict {
            return .say([.text(DeepLinkTexts.linkConflict.text(in: request.language))])
        }
    }
}

/// What the deep-link routes say, in Ukrainian and English.
enum DeepLinkTexts {
    static let unknown = LocalizedText(
        uk: "Це посилання чи QR-код мені не відоме, або воно застаріло. Ось головне меню:",
        en: "I don't know this link or QR code, or it has expired. Here is the main menu:")
    static let linked = LocalizedText(
        uk: "Готово: цей месенджер приєднано до вашого профілю в боті громади.",
        en: "Done: this messenger is now joined to your profile in the hromada's bot.")
    static let linkExpired = LocalizedText(
        uk: "Код приєднання вже не діє (він дійсний 15 хвилин). Створіть новий і спробуйте ще раз.",
        en: "The joining code has expired (it is valid for 15 minutes). Create a new one and try again.")
    static let linkInvalid = LocalizedText(
        uk: "Код приєднання неправильний або вже використаний.",
        en: "The joining code is wrong or has already been used.")
    static let linkConflict = LocalizedText(
        uk: "Ці профілі підтверджено як профілі різних людей, тому їх не можна об'єднати. Зверніться до ЦНАП.",
        en: "These profiles are verified as different people, so they cannot be joined. Please contact the TsNAP.")
}
