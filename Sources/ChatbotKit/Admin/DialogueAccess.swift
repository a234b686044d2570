public import SvoyiCore

extension Permission {
    /// Browse the dialogues, save drafts (structured form or raw JSON) and try any version in the test chat.
    public static let dialoguesEdit = Permission(
        "dialogues.edit", module: "chatbot",
        title: LocalizedText(
            uk: "Редагувати діалоги чат-бота й перевіряти їх у розмові", en: "Edit chatbot dialogues and try them"),
        roles: [.admin, .contentManager], allowsTokens: false)
    /// Publish a draft to residents, or put an earlier published version back.
    public static let dialoguesPublish = Permission(
        "dialogues.publish", module: "chatbot",
        title: LocalizedText(
            uk: "Публікувати діалоги чат-бота й повертати попередні версії",
            en: "Publish chatbot dialogues and roll them back"),
        roles: [.admin], allowsTokens: false)

    /// The permissions ChatbotKit registers.
    public static let chatbot: [Permission] = [.dialoguesEdit, .dialoguesPublish]
}

extension ScopeResolver {
    /// `{dialogue}`: a dialogue's id. Ids are chosen per hromada, so the same id may exist in several: the route
    /// reaches the actor's own hromada's dialogue; an id that only another hromada uses is
    /// ``ScopeResolution/otherHromada``.
    public static let dialogue = ScopeResolver(parameter: "dialogue") { value, hromadaID, _, db in
        let own = try db.queryFirst(
            "SELECT 1 FROM chatbot_dialogues WHERE hromada_id = ? AND dialogue_id = ? LIMIT 1", hromadaID, value)
        if own != nil { return .inHromada(unit: nil) }
        let elsewhere = try db.queryFirst("SELECT 1 FROM chatbot_dialogues WHERE dialogue_id = ? LIMIT 1", value)
        return elsewhere == nil ? .notFound : .otherHromada
    }
}

extension AdminSection {
    /// «Діалоги чат-бота» in the panel's menu.
    public static let dialogues = AdminSection(
        title: LocalizedText(uk: "Діалоги чат-бота", en: "Chatbot dialogues"), path: DialogueAdmin.basePath,
        permission: Permission.dialoguesEdit.key, order: 100)
}
