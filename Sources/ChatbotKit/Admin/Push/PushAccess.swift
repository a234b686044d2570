public import SvoyiCore

extension Permission {
    /// Compose and send ordinary PUSH messages to residents, see them and their delivery, cancel them and send
    /// again to those whose delivery is unknown (the panel's «PUSH-повідомлення», `POST /api/v1/push`).
    public static let pushSend = Permission(
        "push.send", module: "chatbot",
        title: LocalizedText(
            uk: "Надсилати PUSH-повідомлення мешканцям і стежити за доставкою",
            en: "Send PUSH messages to residents and follow their delivery"),
        roles: [.admin, .contentManager])
    /// Send emergency alerts (air raid, danger, all clear) that go before everything else queued.
    public static let pushEmergency = Permission(
        "push.emergency", module: "chatbot",
        title: LocalizedText(
            uk: "Надсилати екстрені тривоги (повітряна тривога, небезпека, відбій)",
            en: "Send emergency alerts (air raid, danger, all clear)"),
        roles: [.admin])

    /// The PUSH permissions ChatbotKit registers (with ``chatbot``).
    public static let push: [Permission] = [.pushSend, .pushEmergency]
}

extension ScopeResolver {
    /// `{push}`: a PUSH message's id (a row of the notification outbox).
    public static let pushMessage = ScopeResolver.row(parameter: "push", table: "notify_messages")
}

extension AdminSection {
    /// «PUSH-повідомлення» in the panel's menu.
    public static let push = AdminSection(
        title: LocalizedText(uk: "PUSH-повідомлення", en: "PUSH messages"), path: PushAdmin.basePath,
        permission: Permission.pushSend.key, order: 110)
}
