public import Foundation
public import SvoyiCore

/// The registry of the hromadas' messenger bots, Telegram and Viber alike: who the bot is, its sealed token, where
/// its API lives, and how it receives updates.
///
/// Each async method is one transaction and reads the time from the injected clock. A hromada has at most one
/// enabled bot per messenger; disabled ones stay listed so they can be enabled again.
///
/// ```swift
/// let bots = BotStore(database: database, secretKey: try directory.secretKey())
/// let bot = try await bots.add(.init(channel: .telegram, hromadaID: 1, name: "Бот громади", token: token))
/// let credentials = try await bots.credentials(id: bot.id)  // the token, for API calls
/// ```
public struct BotStore: Sendable {
    /// Where the registry lives; migrated with ``ChatbotModule/migrations``.
    public let database: any Database
    /// The source of "now" (creation times).
    public let clock: any WallClock
    let secrets: SecretBox
    let digestKey: [UInt8]

    /// A store over `database`; `secretKey` is the installation's secret key (``DataDirectory/secretKey()``), which
    /// seals the tokens.
    public init(database: any Database, secretKey: [UInt8], clock: any WallClock = SystemClock()) {
        self.database = database
        self.clock = clock
        self.secrets = SecretBox(key: secretKey)
        self.digestKey = HMAC<SHA256>.authenticationCode(for: Array("svoyi bot tokens".utf8), key: secretKey)
    }

    /// What ``add(_:)`` needs to register a bot.
    public struct NewBot: Sendable {
        public var channel: BotChannel
        public var hromadaID: Int64
        /// The name the messenger shows (Telegram `getMe` `first_name`, Viber `get_account_info` `name`).
        public var name: String
        /// Telegram `username` (without `@`) or Viber `uri`, when known.
        public var username: String?
        /// The messenger's token.
        public var token: String
        /// `nil` for the messenger's own API (``BotChannel/defaultAPIBase``).
        public var apiBase: URL?
        public var mode: BotMode
        /// Whether the new bot is enabled at once (refused when the hromada has an enabled bot in this messenger).
        public var enabled: Bool
        /// Messages a second for the outbox, within ``BotChannel/sendRates``; `nil` for the messenger's default.
        public var sendRate: Int?

        public init(
            channel: BotChannel, hromadaID: Int64, name: String, username: String? = nil, token: String,
            apiBase: URL? = nil, mode: BotMode = .webhook, enabled: Bool = true, sendRate: Int? = nil
        ) {
            self.channel = channel
            self.hromadaID = hromadaID
            self.name = name
            self.username = username
            self.token = token
            self.apiBase = apiBase
            self.mode = mode
            self.enabled = enabled
            self.sendRate = sendRate
        }
    }

    /// Registers a bot with a fresh public id and, for Telegram, a fresh webhook secret.
    ///
    /// Throws ``BotStoreError``: `invalidToken`, `invalidName`, `invalidAPIBase`, `modeUnsupported`,
    /// `invalidSendRate`, `hromadaNotFound`, `tokenAlreadyRegistered`, `alreadyEnabled`.
    public func add(_ new: NewBot) async throws -> Bot {
        let now = clock.now
        return try await database.write { db in try add(new, now: now, in: db) }
    }

