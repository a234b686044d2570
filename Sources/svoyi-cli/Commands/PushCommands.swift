import ChatbotKit
import Foundation
import SvoyiCore

/// `svoyi-cli push …`: PUSH messages to a hromada's residents through the notification outbox, as staff send them
/// from the panel's «PUSH-повідомлення».
enum PushCommands {
    static let spec = CommandSpec(
        "push", abstract: "Send, list, inspect, cancel and resend PUSH messages to residents.",
        discussion: """
            Messages are written to the notification outbox in the database; a running svoyi-server notices \
            them within a few seconds (its job runner polls every 2 s) and sends them through the hromada's \
            Telegram and Viber bots. Sending and cancelling are written to the hromada's audit log with the \
            system user as the operator.
            """,
        subcommands: [send, list, status, cancel, resendUncertain])

    static let emergencyKinds: [String: NotifyEmergencyKind] = [
        "air-raid": .airRaid, "danger": .danger, "all-clear": .allClear,
    ]

    static let send = CommandSpec(
        "send", abstract: "Send a message now or at a local time, or an emergency alert.",
        discussion: """
            Without --settlement or --district every resident subscribed to the topic gets it. --at is the \
            hromada's wall-clock time (Europe/Kyiv): a time the clocks skip in spring is refused, a time that \
            happens twice in autumn is the first. --emergency sends the alert template (Ukrainian and English, \
            the emergencies topic, before everything else queued) with the nearest-shelters link; --text and \
            --text-en then add details. With --idempotency-key, running the same command again sends nothing \
            twice. Topics: \(NotifyTopic.standard.map(\.key).joined(separator: ", ")).
            """,
        options: [
            StaffCommands.hromada,
            .value("topic", "key", "The topic (news, outages, events, emergencies, petitions)."),
            .value("text", "uk", "The text in Ukrainian (with --emergency: details after the alert)."),
            .value("text-en", "en", "The text in English, for residents who chose English."),
            .value("link", "URL", "A link shown after the text (https://…)."),
            .value("link-title", "title", "The link's title (default «Докладніше»)."),
            .value("settlement", "КАТОТТГ", "Only residents of this settlement (repeatable).", repeatable: true),
            .value("district", "code", "Only residents of this starosta district (repeatable).", repeatable: true),
            .value("at", "YYYY-MM-DD HH:MM", "Send at this local time instead of now."),
            .value(
                "emergency", "kind", "Send the emergency alert template.",
                choices: ["air-raid", "danger", "all-clear"]),
            .value("shelters-url", "URL", "The nearest-shelters link (default: the web chat on the hromada's host)."),
            .value("idempotency-key", "key", "A key that makes repeating the command send nothing twice."),
        ]
    ) { arguments, env in
        let settlements = arguments.values("settlement")
        let districts = arguments.values("district")
        guard settlements.isEmpty || districts.isEmpty else {
            throw UsageError(message: "give --settlement or --district, not both", path: arguments.path)
        }
        let audience: NotifyAudience =
            !settlements.isEmpty ? .settlements(settlements) : !districts.isEmpty ? .districts(districts) : .everyone
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let zone = PushSchedule.zone(of: hromada)
        let draft = try makeDraft(arguments, hromada: hromada, zone: zone, audience: audience, env: env)
        let notify = NotifyStore(database: context.database)
        let result: NotifyEnqueueResult
        let reach: NotifyAudiencePreview
        do {
            result = try await notify.enqueue(draft)
            reach = try await notify.audiencePreview(
                topic: draft.topic, audience: draft.audience, hromadaID: hromada.id!)
        } catch let error as NotifyError {
            throw CLIFailure.dataError(error.description)
        }
        let message = result.message
        guard result.isNew else {
            env.print(
                "Message \(message.id) of \(hromada.slug) already has idempotency key \(message.idempotencyKey ?? ""); "
                    + "nothing new was queued (it is \(message.state.rawValue)).")
            return
        }
        try await context.record(
            message.priority == .emergency ? "push.emergency" : "push.send", hromadaID: hromada.id!,
            target: ("push", String(message.id)), detail: String(message.text.uk.prefix(200)),
            after: [
                "topic": message.topic.key, "priority": message.priority.rawValue, "audience": message.audience.kind,
                "codes": message.audience.codes.joined(separator: ","),
                "scheduledAt": ISO8601Milliseconds.format(message.scheduledAt), "link": message.link?.url ?? "",
            ])
        let reachText =
            "\(reach.total) residents reachable now (telegram \(reach.byChannel[.telegram] ?? 0), "
            + "viber \(reach.byChannel[.viber] ?? 0))"
        if draft.scheduledAt == nil {
            let kind = message.priority == .emergency ? "emergency alert" : "message"
            env.print("Queued \(kind) \(message.id) for \(hromada.slug) (topic \(message.topic.key)): \(reachText).")
            env.print("A running svoyi-server starts sending it within a few seconds.")
        } else {
            env.print(
                "Scheduled message \(message.id) for \(hromada.slug) at "
                    + "\(local(message.scheduledAt, zone)) (\(ISO8601Milliseconds.format(message.scheduledAt))), "
                    + "topic \(message.topic.key): \(reachText).")
        }
    }

