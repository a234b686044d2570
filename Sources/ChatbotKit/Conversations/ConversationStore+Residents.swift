public import Foundation
public import SvoyiCore

extension ConversationStore {
    /// The conversation key of a channel id: the channel's name, a colon, and the id (`telegram:123`,
    /// `viber:01234567890A=`). The web chat's ids are keys already (`web:<hash>`), so an id that starts with its
    /// channel's prefix is its own key. Channels must key conversations with this, so that a resident's
    /// conversations can be found from their channel links for the export and the deletion of their data.
    public static func key(channel: ResidentChannel, externalID: String) -> String {
        let prefix = channel.rawValue + ":"
        return externalID.hasPrefix(prefix) ? externalID : prefix + externalID
    }

    /// The key of a conversation held for a signed-in resident rather than a channel: `resident:<id>`.
    public static func key(residentID: Int64) -> String {
        "resident:\(residentID)"
    }

    /// Every conversation key a resident may have: one per channel link, and their own.
    public static func keys(of subject: ResidentDataSubject) -> [String] {
        subject.channels.map { key(channel: $0.channel, externalID: $0.externalID) }
            + [key(residentID: subject.residentID)]
    }

    /// One conversation in a resident's data export.
    public struct Exported: Sendable, Hashable, Encodable {
        /// The conversation's key (`telegram:123`).
        public var key: String
        /// When it last changed.
        public var updatedAt: Date
        /// Where it stands: the dialogue and version, the node, the answers so far, the Back history, the language.
        public var state: ConversationState?
        /// The stored state as it is, when this release cannot read it (written by an older one).
        public var storedState: String?
    }

    /// The resident's stored conversations, by key.
    public static func exported(of subject: ResidentDataSubject, in db: any DatabaseConnection) throws -> [Exported] {
        var exported: [Exported] = []
        for key in keys(of: subject) {
            guard
                let row = try db.queryFirst(
                    "SELECT state, updated_at FROM chatbot_conversations WHERE hromada_id = ? AND resident_key = ?",
                    subject.hromadaID, key)
            else { continue }
            let stored: String = try row.get("state")
            let state = try? ConversationState.decode(stored)
            exported.append(
                Exported(
                    key: key, updatedAt: try row.get("updated_at"), state: state,
                    storedState: state == nil ? stored : nil))
        }
        return exported
    }

    /// The chatbot's share of a resident's data (section `chatbot.conversations`): their conversations, exported
    /// with them and deleted with them. ``ChatbotModule`` registers it.
    public static let residentData = ResidentDataProvider(
        section: "chatbot.conversations", title: LocalizedText(uk: "Розмови з чат-ботом", en: "Chatbot conversations"),
        export: { subject, db in try exported(of: subject, in: db) },
        erase: { subject, db in
            for key in keys(of: subject) { try delete(key: key, hromadaID: subject.hromadaID, in: db) }
        })
}
