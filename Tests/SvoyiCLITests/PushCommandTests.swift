import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// `svoyi-cli push …` run in-process against an installation with hromada `bucha`, two settlements (one in the
/// district `hai`) and three residents reachable on Telegram (two in the village) and one on Viber.
@Suite struct PushCommandTests {
    static let centre = "UA32080030010000011"
    static let village = "UA32080030010000012"

    static func harness() async throws -> OperatorHarness {
        let harness = try await OperatorHarness()
        try await harness.database.write { db in
            try CommunityStore.saveDistrict(
                StarostaDistrict(code: "hai", name: LocalizedText(uk: "Гайський округ")), position: 0,
                hromadaID: harness.hromadaID, in: db)
            try CommunityStore.saveSettlement(
                Settlement(katottg: centre, name: LocalizedText(uk: "Буча"), kind: .city), position: 0,
                hromadaID: harness.hromadaID, in: db)
            try CommunityStore.saveSettlement(
                Settlement(katottg: village, name: LocalizedText(uk: "Гай"), kind: .village, district: "hai"),
                position: 1, hromadaID: harness.hromadaID, in: db)
        }
        let residents = ResidentStore(
            database: harness.database, secretKey: try DataDirectory(path: harness.dir.path("data")).secretKey())
        for (name, channel, settlement) in [
            ("t1", ResidentChannel.telegram, village), ("t2", .telegram, village), ("t3", .telegram, centre),
            ("v1", .viber, centre),
        ] {
            let resident = try await residents.findOrCreate(
                channel: channel, externalID: name, displayName: nil, language: .uk, hromadaID: harness.hromadaID)
            try await harness.database.write { db in
                try db.execute("UPDATE residents SET settlement = ? WHERE id = ?", settlement, resident.id)
            }
        }
        return harness
    }

    func messages(_ harness: OperatorHarness) async throws -> [NotifyMessage] {
        try await NotifyStore(database: harness.database).messages(hromadaID: harness.hromadaID)
    }