    /// The draft the options ask for; usage errors for options that do not go together or are malformed.
    static func makeDraft(
        _ arguments: ParsedArguments, hromada: Hromada, zone: TimeZone, audience: NotifyAudience,
        env: CLIEnvironment
    ) throws -> NotifyDraft {
        let author = NotifyAuthor.operator(env.operatorName)
        let key = arguments.value("idempotency-key")
        let textEN = arguments.value("text-en")
        if let kindName = arguments.value("emergency") {
            let kind = emergencyKinds[kindName]!
            for option in ["topic", "link", "link-title", "at"] where arguments.value(option) != nil {
                throw UsageError(
                    message: "--\(option) does not go with --emergency: the alert has its own topic and link and "
                        + "is sent now", path: arguments.path)
            }
            guard let shelters = arguments.value("shelters-url") ?? PushAdmin.sheltersURL(for: hromada) else {
                if kind == .allClear {
                    return .emergency(
                        kind, hromadaID: hromada.id!, sheltersURL: "", details: details(arguments),
                        audience: audience, createdBy: author, idempotencyKey: key)
                }
                throw UsageError(
                    message: "--shelters-url is needed: hromada \(hromada.slug) has no host name to build the web "
                        + "chat's address from", path: arguments.path)
            }
            if textEN != nil && arguments.value("text") == nil {
                throw UsageError(message: "--text-en needs --text (the details in Ukrainian)", path: arguments.path)
            }
            return .emergency(
                kind, hromadaID: hromada.id!, sheltersURL: shelters, details: details(arguments), audience: audience,
                createdBy: author, idempotencyKey: key)
        }
        guard let topic = arguments.value("topic") else {
            throw UsageError(message: "missing --topic (or --emergency)", path: arguments.path)
        }
        guard let text = arguments.value("text") else {
            throw UsageError(message: "missing --text", path: arguments.path)
        }
        if arguments.value("link-title") != nil && arguments.value("link") == nil {
            throw UsageError(message: "--link-title needs --link", path: arguments.path)
        }
        let link = arguments.value("link").map { url in
            NotifyLink(
                url: url,
                title: arguments.value("link-title").map { LocalizedText(uk: $0) }
                    ?? LocalizedText(uk: "Докладніше", en: "More"))
        }
        var scheduledAt: Date?
        if let at = arguments.value("at") {
            let parts = at.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
            guard parts.count == 2 else {
                throw UsageError(message: "--at must be \"YYYY-MM-DD HH:MM\", not \(at)", path: arguments.path)
            }
            switch PushSchedule.instant(date: parts[0], time: parts[1], in: zone) {
            case .success(let instant): scheduledAt = instant
            case .failure(let problem):
                if case .skipped = problem { throw CLIFailure.dataError("--at: \(problem.description)") }
                throw UsageError(message: "--at: \(problem.description)", path: arguments.path)
            }
        }
        return NotifyDraft(
            hromadaID: hromada.id!, topicKey: topic, text: LocalizedText(uk: text, en: textEN), link: link,
            audience: audience, scheduledAt: scheduledAt, createdBy: author, idempotencyKey: key)
    }

    private static func details(_ arguments: ParsedArguments) -> LocalizedText? {
        arguments.value("text").map { LocalizedText(uk: $0, en: arguments.value("text-en")) }
    }

    static let list = CommandSpec(
        "list", abstract: "List a hromada's messages, newest first, with their delivery counts.",
        options: [
            StaffCommands.hromada,
            .value("limit", "n", "How many (1 to 500).", default: "30"),
            .value("before", "id", "Only messages older than this id (the next page)."),
        ]
    ) { arguments, env in
        guard let limit = Int(arguments.value("limit") ?? "30"), (1...500).contains(limit) else {
            throw UsageError(message: "--limit must be a whole number from 1 to 500", path: arguments.path)
        }
        var before: Int64?
        if let text = arguments.value("before") {
            guard let id = Int64(text), id > 0 else {
                throw UsageError(message: "--before must be a message id, not \(text)", path: arguments.path)
            }
            before = id
        }
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let zone = PushSchedule.zone(of: hromada)
        let messages = try await NotifyStore(database: context.database).messages(
            hromadaID: hromada.id!, before: before, limit: limit)
        guard !messages.isEmpty else {
            env.print(before == nil ? "No messages in \(hromada.slug)." : "No older messages in \(hromada.slug).")
            return
        }
        env.print(
            textTable(
                [
                    "ID", "STATE", "PRIORITY", "TOPIC", "TIME (\(zone.identifier))", "AUDIENCE", "QUEUED", "SENT",
                    "BLOCKED", "FAILED", "UNCERTAIN", "CANCELLED", "TEXT",
                ],
                messages.map { message in
                    let stats = message.stats
                    return [
                        String(message.id), message.state.rawValue, message.priority.rawValue, message.topic.key,
                        local(message.scheduledAt, zone), audienceText(message.audience),
                        String(stats[.queued] + stats[.sending]), String(stats[.sent]), String(stats[.blocked]),
                        String(stats[.failed]), String(stats[.uncertain]), String(stats[.cancelled]),
                        excerpt(message.text.uk),
                    ]
                }))
    }

