import ChatbotKit
import Foundation
import SvoyiCore
import Synchronization
import Testing

/// Sharing a location in the web chat: the page's location form (the browser's coordinates through the script, or
/// a settlement or coordinates typed without it) and the JSON API's `location` input, both range-checked.
extension WebChatTests {
    /// A page whose bot turn asks for a location: the session and the form token.
    func askedForLocation(_ harness: Harness) async throws -> (session: String, token: String) {
        let first = await send(harness, .get, "/chat")
        let session = try #require(sessionCookie(first))
        let token = String(try #require(bodyText(first).firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1))
        let pressed = await send(
            harness, .post, "/chat", cookie: session, form: [("_csrf", token), ("button", "v1:shelters")])
        #expect(pressed.status.code == 303)
        return (session, token)
    }

    func locations(_ harness: Harness) -> [ResidentInput] {
        harness.recorder.inputs.withLock { inputs in
            inputs.map(\.0).filter { if case .location = $0 { true } else { false } }
        }
    }

    @Test func aRequestForALocationShowsTheLocationFormAndItsScript() async throws {
        let harness = try await harness()
        let (session, _) = try await askedForLocation(harness)
        let page = await send(harness, .get, "/chat", cookie: session)
        let html = bodyText(page)
        #expect(html.contains("Надішліть геолокацію, і я покажу найближчі укриття."))
        #expect(html.contains(#"<form class="chat__location" action="/chat" method="post" data-chat-location="""#))
        #expect(html.contains(#"<p class="chat__geolocation" hidden>"#))  // shown by the script only
        #expect(html.contains("Поділитися місцезнаходженням"))
        #expect(html.contains(#"<label class="field__label" for="chat-place">Населений пункт або координати</label>"#))
        #expect(html.contains("Наприклад, «Вишнедольськ» або «49.15, 31.18»"))
        #expect(html.contains(#"<script src="/chat/location.js" defer></script>"#))
        #expect(!html.contains("Тут не можна поділитися геолокацією"))
        #expect(page.headers["Permissions-Policy"]?.contains("geolocation=(self)") == true)
        let script = await send(harness, .get, "/chat/location.js")
        #expect(script.status.code == 200)
        #expect(script.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(bodyText(script).contains("navigator.geolocation.getCurrentPosition"))
        // The main menu alone has no location form and no script.
        let fresh = bodyText(await send(harness, .get, "/chat"))
        #expect(!fresh.contains("data-chat-location"))
        #expect(!fresh.contains("<script"))
    }

    @Test func theBrowsersCoordinatesATypedSettlementOrTypedCoordinatesAreALocation() async throws {
        let harness = try await harness()
        let (session, token) = try await askedForLocation(harness)
        for (fields, expected, shown) in [
            (
                [("latitude", "49.152000"), ("longitude", "31.184000"), ("place", "")], (49.152, 31.184),
                "Моє місцезнаходження: 49.15200, 31.18400"
            ),
            ([("latitude", ""), ("longitude", ""), ("place", "с. Калинівка")], (49.2105, 31.119), "Калинівка"),
            ([("latitude", ""), ("longitude", ""), ("place", " зелений гай ")], (49.0905, 31.271), "Зелений Гай"),
            ([("place", "49,15; 31,18")], (49.15, 31.18), "49.15000, 31.18000"),
            ([("place", "-33.9 151.2")], (-33.9, 151.2), "-33.90000, 151.20000"),
        ] {
            let posted = await send(harness, .post, "/chat", cookie: session, form: [("_csrf", token)] + fields)
            #expect(posted.status.code == 303, "\(fields)")
            guard case .location(let latitude, let longitude) = locations(harness).last else {
                Issue.record("no location for \(fields)")
                continue
            }
            #expect(abs(latitude - expected.0) < 1e-9 && abs(longitude - expected.1) < 1e-9, "\(fields)")
            #expect(bodyText(await send(harness, .get, "/chat", cookie: session)).contains(shown), "\(fields)")
            _ = await send(
                harness, .post, "/chat", cookie: session, form: [("_csrf", token), ("button", "v1:shelters")])
        }
        #expect(locations(harness).count == 5)
    }

    @Test func aPlaceThatIsNoneIsExplainedAndNothingIsSent() async throws {
        let harness = try await harness()
        let (session, token) = try await askedForLocation(harness)
        for (fields, message) in [
            (
                [("place", "Марс")],
                "Не знайшли «Марс» серед населених пунктів громади. Напишіть назву, як-от «Вишнедольськ»"
            ),
            ([("place", "91, 30")], "Координати поза межами: широта від −90 до 90, довгота від −180 до 180."),
            ([("latitude", "49.1"), ("longitude", "181"), ("place", "")], "Координати поза межами"),
            ([("latitude", "nan"), ("longitude", "30"), ("place", "")], "Координати поза межами"),
            ([("latitude", "49.1"), ("longitude", ""), ("place", "")], "Координати поза межами"),
            ([("latitude", ""), ("longitude", ""), ("place", "  ")], "Напишіть населений пункт або координати"),
        ] {
            let refused = await send(harness, .post, "/chat", cookie: session, form: [("_csrf", token)] + fields)
            #expect(refused.status.code == 422, "\(fields)")
            let html = bodyText(refused)
            #expect(html.contains(#"<p class="field__error" id="chat-place-error">"#), "\(fields)")
            #expect(html.contains(message), "\(fields)")
            #expect(html.contains(#"aria-describedby="chat-place-hint chat-place-error""#), "\(fields)")
        }
        #expect(locations(harness).isEmpty)
    }

    @Test func theAPIsLocationIsRangeCheckedWithAProblem() async throws {
        let harness = try await harness()
        let opened = await send(harness, .post, "/api/v1/chat", json: "{}")
        let session = try #require(
            (try JSONSerialization.jsonObject(with: Data(bodyText(opened).utf8)) as? [String: Any])?["session"]
                as? String)
        let located = await send(
            harness, .post, "/api/v1/chat",
            json: #"{"session":"\#(session)","location":{"latitude":-90,"longitude":180}}"#)
        #expect(located.status.code == 200)
        for bad in [
            #"{"latitude":90.5,"longitude":0}"#, #"{"latitude":0,"longitude":-180.01}"#,
            #"{"latitude":"49","longitude":30}"#, #"{"latitude":49}"#,
        ] {
            let refused = await send(
                harness, .post, "/api/v1/chat", json: #"{"session":"\#(session)","location":\#(bad)}"#)
            #expect(refused.status.code == 422, "\(bad)")
            #expect(refused.headers["Content-Type"] == "application/problem+json", "\(bad)")
            #expect(bodyText(refused).contains("location"), "\(bad)")
        }
        // A number JSON cannot hold is not JSON: 400, still a problem.
        let huge = await send(
            harness, .post, "/api/v1/chat",
            json: #"{"session":"\#(session)","location":{"latitude":1e400,"longitude":0}}"#)
        #expect(huge.status.code == 400)
        #expect(huge.headers["Content-Type"] == "application/problem+json")
        #expect(locations(harness) == [.location(latitude: -90, longitude: 180)])
    }
}