    @Test func sendPrintsTheIDAndTheAudienceAndIsAudited() async throws {
        let harness = try await Self.harness()
        let sent = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "outages", "--text", "Завтра не буде води.",
            "--text-en", "No water tomorrow.", "--link", "https://bucha.example.ua/news/1", "--district", "hai")
        #expect(sent.status == 0, "\(sent.err)")
        let message = try #require(try await messages(harness).first)
        #expect(
            sent.out.contains(
                "Queued message \(message.id) for bucha (topic outages): 2 residents reachable now (telegram 2, viber 0)."
            ))
        #expect(message.audience == .districts(["hai"]))
        #expect(message.text == LocalizedText(uk: "Завтра не буде води.", en: "No water tomorrow."))
        #expect(
            message.link
                == NotifyLink(
                    url: "https://bucha.example.ua/news/1", title: LocalizedText(uk: "Докладніше", en: "More")))
        #expect(message.createdBy == .operator("ops-tester"))
        #expect(message.state == .scheduled)
        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["push.send"])
        #expect(audit.first?.kind == "operator")
        #expect(audit.first?.label == "ops-tester")
        #expect(audit.first?.target == String(message.id))

        let everyone = await harness.run("push", "send", "--hromada", "bucha", "--topic", "news", "--text", "Новина")
        #expect(everyone.out.contains("4 residents reachable now (telegram 3, viber 1)"))
    }

    @Test func atIsTheHromadasLocalTimeAndSkippedTimesAreRefused() async throws {
        let harness = try await Self.harness()
        let kyiv = TimeZone(identifier: "Europe/Kyiv")!
        let tomorrow = CivilDate(Date(), in: kyiv).adding(days: 1)
        let sent = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "events", "--text", "Концерт", "--at", "\(tomorrow) 18:30")
        #expect(sent.status == 0, "\(sent.err)")
        let message = try #require(try await messages(harness).first)
        #expect(message.scheduledAt == kyiv.instant(on: tomorrow, at: LocalTime(hour: 18, minute: 30)!))
        #expect(sent.out.contains("Scheduled message \(message.id) for bucha at \(tomorrow) 18:30"))
        // The next spring-forward night: its skipped half hour is refused as bad data, nothing stored.
        var transition = Date()
        var skipped: String?
        for _ in 0..<4 {
            guard let next = kyiv.nextDaylightSavingTimeTransition(after: transition) else { break }
            transition = next
            if kyiv.secondsFromGMT(for: next) > kyiv.secondsFromGMT(for: next.addingTimeInterval(-1)) {
                // The last wall-clock minute before the jump, e.g. 02:59; the half hour after it is skipped.
                let last = next.addingTimeInterval(-60)
                let local = Int(last.timeIntervalSince1970) + kyiv.secondsFromGMT(for: last)
                let hour = (local % 86_400) / 3_600 + 1
                skipped = "\(CivilDate(last, in: kyiv)) \(hour < 10 ? "0" : "")\(hour):30"
                break
            }
        }
        let gap = try #require(skipped, "Kyiv has no spring-forward in the next two years")
        let refused = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "events", "--text", "Концерт", "--at", gap)
        #expect(refused.status == 65, "\(refused.err)")
        #expect(refused.err.contains("does not exist in the hromada's time zone (the clocks go forward)"))
        let malformed = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "events", "--text", "Концерт", "--at", "tomorrow")
        #expect(malformed.status == 64)
        #expect(malformed.err.contains(#"--at must be "YYYY-MM-DD HH:MM""#))
        let past = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "events", "--text", "Концерт", "--at", "2020-01-01 10:00")
        #expect(past.status == 65)
        #expect(past.err.contains("the scheduled time is in the past"))
        #expect(try await messages(harness).count == 1)
    }

    @Test func badInputExitsNonzeroAndStoresNothing() async throws {
        let harness = try await Self.harness()
        let cases: [([String], Int32, String)] = [
            (["--topic", "news"], 64, "missing --text"),
            (["--text", "Текст"], 64, "missing --topic (or --emergency)"),
            (["--topic", "gossip", "--text", "Текст"], 65, #"no topic "gossip"; topics: news, outages"#),
            (["--topic", "news", "--text", " "], 65, "the Ukrainian text is empty"),
            (["--topic", "news", "--text", "Т", "--settlement", Self.centre, "--district", "hai"], 64, "not both"),
            (
                ["--topic", "news", "--text", "Т", "--settlement", "UA00000000000000000"], 65,
                "not settlements of the hromada: UA00000000000000000"
            ),
            (["--topic", "news", "--text", "Т", "--link", "ftp://x"], 65, "the link must be an http:// or https://"),
            (["--topic", "news", "--text", "Т", "--link-title", "Т"], 64, "--link-title needs --link"),
            (["--emergency", "air-raid", "--topic", "news"], 64, "--topic does not go with --emergency"),
            (["--emergency", "air-raid"], 64, "--shelters-url is needed: hromada bucha has no host name"),
            (["--emergency", "meteor"], 64, "emergency must be one of air-raid, danger, all-clear"),
        ]
        for (options, status, message) in cases {
            let result = await OperatorHarness.run(
                ["--data-dir", harness.dir.path("data"), "push", "send", "--hromada", "bucha"] + options)
            #expect(result.status == status, "\(options): \(result.err)")
            #expect(result.err.contains(message), "\(options): \(result.err)")
        }
        let unknown = await harness.run("push", "send", "--hromada", "nowhere", "--topic", "news", "--text", "Т")
        #expect(unknown.status != 0)
        #expect(unknown.err.contains("no hromada nowhere"))
        #expect(try await messages(harness).isEmpty)
        #expect(try await harness.auditRows().isEmpty)
    }

    @Test func anIdempotencyKeyMakesARepeatSendNothing() async throws {
        let harness = try await Self.harness()
        let first = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "news", "--text", "Один раз", "--idempotency-key", "k1")
        #expect(first.status == 0)
        let again = await harness.run(
            "push", "send", "--hromada", "bucha", "--topic", "news", "--text", "Один раз", "--idempotency-key", "k1")
        #expect(again.status == 0)
        let message = try #require(try await messages(harness).first)
        #expect(
            again.out.contains("Message \(message.id) of bucha already has idempotency key k1; nothing new was queued"))
        #expect(try await messages(harness).count == 1)
        #expect(try await harness.auditRows().count == 1)
    }

    @Test func anEmergencyAlertGoesFirstWithTheSheltersLink() async throws {
        let harness = try await Self.harness()
        let sent = await harness.run(
            "push", "send", "--hromada", "bucha", "--emergency", "danger", "--text", "Хімічна загроза в Гаю.",
            "--shelters-url", "https://bucha.example.ua/chat", "--settlement", Self.village)
        #expect(sent.status == 0, "\(sent.err)")
        let message = try #require(try await messages(harness).first)
        #expect(sent.out.contains("Queued emergency alert \(message.id) for bucha (topic emergencies): 2 residents"))
        #expect(message.priority == .emergency)
        #expect(message.topic.key == "emergencies")
        #expect(message.link?.url == "https://bucha.example.ua/chat")
        #expect(message.text.uk.hasPrefix("⚠️ Небезпека!\n\nХімічна загроза в Гаю."))
        #expect(try await harness.auditRows().map(\.action) == ["push.emergency"])
        // The all-clear needs no shelters link.
        let allClear = await harness.run("push", "send", "--hromada", "bucha", "--emergency", "all-clear")
        #expect(allClear.status == 0, "\(allClear.err)")
    }

    @Test func listStatusAndCancel() async throws {
        let harness = try await Self.harness()
        #expect(await harness.run("push", "list", "--hromada", "bucha").out.contains("No messages in bucha."))
        _ = await harness.run("push", "send", "--hromada", "bucha", "--topic", "news", "--text", "Перша новина")
        _ = await harness.run("push", "send", "--hromada", "bucha", "--topic", "events", "--text", "Друга новина")
        let ids = try await messages(harness).map(\.id)
        let list = await harness.run("push", "list", "--hromada", "bucha")
        #expect(list.status == 0)
        let lines = list.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID  STATE      PRIORITY  TOPIC   TIME (Europe/Kyiv)") == true, "\(list.out)")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\(ids[0])   scheduled  normal    events") && lines[1].hasSuffix("Друга новина"))
        #expect(lines[2].contains("news") && lines[2].hasSuffix("Перша новина"))

        // Deliveries written and one sent, as the server would.
        let now = Date()
        while case .more = try await harness.database.write({ db in
            try NotifyExpansion.expandBatch(messageID: ids[1], limit: 100, now: now, in: db)
        }) {}
        try await harness.database.write { db in
            try db.execute(
                "UPDATE notify_deliveries SET state = 'sent' WHERE id = (SELECT min(id) FROM notify_deliveries)")
        }
        // One delivery a crash left uncertain is queued again on request, once.
        try await harness.database.write { db in
            try db.execute(
                "UPDATE notify_deliveries SET state = 'uncertain' WHERE id = (SELECT max(id) FROM notify_deliveries)")
        }
        let resent = await harness.run("push", "resend-uncertain", String(ids[1]))
        #expect(resent.status == 0, "\(resent.err)")
        #expect(resent.out.contains("Queued 1 uncertain deliveries of message \(ids[1]) of bucha again"))
        let nothing = await harness.run("push", "resend-uncertain", String(ids[1]))
        #expect(nothing.out.contains("has no uncertain deliveries to send again"))
        let status = await harness.run("push", "status", String(ids[1]))
        #expect(status.status == 0, "\(status.err)")
        #expect(status.out.contains("Message \(ids[1]) of bucha: sending, normal priority"))
        #expect(status.out.contains("created by operator:ops-tester") || status.out.contains("by operator:ops-tester"))
        #expect(status.out.contains("deliveries: 4"))
        #expect(status.out.contains("queued      3  (75 %)"))
        #expect(status.out.contains("sent        1  (25 %)"))

        let cancelled = await harness.run("push", "cancel", String(ids[1]))
        #expect(cancelled.status == 0, "\(cancelled.err)")
        #expect(cancelled.out.contains("Cancelled message \(ids[1]) of bucha: 3 queued deliveries will not be sent; 1"))
        let again = await harness.run("push", "cancel", String(ids[1]))
        #expect(again.status == 65)
        #expect(again.err.contains("the message is already cancelled"))
        #expect(
            try await harness.auditRows().map(\.action) == [
                "push.send", "push.send", "push.resend", "push.resend", "push.cancel",
            ])
        let missing = await harness.run("push", "status", "999999")
        #expect(missing.status == 1)
        #expect(missing.err.contains("no message 999999"))
        #expect(await harness.run("push", "status", "abc").status == 64)
    }

    @Test func helpDescribesTheCommands() async {
        let help = await OperatorHarness.help(["push", "send"])
        #expect(help.status == 0)
        #expect(help.out.contains("--emergency <kind>"))
        #expect(help.out.contains("polls every 2 s") || help.out.contains("Europe/Kyiv"))
        let root = await OperatorHarness.help(["push"])
        #expect(root.out.contains("a running svoyi-server notices"))
    }
}