    static let messageID = ArgumentSpec(name: "id", help: "The message's id, as 'push list' shows it.")

    static let status = CommandSpec(
        "status", abstract: "Show a message and its deliveries by state.", arguments: [messageID]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let (message, hromada) = try await find(arguments, context)
        let zone = PushSchedule.zone(of: hromada)
        let stats = message.stats
        env.print(
            "Message \(message.id) of \(hromada.slug): \(message.state.rawValue), \(message.priority.rawValue) priority"
        )
        env.print("  topic:      \(message.topic.key)")
        env.print("  audience:   \(audienceText(message.audience))")
        env.print("  time:       \(local(message.scheduledAt, zone)) \(zone.identifier)")
        env.print("  created:    \(local(message.createdAt, zone)) by \(message.createdBy)")
        if let finished = message.finishedAt { env.print("  finished:   \(local(finished, zone))") }
        if let key = message.idempotencyKey { env.print("  key:        \(key)") }
        env.print("  text:       \(excerpt(message.text.uk))")
        env.print("  deliveries: \(stats.total)")
        for state in NotifyDeliveryState.allCases {
            let share = stats.total == 0 ? 0 : Int((Double(stats[state]) * 100 / Double(stats.total)).rounded())
            env.print(
                "    \(state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(stats[state])  (\(share) %)"
            )
        }
        if stats.delivered > 0 {
            env.print("  Viber receipts: delivered to the phone \(stats.delivered), seen \(stats.seen)")
        }
    }

    static let cancel = CommandSpec(
        "cancel", abstract: "Cancel a message: what was not sent yet never will be.", arguments: [messageID]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let (message, hromada) = try await find(arguments, context)
        let cancelled: NotifyMessage
        do {
            cancelled = try await NotifyStore(database: context.database).cancel(
                messageID: message.id, hromadaID: hromada.id!)
        } catch let error as NotifyError {
            throw CLIFailure.dataError(error.description)
        }
        try await context.record(
            "push.cancel", hromadaID: hromada.id!, target: ("push", String(message.id)),
            before: ["state": message.state.rawValue],
            after: ["state": cancelled.state.rawValue, "cancelled": String(cancelled.stats[.cancelled])])
        env.print(
            "Cancelled message \(message.id) of \(hromada.slug): \(cancelled.stats[.cancelled]) queued deliveries "
                + "will not be sent; \(cancelled.stats[.sent]) were already sent.")
    }

    static let resendUncertain = CommandSpec(
        "resend-uncertain", abstract: "Queue again the deliveries a crash left uncertain.",
        discussion: """
            A delivery is uncertain when the server stopped while sending it: the messenger may have delivered \
            it, so the server never sends it again by itself. This queues those deliveries again; some of those \
            residents will get the message twice. A cancelled message requeues nothing.
            """,
        arguments: [messageID]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let (message, hromada) = try await find(arguments, context)
        let count = try await NotifyStore(database: context.database).resendUncertain(
            messageID: message.id, hromadaID: hromada.id!)
        try await context.record(
            "push.resend", hromadaID: hromada.id!, target: ("push", String(message.id)),
            before: ["uncertain": String(message.stats[.uncertain])], after: ["requeued": String(count)])
        env.print(
            count == 0
                ? "Message \(message.id) of \(hromada.slug) has no uncertain deliveries to send again."
                : "Queued \(count) uncertain deliveries of message \(message.id) of \(hromada.slug) again; a running "
                    + "svoyi-server sends them within a few seconds.")
    }

    /// The message the `id` argument names, in whichever hromada has it, or a failure.
    static func find(_ arguments: ParsedArguments, _ context: OperatorContext) async throws -> (NotifyMessage, Hromada)
    {
        let text = arguments.required("id")
        guard let id = Int64(text), id > 0 else {
            throw UsageError(message: "the message id must be a whole number, not \(text)", path: arguments.path)
        }
        let found = try await context.database.read { db -> (NotifyMessage, Hromada)? in
            guard
                let hromadaID = try db.scalar(
                    "SELECT hromada_id FROM notify_messages WHERE id = ?", [.integer(id)], as: Int64.self),
                let message = try NotifyStore.message(id: id, hromadaID: hromadaID, in: db),
                let hromada = try CommunityStore.hromada(id: hromadaID, in: db)
            else { return nil }
            return (message, hromada)
        }
        guard let found else { throw CLIFailure(message: "no message \(id); 'svoyi-cli push list' shows them") }
        return found
    }

    static func audienceText(_ audience: NotifyAudience) -> String {
        switch audience {
        case .everyone: "everyone"
        case .settlements(let codes): "settlements " + codes.joined(separator: ",")
        case .districts(let codes): "districts " + codes.joined(separator: ",")
        case .resident: "one resident"
        }
    }

    static func local(_ date: Date, _ zone: TimeZone) -> String {
        let wall = PushSchedule.wallTime(date, in: zone)
        return "\(wall.date) \(wall.time)"
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 50 ? flat.prefix(49) + "…" : flat
    }
}