    /// ``add(_:)`` inside the caller's transaction.
    public func add(_ new: NewBot, now: Date, in db: any DatabaseConnection) throws -> Bot {
        let token = new.token.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.isValidToken(token, channel: new.channel) else { throw BotStoreError.invalidToken }
        let name = try Self.checkedName(new.name)
        let username = try new.username.map { try Self.checkedUsername($0, channel: new.channel) }
        let apiBase = try Self.checkedAPIBase(new.apiBase ?? new.channel.defaultAPIBase)
        if new.channel == .viber, new.mode == .polling {
            throw BotStoreError.modeUnsupported(channel: .viber, mode: .polling)
        }
        if let rate = new.sendRate { try Self.checkSendRate(rate, channel: new.channel) }
        guard try db.queryFirst("SELECT 1 FROM hromadas WHERE id = ?", new.hromadaID) != nil else {
            throw BotStoreError.hromadaNotFound
        }
        let digest = tokenDigest(token)
        guard try db.queryFirst("SELECT 1 FROM chatbot_bots WHERE token_digest = ?", digest) == nil else {
            throw BotStoreError.tokenAlreadyRegistered
        }
        if new.enabled { try checkNoOtherEnabled(hromadaID: new.hromadaID, channel: new.channel, except: nil, in: db) }
        var id: String
        repeat {
            id = SecureRandom.token(bytes: 16)
        } while try db.queryFirst(
            "SELECT 1 FROM chatbot_bots WHERE id = ?", id) != nil
        let secret: Data? =
            new.channel == .telegram
            ? Data(secrets.seal(Array(Self.newWebhookSecret().utf8), context: Self.secretContext(id))) : nil
        try db.execute(
            """
            INSERT INTO chatbot_bots (id, hromada_id, channel, name, username, token_sealed, token_digest,
                webhook_secret_sealed, api_base, mode, enabled, created_at, send_rate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, id, new.hromadaID, new.channel.rawValue, name, username,
            Data(secrets.seal(Array(token.utf8), context: Self.tokenContext(id))), digest, secret,
            apiBase.absoluteString, new.mode.rawValue, new.enabled, now, new.sendRate)
        return try Self.bot(id: id, in: db)!
    }

    /// The bot with public id `id`, or `nil`.
    public func bot(id: String) async throws -> Bot? {
        try await database.read { db in try Self.bot(id: id, in: db) }
    }

    /// The bot with public id `id`, or `nil`, inside the caller's transaction.
    public static func bot(id: String, in db: any DatabaseConnection) throws -> Bot? {
        guard isWellFormedID(id) else { return nil }
        return try db.queryFirst("SELECT \(columns) FROM chatbot_bots WHERE id = ?", id).map(decode)
    }

    /// The bot with its token (and Telegram webhook secret) opened, or `nil` when there is no such bot.
    ///
    /// Throws ``BotStoreError/sealedSecretUnreadable`` when the installation's secret key is not the one the token
    /// was sealed with.
    public func credentials(id: String) async throws -> BotCredentials? {
        try await database.read { db in try credentials(id: id, in: db) }
    }

    /// ``credentials(id:)`` inside the caller's transaction.
    public func credentials(id: String, in db: any DatabaseConnection) throws -> BotCredentials? {
        guard Self.isWellFormedID(id),
            let row = try db.queryFirst(
                "SELECT \(Self.columns), token_sealed, webhook_secret_sealed FROM chatbot_bots WHERE id = ?", id)
        else { return nil }
        let bot = try Self.decode(row)
        let sealedToken: Data = try row.get("token_sealed")
        let sealedSecret: Data? = try row.get("webhook_secret_sealed")
        do {
            let token = try secrets.open(Array(sealedToken), context: Self.tokenContext(id))
            let secret = try sealedSecret.map { try secrets.open(Array($0), context: Self.secretContext(id)) }
            return BotCredentials(
                bot: bot, token: String(decoding: token, as: UTF8.self),
                webhookSecret: secret.map { String(decoding: $0, as: UTF8.self) })
        } catch {
            throw BotStoreError.sealedSecretUnreadable
        }
    }

    /// Every bot, or those of one hromada and/or messenger, oldest first.
    public func bots(hromadaID: Int64? = nil, channel: BotChannel? = nil) async throws -> [Bot] {
        try await database.read { db in
            try db.query(
                """
                SELECT \(Self.columns) FROM chatbot_bots
                WHERE (? IS NULL OR hromada_id = ?) AND (? IS NULL OR channel = ?)
                ORDER BY created_at, id
                """, hromadaID, hromadaID, channel?.rawValue, channel?.rawValue
            ).map(Self.decode)
        }
    }

    /// The messengers the hromada has an enabled bot in (no token is read, so no key is needed).
    public static func enabledChannels(hromadaID: Int64, in db: any DatabaseConnection) throws -> Set<BotChannel> {
        Set(
            try db.query("SELECT DISTINCT channel FROM chatbot_bots WHERE hromada_id = ? AND enabled = 1", hromadaID)
                .compactMap { BotChannel(rawValue: try $0.get("channel", as: String.self)) })
    }

    /// The hromada's enabled bot in `channel`, or `nil`.
    public func enabledBot(hromadaID: Int64, channel: BotChannel) async throws -> Bot? {
        try await database.read { db in
            try db.queryFirst(
                "SELECT \(Self.columns) FROM chatbot_bots WHERE hromada_id = ? AND channel = ? AND enabled = 1",
                hromadaID, channel.rawValue
            ).map(Self.decode)
        }
    }

    /// Enables or disables a bot. Enabling is refused with ``BotStoreError/alreadyEnabled(channel:existingID:)``
    /// while another bot of the hromada in the same messenger is enabled.
    @discardableResult
    public func setEnabled(_ enabled: Bool, id: String) async throws -> Bot {
        try await database.write { db in
            let bot = try Self.require(id, in: db)
            if enabled { try checkNoOtherEnabled(hromadaID: bot.hromadaID, channel: bot.channel, except: id, in: db) }
            try db.execute("UPDATE chatbot_bots SET enabled = ? WHERE id = ?", enabled, id)
            return try Self.require(id, in: db)
        }
    }

    /// Switches between webhook and polling (Telegram). Polling starts from the stored offset.
    @discardableResult
    public func setMode(_ mode: BotMode, id: String) async throws -> Bot {
        try await database.write { db in
            let bot = try Self.require(id, in: db)
            if bot.channel == .viber, mode == .polling {
                throw BotStoreError.modeUnsupported(channel: .viber, mode: mode)
            }
            try db.execute("UPDATE chatbot_bots SET mode = ? WHERE id = ?", mode.rawValue, id)
            return try Self.require(id, in: db)
        }
    }

    /// Stores what the messenger says the bot is called (after `getMe` or `get_account_info`).
    @discardableResult
    public func setProfile(name: String, username: String?, id: String) async throws -> Bot {
        try await database.write { db in
            let bot = try Self.require(id, in: db)
            let name = try Self.checkedName(name)
            let username = try username.map { try Self.checkedUsername($0, channel: bot.channel) }
            try db.execute("UPDATE chatbot_bots SET name = ?, username = ? WHERE id = ?", name, username, id)
            return try Self.require(id, in: db)
        }
    }

    /// Moves the `getUpdates` offset forward (never back) inside the caller's transaction.
    public static func advancePollOffset(to offset: Int64, id: String, in db: any DatabaseConnection) throws {
        try db.execute("UPDATE chatbot_bots SET poll_offset = ? WHERE id = ? AND poll_offset < ?", offset, id, offset)
    }

    /// Replaces the Telegram webhook secret with a fresh one and returns it (pass it to `setWebhook` at once: until
    /// Telegram has it, its deliveries are refused with 401 and retried).
    public func rotateWebhookSecret(id: String) async throws -> String {
        try await database.write { db in
            let bot = try Self.require(id, in: db)
            guard bot.channel == .telegram else {
                throw BotStoreError.modeUnsupported(channel: bot.channel, mode: .webhook)
            }
            let secret = Self.newWebhookSecret()
            try db.execute(
                "UPDATE chatbot_bots SET webhook_secret_sealed = ? WHERE id = ?",
                Data(secrets.seal(Array(secret.utf8), context: Self.secretContext(id))), id)
            return secret
        }
    }

    /// Removes a bot from the registry (its residents and conversations stay). Throws ``BotStoreError/notFound``.
    public func delete(id: String) async throws {
        try await database.write { db in
            _ = try Self.require(id, in: db)
            try db.execute("DELETE FROM chatbot_bots WHERE id = ?", id)
        }
    }
}

extension BotStore {
    static let columns =
        "id, hromada_id, channel, name, username, api_base, mode, enabled, poll_offset, created_at, send_rate"

    static func decode(_ row: Row) throws -> Bot {
        let channelText: String = try row.get("channel")
        let modeText: String = try row.get("mode")
        let baseText: String = try row.get("api_base")
        guard let channel = BotChannel(rawValue: channelText) else {
            throw DecodingFailure(expected: "a bot channel", found: .text(channelText), column: "channel")
        }
        guard let mode = BotMode(rawValue: modeText) else {
            throw DecodingFailure(expected: "a bot mode", found: .text(modeText), column: "mode")
        }
        guard let base = URL(string: baseText) else {
            throw DecodingFailure(expected: "a URL", found: .text(baseText), column: "api_base")
        }
        return Bot(
            id: try row.get("id"), hromadaID: try row.get("hromada_id"), channel: channel, name: try row.get("name"),
            username: try row.get("username"), apiBase: base, mode: mode, isEnabled: try row.get("enabled"),
            pollOffset: try row.get("poll_offset"), createdAt: try row.get("created_at"),
            sendRate: try row.get("send_rate", as: Int?.self))
    }

    static func require(_ id: String, in db: any DatabaseConnection) throws -> Bot {
        guard let bot = try bot(id: id, in: db) else { throw BotStoreError.notFound }
        return bot
    }

    func checkNoOtherEnabled(
        hromadaID: Int64, channel: BotChannel, except id: String?, in db: any DatabaseConnection
    ) throws {
        if let existing = try db.scalar(
            "SELECT id FROM chatbot_bots WHERE hromada_id = ? AND channel = ? AND enabled = 1 AND id <> ?",
            [.integer(hromadaID), .text(channel.rawValue), .text(id ?? "")], as: String.self)
        {
            throw BotStoreError.alreadyEnabled(channel: channel, existingID: existing)
        }
    }

    func tokenDigest(_ token: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Array(token.utf8), key: digestKey).map {
            String($0, radix: 16).leftPadded(to: 2)
        }.joined()
    }

    static func tokenContext(_ id: String) -> String { "bot:\(id):token" }
    static func secretContext(_ id: String) -> String { "bot:\(id):webhook-secret" }

    /// 32 random bytes in base64url: 43 characters of `A-Za-z0-9_-`, as Telegram's `secret_token` allows.
    static func newWebhookSecret() -> String { SecureRandom.token(bytes: 32) }

    /// Whether `id` could be a bot id (22 base64url characters); anything else is not looked up.
    public static func isWellFormedID(_ id: String) -> Bool {
        id.utf8.count == 22 && id.utf8.allSatisfy(isBase64URL)
    }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    /// Telegram: `<bot id digits>:<secret of 30+ base64url characters>`; Viber: 10–200 of `A-Za-z0-9-`.
    public static func isValidToken(_ token: String, channel: BotChannel) -> Bool {
        switch channel {
        case .telegram:
            let parts = token.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, (1...20).contains(parts[0].utf8.count), (30...100).contains(parts[1].utf8.count)
            else { return false }
            return parts[0].utf8.allSatisfy { (48...57).contains($0) } && parts[1].utf8.allSatisfy(isBase64URL)
        case .viber:
            return (10...200).contains(token.utf8.count)
                && token.utf8.allSatisfy { isBase64URL($0) && $0 != UInt8(ascii: "_") }
        }
    }

    static func checkedName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 128, !trimmed.contains(where: \.isNewline) else {
            throw BotStoreError.invalidName
        }
        return trimmed
    }

    static func checkedUsername(_ username: String, channel: BotChannel) throws -> String {
        var trimmed = username.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") { trimmed.removeFirst() }
        let extra: Set<UInt8> = channel == .viber ? [UInt8(ascii: ":"), UInt8(ascii: "/")] : []
        guard (1...64).contains(trimmed.utf8.count),
            trimmed.utf8.allSatisfy({ isBase64URL($0) || $0 == UInt8(ascii: ".") || extra.contains($0) })
        else { throw BotStoreError.invalidName }
        return trimmed
    }

    /// An absolute http(s) URL with a host and no query, fragment or user info; a trailing `/` is dropped.
    public static func checkedAPIBase(_ url: URL) throws -> URL {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil,
            components.user == nil, components.password == nil
        else { throw BotStoreError.invalidAPIBase }
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let cleaned = URL(string: text) else { throw BotStoreError.invalidAPIBase }
        return cleaned
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
