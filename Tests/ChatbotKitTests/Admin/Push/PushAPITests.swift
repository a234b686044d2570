import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// `/api/v1/push` with bearer tokens: sending (with `Idempotency-Key`), reading one message, the list; problem JSON
/// for bad input, and nothing stored then.
@Suite struct PushAPITests {
    static let news = #"""
        {"topic": "outages", "text": {"uk": "Завтра з 9:00 до 17:00 не буде світла.", "en": "No power tomorrow."},
         "link": {"url": "https://a.example.ua/news/42", "title": {"uk": "Графік", "en": "Schedule"}},
         "location": {"latitude": 50.54, "longitude": 30.21, "name": {"uk": "Пункт незламності"}},
         "audience": {"kind": "districts", "codes": ["zelenyi-hai"]}}
        """#

    @Test func aMessageIsCreatedWithItsLocationAndSentOnceForAKey() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let created = await harness.api(
            .post, "/api/v1/push", token: harness.tokenSend, json: Self.news, headers: [("Idempotency-Key", "k-42")])
        #expect(created.status.code == 201, "\(created.text)")
        let message = try #require(try await harness.messages().first)
        #expect(created.headers["Location"] == "/api/v1/push/\(message.id)")
        let body = created.json
        #expect(body["id"] as? Int == Int(message.id))
        #expect(body["state"] as? String == "scheduled")
        #expect(body["priority"] as? String == "normal")
        #expect(body["topic"] as? String == "outages")
        #expect(body["idempotencyKey"] as? String == "k-42")
        #expect((body["audience"] as? [String: Any])?["codes"] as? [String] == ["zelenyi-hai"])
        #expect((body["counts"] as? [String: Any])?["total"] as? Int == 0)
        #expect(body["scheduledAt"] as? String == "2026-03-28T12:00:00.000Z")
        #expect(
            message.link
                == NotifyLink(url: "https://a.example.ua/news/42", title: LocalizedText(uk: "Графік", en: "Schedule")))
        #expect(message.location?.name.uk == "Пункт незламності")
        let tokenID = try #require(
            try await harness.identity.tokens.tokens(hromadaID: harness.hromadaA).first {
                $0.permissions == ["push.send"]
            }?.id)
        #expect(message.createdBy == .module("api.token.\(tokenID)"))
        let audit = try await harness.audit("push.send")
        #expect(audit.count == 1)
        if case .token = audit.first?.actor {
        } else {
            Issue.record("audited as \(String(describing: audit.first?.actor))")
        }

        let replay = await harness.api(
            .post, "/api/v1/push", token: harness.tokenSend, json: Self.news, headers: [("Idempotency-Key", "k-42")])
        #expect(replay.status.code == 200)
        #expect(replay.json["id"] as? Int == Int(message.id))
        #expect(replay.headers["Location"] == "/api/v1/push/\(message.id)")
        #expect(try await harness.messages().count == 1)
        #expect(try await harness.audit("push.send").count == 1)
    }

    @Test func stateAndCountsOfOneMessageAndTheList() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        var ids: [Int64] = []
        for index in 1...3 {
            let json = #"{"topic": "news", "text": {"uk": "Новина \#(index)"}}"#
            let response = await harness.api(.post, "/api/v1/push", token: harness.tokenSend, json: json)
            #expect(response.status.code == 201)
            ids.append(Int64(response.json["id"] as? Int ?? 0))
        }
        try await harness.expand(ids[2])
        try await harness.setDeliveries(ids[2], to: .sent, count: 1)
        let one = await harness.api(.get, "/api/v1/push/\(ids[2])", token: harness.tokenSend)
        #expect(one.status.code == 200)
        #expect(one.json["state"] as? String == "sending")
        let counts = try #require(one.json["counts"] as? [String: Int])
        #expect(
            counts == [
                "queued": 2, "sending": 0, "sent": 1, "failed": 0, "blocked": 0, "uncertain": 0, "cancelled": 0,
                "total": 3,
            ])
        let page = await harness.api(.get, "/api/v1/push?limit=2", token: harness.tokenSend)
        #expect(page.status.code == 200)
        let items = try #require(page.json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == [Int(ids[2]), Int(ids[1])])
        #expect(page.json["nextBefore"] as? Int == Int(ids[1]))
        let rest = await harness.api(.get, "/api/v1/push?limit=2&before=\(ids[1])", token: harness.tokenSend)
        #expect((rest.json["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(ids[0])])
        #expect(rest.json["nextBefore"] == nil)
        let scheduled = await harness.api(.get, "/api/v1/push?state=scheduled", token: harness.tokenSend)
        #expect((scheduled.json["items"] as? [[String: Any]])?.count == 2)
        let bad = await harness.api(.get, "/api/v1/push?limit=0&state=lost", token: harness.tokenSend)
        #expect(bad.status.code == 422)
        #expect(bad.headers["Content-Type"] == "application/problem+json")
        let fields = (bad.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
        #expect(fields == ["limit", "state"])
        #expect(await harness.api(.get, "/api/v1/push/999999", token: harness.tokenSend).status.code == 404)
        // B's token sees only B's (none).
        let b = await harness.api(.get, "/api/v1/push", token: harness.tokenB)
        #expect((b.json["items"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test func badInputIsProblemJSONAndStoresNothing() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        func post(_ json: String, headers: [(String, String)] = []) async -> HTTPResponse {
            await harness.api(.post, "/api/v1/push", token: harness.tokenSend, json: json, headers: headers)
        }
        func fields(_ response: HTTPResponse) -> [String] {
            (response.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } ?? []
        }
        let missing = await post("{}")
        #expect(missing.status.code == 422)
        #expect(missing.headers["Content-Type"] == "application/problem+json")
        #expect(fields(missing) == ["topic", "text"])
        #expect(await post("{not json").status.code == 400)
        #expect(await post(#"{"topic": 7}"#).status.code == 422)
        let empty = await post(#"{"topic": "news", "text": {"uk": "  "}}"#)
        #expect(fields(empty) == ["text"])
        let topic = await post(#"{"topic": "gossip", "text": {"uk": "Текст"}}"#)
        #expect(fields(topic) == ["topic"])
        #expect((topic.json["detail"] as? String)?.contains("no topic \"gossip\"") == true)
        let place = await post(
            #"{"topic": "news", "text": {"uk": "Текст"}, "audience": {"kind": "settlements", "codes": ["\#(PushHarness.settlementB)"]}}"#
        )
        #expect(fields(place) == ["audience.codes"])
        let kind = await post(
            #"{"topic": "news", "text": {"uk": "Текст"}, "audience": {"kind": "resident", "codes": []}}"#)
        #expect(fields(kind) == ["audience.kind"])
        let past = await post(
            #"{"topic": "news", "text": {"uk": "Текст"}, "scheduledAt": "2026-03-28T13:00:00+02:00"}"#)
        #expect(fields(past) == ["scheduledAt"])
        let noOffset = await post(#"{"topic": "news", "text": {"uk": "Текст"}, "scheduledAt": "2026-03-29 09:00"}"#)
        #expect(fields(noOffset) == ["scheduledAt"])
        let link = await post(#"{"topic": "news", "text": {"uk": "Текст"}, "link": {"url": "javascript:alert(1)"}}"#)
        #expect(fields(link) == ["link"])
        let key = await post(
            #"{"topic": "news", "text": {"uk": "Текст"}}"#,
            headers: [("Idempotency-Key", String(repeating: "k", count: 201))])
        #expect(fields(key) == ["Idempotency-Key"])
        #expect(try await harness.messages().isEmpty)
        // A scheduled time with its offset is kept as the instant it names.
        let later = await post(
            #"{"topic": "news", "text": {"uk": "Текст"}, "scheduledAt": "2026-03-29T09:00:00+03:00"}"#)
        #expect(later.status.code == 201)
        #expect(later.json["scheduledAt"] as? String == "2026-03-29T06:00:00.000Z")
    }

    @Test func cancellingAndResendingTheUncertainThroughTheAPI() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let id = try await PushDetailTests.sentNews(harness)
        // Of three deliveries: one uncertain (the lowest resident id), one sent (the highest), one queued.
        try await harness.setDeliveries(id, to: .uncertain, count: 1)
        try await harness.database.write { db in
            try db.execute(
                """
                UPDATE notify_deliveries SET state = 'sent' WHERE id = (
                    SELECT id FROM notify_deliveries WHERE message_id = ? ORDER BY resident_id DESC LIMIT 1)
                """, id)
        }
        // Another hromada's token, a token without push.send, and an unknown id change nothing.
        let foreign = await harness.api(.post, "/api/v1/push/\(id)/cancel", token: harness.tokenB)
        #expect(foreign.status.code == 403, "\(foreign.text)")
        #expect(await harness.api(.post, "/api/v1/push/\(id)/cancel", token: harness.tokenAudit).status.code == 403)
        #expect(await harness.api(.post, "/api/v1/push/999999/cancel", token: harness.tokenSend).status.code == 404)
        #expect(
            await harness.api(.post, "/api/v1/push/999999/resend-uncertain", token: harness.tokenSend).status.code
                == 404)
        #expect(try await harness.notify.message(id: id, hromadaID: harness.hromadaA)?.state == .sending)

        let resent = await harness.api(.post, "/api/v1/push/\(id)/resend-uncertain", token: harness.tokenSend)
        #expect(resent.status.code == 200, "\(resent.text)")
        #expect(resent.json["requeued"] as? Int == 1)
        let counts = try #require((resent.json["message"] as? [String: Any])?["counts"] as? [String: Int])
        #expect(counts["uncertain"] == 0 && counts["queued"] == 2 && counts["sent"] == 1)
        #expect(try await harness.audit("push.resend").first?.after == ["requeued": "1"])

        let cancelled = await harness.api(.post, "/api/v1/push/\(id)/cancel", token: harness.tokenSend)
        #expect(cancelled.status.code == 200, "\(cancelled.text)")
        #expect(cancelled.json["state"] as? String == "cancelled")
        #expect((cancelled.json["counts"] as? [String: Int])?["cancelled"] == 2)
        #expect((cancelled.json["counts"] as? [String: Int])?["sent"] == 1)
        #expect(try await harness.audit("push.cancel").first?.after == ["state": "cancelled", "cancelled": "2"])

        // Cancelling twice is a conflict, audited as refused; resending a cancelled message queues nothing.
        let again = await harness.api(.post, "/api/v1/push/\(id)/cancel", token: harness.tokenSend)
        #expect(again.status.code == 409)
        #expect(again.text.contains("Not cancelled: the message is already cancelled."))
        #expect(try await harness.audit("push.cancel").count == 2)
        let nothing = await harness.api(.post, "/api/v1/push/\(id)/resend-uncertain", token: harness.tokenSend)
        #expect(nothing.json["requeued"] as? Int == 0)
        #expect(try await harness.notify.message(id: id, hromadaID: harness.hromadaA)?.stats[.queued] == 0)
    }

    @Test func emergencyAlertsNeedTheirPermission() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let alert = #"{"emergency": {"kind": "air-raid", "details": {"uk": "Загроза удару."}}}"#
        let refused = await harness.api(.post, "/api/v1/push", token: harness.tokenSend, json: alert)
        #expect(refused.status.code == 403)
        #expect(try await harness.messages().isEmpty)
        #expect(try await harness.audit("push.emergency").first?.outcome == .denied)
        let sent = await harness.api(.post, "/api/v1/push", token: harness.tokenEmergency, json: alert)
        #expect(sent.status.code == 201, "\(sent.text)")
        #expect(sent.json["priority"] as? String == "emergency")
        #expect(sent.json["topic"] as? String == "emergencies")
        #expect((sent.json["link"] as? [String: Any])?["url"] as? String == "https://a.example.ua/chat?open=shelters")
        #expect(
            (sent.json["text"] as? [String: Any])?["uk"] as? String == "🚨 Повітряна тривога!\n\nЗагроза удару.\n\n"
                + "Негайно пройдіть до найближчого укриття і залишайтеся там до відбою тривоги.\n\n"
                + "Напишіть боту «укриття» і надішліть геолокацію — покажемо три найближчі укриття.")
        let mixed = await harness.api(
            .post, "/api/v1/push", token: harness.tokenEmergency,
            json: #"{"topic": "news", "text": {"uk": "x"}, "emergency": {"kind": "flood"}}"#)
        #expect(mixed.status.code == 422)
        let fields = (mixed.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
        #expect(fields == ["topic", "text", "emergency.kind"])
        #expect(try await harness.messages().count == 1)
    }
}
