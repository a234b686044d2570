public import Foundation
public import SvoyiCore

/// What the bot registry keeps for Viber bots beyond ``Bot``: the sender picture shown beside every message.
public enum ViberProfiles {
    /// The `chatbot_viber_profiles` table: migration 6 of module `chatbot` (one row per Viber bot that has a
    /// picture; removed with the bot).
    public static let migration = Migration(
        module: "chatbot", version: 6, name: "viber bot profiles",
        sql: """
            CREATE TABLE chatbot_viber_profiles (
                bot_id TEXT PRIMARY KEY REFERENCES chatbot_bots (id) ON DELETE CASCADE,
                hromada_id INTEGER NOT NULL REFERENCES hromadas (id) ON DELETE CASCADE,
                avatar_url TEXT NOT NULL
            );
            """)

    /// Sets (or, with `nil`, removes) the picture of Viber bot `bot`.
    public static func setAvatar(_ url: String?, bot: Bot, in db: any DatabaseConnection) throws {
        try db.execute("DELETE FROM chatbot_viber_profiles WHERE bot_id = ?", bot.id)
        guard let url else { return }
        try db.execute(
            "INSERT INTO chatbot_viber_profiles (bot_id, hromada_id, avatar_url) VALUES (?, ?, ?)", bot.id,
            bot.hromadaID, url)
    }

    /// The picture of bot `id`, or `nil`.
    public static func avatar(botID id: String, in db: any DatabaseConnection) throws -> String? {
        try db.scalar("SELECT avatar_url FROM chatbot_viber_profiles WHERE bot_id = ?", [.text(id)], as: String.self)
    }
}

extension BotStore {
    /// The **enabled** Viber bot with public id `id`, with its token opened, as the Viber channel needs it; `nil`
    /// for an unknown or disabled bot, or one of another messenger. The registry's name is the sender name (cut to
    /// Viber's 28 characters).
    ///
    /// This is the lookup ``ViberWebhook`` takes: `ViberWebhook(bots: botStore.viberBot(id:), …)`.
    public func viberBot(id: String) async throws -> ViberBot? {
        try await database.read { db in
            guard let credentials = try credentials(id: id, in: db), credentials.bot.channel == .viber,
                credentials.bot.isEnabled
            else { return nil }
            let bot = credentials.bot
            return try ViberBot(
                id: bot.id, hromadaID: bot.hromadaID, authToken: credentials.token,
                name: String(bot.name.prefix(ViberBot.maximumNameLength)),
                avatarURL: try ViberProfiles.avatar(botID: bot.id, in: db), apiBase: bot.apiBase)
        }
    }

    /// Registers an enabled Viber bot with its sender name, URI (from `get_account_info`) and picture, in one
    /// transaction. Throws ``BotStoreError`` (see ``add(_:)``) or ``ViberBotError`` for a name over 28 characters or
    /// a picture that is not an http(s) address.
    public func addViberBot(
        hromadaID: Int64, token: String, name: String, uri: String?, avatarURL: String?, apiBase: URL?
    ) async throws -> Bot {
        // The same checks the channel makes when it uses the bot, before anything is written.
        _ = try ViberBot(
            id: "check", hromadaID: hromadaID, authToken: token, name: name, avatarURL: avatarURL,
            apiBase: apiBase ?? ViberBot.defaultAPIBase)
        let now = clock.now
        return try await database.write { db in
            let bot = try add(
                NewBot(
                    channel: .viber, hromadaID: hromadaID, name: name, username: uri, token: token, apiBase: apiBase),
                now: now, in: db)
            try ViberProfiles.setAvatar(avatarURL, bot: bot, in: db)
            return bot
        }
    }
}
