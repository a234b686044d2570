import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// The web chat's page and API over a stand-in conversation service that records what it receives.
@Suite struct WebChatTests {
    final class Recorder: Sendable {
        let inputs = Mutex<[(ResidentInput, String)]>([])
    }

    struct Harness {
        let directory: TemporaryDirectory
        let database: SQLiteDatabase
        let responder: RouterResponder
        let recorder: Recorder
        let hromadaID: Int64
    }

    func harness() async throws -> Harness {
        let directory = try TemporaryDirectory("svoyi-webchat")
        let database = try SQLiteDatabase(path: directory.path("chat.sqlite"))
        try await Migrator(CoreModule().migrations).migrate(database)
        let community = CommunityStore(database: database)
        let hromada = try await community.importBundle(DemoHromada.bundle)
        let recorder = Recorder()
        let chat = WebChat(
            receive: { input, key, _, language in
                recorder.inputs.withLock { $0.append((input, key)) }
                switch input {
                case .text(let text):
                    return [.text("Ви написали: \(text) (\(language.rawValue))")]
                case .button(let payload) where payload == "cmd:menu":
                    return [
                        .text(
                            "Головне меню\n<b>жирно?</b>",
                            buttons: [
                                BotButton(label: "Послуги", payload: "v1:main@1:start:0"),
                                BotButton(label: "Укриття", payload: "v1:main@1:start:1"),
                            ])
                    ]
                case .button(let payload) where payload == "v1:shelters":
                    return [.request(.location, prompt: "Надішліть геолокацію, і я покажу найближчі укриття.")]
                case .button(let payload):
                    return [.text("Кнопка \(payload)"), .link("Дія", url: "https://diia.gov.ua")]
                default:
                    return [.location("Укриття № 1", latitude: 49.15, longitude: 31.18, address: "вул. Шкільна, 1")]
                }
            },
            open: { dialogueID, key, _, language in
                recorder.inputs.withLock { $0.append((.button("open:\(dialogueID)"), key)) }
                return [.request(.location, prompt: "Відкрито \(dialogueID) (\(language.rawValue))")]
            }, community: community,
            residents: ResidentStore(database: database, secretKey: Array(repeating: 1, count: 32)),
            secretKey: Array(repeating: 2, count: 32))
        var router = Router()
        chat.register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        return Harness(
            directory: directory, database: database, responder: responder, recorder: recorder, hromadaID: hromada.id!)
    }

    func send(
        _ harness: Harness, _ method: HTTPMethod, _ target: String, cookie: String? = nil,
        form: [(String, String)]? = nil,
        json: String? = nil
    ) async -> HTTPResponse {
        var headers: [(String, String)] = [("Host", "localhost")]
        if let cookie { headers.append(("Cookie", "svoyi_chat=\(cookie)")) }
        var body: [UInt8] = []
        if let form {
            body = Array(URLEncodedFields(form).encoded.utf8)
            headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        } else if let json {
            body = Array(json.utf8)
            headers.append(("Content-Type", "application/json"))
        }
        headers.append(("Content-Length", String(body.count)))
        let head = HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders(headers))
        return await harness.responder.respond(to: HTTPRequest(head: head, body: body))
    }

    func bodyText(_ response: HTTPResponse) -> String {
        if case .bytes(let bytes) = response.body { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    func sessionCookie(_ response: HTTPResponse) -> String? {
        response.headers.values("Set-Cookie").first { $0.hasPrefix("svoyi_chat=") }
            .map { String($0.dropFirst("svoyi_chat=".count).prefix { $0 != ";" }) }
    }

    @Test func aNewVisitorGetsASessionAndTheMainMenu() async throws {
        let harness = try await harness()
        let page = await send(harness, .get, "/chat")
        #expect(page.status.code == 200)
        let session = try #require(sessionCookie(page))
        #expect(session.utf8.count == 22)
        let html = bodyText(page)
        #expect(html.contains("Головне меню"))
        #expect(html.contains("&lt;b&gt;жирно?&lt;/b&gt;"))  // the bot's text is text, never markup
        #expect(html.contains(#"value="v1:main@1:start:1""#))
        #expect(html.contains("<label class=\"field__label\" for=\"chat-message\">Ваше повідомлення</label>"))
        // The resident is a web resident of the hromada, known only by a hash of the session.
        let residents = try await ResidentStore(database: harness.database, secretKey: Array(repeating: 1, count: 32))
            .list(hromadaID: harness.hromadaID, search: nil, level: nil, limit: 10, offset: 0)
        #expect(residents.count == 1)
        #expect(residents.first?.channels.first?.channel == .web)
        #expect(residents.first?.channels.first?.externalID.contains(session) == false)
        // Coming back does not start over.
        _ = await send(harness, .get, "/chat", cookie: session)
        #expect(harness.recorder.inputs.withLock { $0.count } == 1)
    }

    @Test func typingAndPressingAButtonGoThroughTheConversation() async throws {
        let harness = try await harness()
        let first = await send(harness, .get, "/chat")
        let session = try #require(sessionCookie(first))
        let token = try #require(bodyText(first).firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1)
        let typed = await send(
            harness, .post, "/chat", cookie: session, form: [("_csrf", String(token)), ("message", "Де ЦНАП?")])
        #expect(typed.status.code == 303)
        let pressed = await send(
            harness, .post, "/chat", cookie: session, form: [("_csrf", String(token)), ("button", "v1:main@1:start:1")])
        #expect(pressed.status.code == 303)
        let page = bodyText(await send(harness, .get, "/chat", cookie: session))
        #expect(page.contains("Ви написали: Де ЦНАП? (uk)"))
        #expect(page.contains("Укриття"))  // the pressed button's label is shown as the resident's line
        #expect(page.contains(#"<a href="https://diia.gov.ua" rel="noopener">Дія</a>"#))
        let keys = harness.recorder.inputs.withLock { $0.map(\.1) }
        #expect(Set(keys).count == 1)
    }

    @Test func aLinkOpensOneDialogueOnceAndThePageForgetsIt() async throws {
        let harness = try await harness()
        let opened = await send(harness, .get, "/chat?open=shelters")
        #expect(opened.status.code == 303)
        #expect(opened.headers["Location"] == "/chat#latest")
        let session = try #require(sessionCookie(opened))
        #expect(harness.recorder.inputs.withLock { $0.map(\.0) } == [.button("open:shelters")])
        let page = bodyText(await send(harness, .get, "/chat", cookie: session))
        #expect(page.contains("Відкрито shelters (uk)"))
        #expect(page.contains(#"<form class="chat__location" action="/chat" method="post""#))
        // Reloading the page neither opens the dialogue again nor starts at the main menu.
        _ = await send(harness, .get, "/chat", cookie: session)
        #expect(harness.recorder.inputs.withLock { $0.count } == 1)
        // The same link from a browser already chatting opens it in that conversation.
        _ = await send(harness, .get, "/chat?open=id_card", cookie: session)
        let keys = harness.recorder.inputs.withLock { $0.map(\.1) }
        #expect(keys.count == 2 && Set(keys).count == 1)
    }

    @Test func aHeadRequestLeavesNoResidentBehind() async throws {
        let harness = try await harness()
        for target in ["/chat", "/chat?open=shelters"] {
            let head = await send(harness, .head, target)
            #expect(head.status.code == 200)
            #expect(sessionCookie(head) == nil)
        }
        #expect(harness.recorder.inputs.withLock { $0.isEmpty })
        let residents = try await ResidentStore(database: harness.database, secretKey: Array(repeating: 1, count: 32))
            .list(hromadaID: harness.hromadaID, search: nil, level: nil, limit: 10, offset: 0)
        #expect(residents.isEmpty)
    }

    @Test func aLinkToNoPossibleDialogueShowsTheMainMenuWithANote() async throws {
        let harness = try await harness()
        for bad in ["..%2Fadmin", "ID_CARD", String(repeating: "a", count: 41), ""] {
            let opened = await send(harness, .get, "/chat?open=\(bad)")
            #expect(opened.status.code == 303, "\(bad)")
            let session = try #require(sessionCookie(opened))
            let page = bodyText(await send(harness, .get, "/chat", cookie: session))
            #expect(page.contains("Це посилання більше не веде до розділу бота. Ось головне меню:"), "\(bad)")
            #expect(page.contains("Головне меню"), "\(bad)")
        }
        #expect(harness.recorder.inputs.withLock { $0.allSatisfy { $0.0 == .button("cmd:menu") } })
    }

    @Test func aHromadaNamedInTheAddressStaysInFormsAndRedirects() async throws {
        let harness = try await harness()
        let first = await send(harness, .get, "/chat?hromada=demo")
        let session = try #require(sessionCookie(first))
        let html = bodyText(first)
        #expect(html.contains(#"<form class="chat__form" action="/chat?hromada=demo" method="post">"#))
        #expect(html.contains(#"<form class="chat__buttons" action="/chat?hromada=demo" method="post">"#))
        let token = try #require(html.firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1)
        let typed = await send(
            harness, .post, "/chat?hromada=demo", cookie: session,
            form: [("_csrf", String(token)), ("message", "Привіт")])
        #expect(typed.headers["Location"] == "/chat?hromada=demo#latest")
        let openedInDemo = await send(harness, .get, "/chat?hromada=demo&open=shelters", cookie: session)
        #expect(openedInDemo.headers["Location"] == "/chat?hromada=demo#latest")
        let forged = await send(
            harness, .post, "/chat?hromada=demo", cookie: session, form: [("_csrf", "forged"), ("message", "x")])
        #expect(forged.headers["Location"] == "/chat?hromada=demo")
        // A language chosen in the address stays through forms and redirects too.
        let english = bodyText(await send(harness, .get, "/chat?hromada=demo&lang=en", cookie: session))
        #expect(english.contains(#"action="/chat?hromada=demo&amp;lang=en""#))
        let opened = await send(harness, .get, "/chat?lang=en&open=shelters", cookie: session)
        #expect(opened.headers["Location"] == "/chat?lang=en#latest")
    }

    @Test func theAPIOpensADialogueAndRefusesOpenWithAnotherInput() async throws {
        let harness = try await harness()
        let opened = await send(harness, .post, "/api/v1/chat", json: #"{"open":"shelters","language":"en"}"#)
        #expect(opened.status.code == 200)
        let reply = try JSONSerialization.jsonObject(with: Data(bodyText(opened).utf8)) as? [String: Any]
        let messages = try #require(reply?["messages"] as? [[String: Any]])
        #expect(messages.first?["text"] as? String == "Відкрито shelters (en)")
        let session = try #require(reply?["session"] as? String)
        let again = await send(harness, .post, "/api/v1/chat", json: #"{"session":"\#(session)","open":"id_card"}"#)
        #expect(again.status.code == 200)
        #expect(
            harness.recorder.inputs.withLock { $0.map(\.0) } == [.button("open:shelters"), .button("open:id_card")])
        for (body, field) in [
            (#"{"open":"shelters","text":"привіт"}"#, "open"), (#"{"open":"Shelters!"}"#, "open"),
            (#"{"open":"ID_CARD"}"#, "open"), (#"{"open":7}"#, "open"),
        ] {
            let refused = await send(harness, .post, "/api/v1/chat", json: body)
            #expect(refused.status.code == 422 || refused.status.code == 400, "\(body)")
            #expect(bodyText(refused).contains(field), "\(body)")
        }
        #expect(harness.recorder.inputs.withLock { $0.count } == 2)
    }

    @Test func aFormWithoutTheSessionsTokenChangesNothing() async throws {
        let harness = try await harness()
        let session = try #require(sessionCookie(await send(harness, .get, "/chat")))
        let forged = await send(
            harness, .post, "/chat", cookie: session, form: [("_csrf", "forged"), ("message", "hi")])
        #expect(forged.status.code == 303)
        #expect(forged.headers["Location"] == "/chat")
        #expect(harness.recorder.inputs.withLock { $0.count } == 1)  // only the first page's menu
    }

    @Test func anEmptyOrOverlongMessageIsExplainedInUkrainian() async throws {
        let harness = try await harness()
        let first = await send(harness, .get, "/chat")
        let session = try #require(sessionCookie(first))
        let token = String(try #require(bodyText(first).firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1))
        let empty = await send(harness, .post, "/chat", cookie: session, form: [("_csrf", token), ("message", "  ")])
        #expect(empty.status.code == 422)
        #expect(bodyText(empty).contains("Напишіть повідомлення або натисніть кнопку."))
        let long = await send(
            harness, .post, "/chat", cookie: session,
            form: [("_csrf", token), ("message", String(repeating: "а", count: 4_001))])
        #expect(bodyText(long).contains("Повідомлення задовге"))
        #expect(harness.recorder.inputs.withLock { $0.count } == 1)
    }

    @Test func theAPIOpensASessionAndTakesExactlyOneInput() async throws {
        let harness = try await harness()
        let opened = await send(harness, .post, "/api/v1/chat", json: "{}")
        #expect(opened.status.code == 200)
        let body = try JSONSerialization.jsonObject(with: Data(bodyText(opened).utf8)) as? [String: Any]
        let session = try #require(body?["session"] as? String)
        let messages = try #require(body?["messages"] as? [[String: Any]])
        #expect(messages.first?["text"] as? String == "Головне меню\n<b>жирно?</b>")
        let answered = await send(
            harness, .post, "/api/v1/chat", json: #"{"session":"\#(session)","text":"Привіт","language":"en"}"#)
        #expect(bodyText(answered).contains("Ви написали: Привіт (en)"))
        let located = await send(
            harness, .post, "/api/v1/chat",
            json: #"{"session":"\#(session)","location":{"latitude":49.15,"longitude":31.18}}"#)
        #expect(bodyText(located).contains(#""kind":"location""#))
        for bad in [
            #"{"session":"\#(session)","text":"a","button":"b"}"#, #"{"session":"\#(session)"}"#,
            #"{"session":"not a session","text":"a"}"#, #"{"session":"\#(session)","text":""}"#,
            #"{"session":"\#(session)","location":{"latitude":91,"longitude":0}}"#,
        ] {
            let refused = await send(harness, .post, "/api/v1/chat", json: bad)
            #expect(refused.status.code == 422, "\(bad)")
            #expect(refused.headers["Content-Type"] == "application/problem+json", "\(bad)")
        }
        #expect(await send(harness, .post, "/api/v1/chat", json: "not json").status.code == 400)
        let keys = harness.recorder.inputs.withLock { $0.map(\.1) }
        #expect(keys.count == 3)
        #expect(Set(keys).count == 1)
    }

    @Test func aHromadasNewHostNameReachesTheChatWithinTwoSeconds() async throws {
        let directory = try TemporaryDirectory("svoyi-webchat")
        let database = try SQLiteDatabase(path: directory.path("chat.sqlite"))
        defer { database.close() }
        try await Migrator(CoreModule().migrations).migrate(database)
        let community = CommunityStore(database: database)
        let demo = try await community.importBundle(DemoHromada.bundle)
        let recorder = Recorder()
        let clock = ManualClock(Date(timeIntervalSince1970: 1_795_593_600))
        let chat = WebChat(
            receive: { input, _, hromadaID, _ in
                recorder.inputs.withLock { $0.append((input, String(hromadaID))) }
                return [.text("гаразд")]
            }, open: { _, _, _, _ in [] }, community: community,
            residents: ResidentStore(database: database, secretKey: Array(repeating: 1, count: 32)),
            secretKey: Array(repeating: 2, count: 32), clock: clock)
        var router = Router()
        chat.register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        func send(host: String) async -> Int {
            let body = Array("{}".utf8)
            let head = HTTPRequestHead(
                method: .post, target: "/api/v1/chat", version: .http1_1,
                headers: HTTPHeaders([
                    ("Host", host), ("Content-Type", "application/json"), ("Content-Length", String(body.count)),
                ]))
            return await responder.respond(to: HTTPRequest(head: head, body: body)).status.code
        }
        #expect(await send(host: "chat.example.ua") == 200, "an unknown host gets the first hromada")
        let other = try await community.createHromada(
            Hromada(slug: "other", name: LocalizedText(uk: "Інша громада"), hosts: ["chat.example.ua"]))
        #expect(await send(host: "chat.example.ua:8080") == 200)
        clock.advance(by: 1.9)
        #expect(await send(host: "chat.example.ua") == 200)
        clock.advance(by: 0.2)
        #expect(await send(host: "chat.example.ua") == 200)
        let hromadas = recorder.inputs.withLock { $0.map(\.1) }
        #expect(hromadas == [demo.id!, demo.id!, demo.id!, other.id!].map { String($0) })
    }

    /// What the API answered before its JSON was written by hand: `JSONEncoder` with sorted keys.
    struct EncodedByFoundation: Encodable {
        let session: String
        let messages: [BotMessage]
    }

    @Test func theAPIAnswersTheSameBytesJSONEncoderWrote() async throws {
        let harness = try await harness()
        let opened = await send(harness, .post, "/api/v1/chat", json: "{}")
        let session = try #require(try JSONValue.parse(bodyText(opened))["session"]?.string)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let menu: [BotMessage] = [
            .text(
                "Головне меню\n<b>жирно?</b>",
                buttons: [
                    BotButton(label: "Послуги", payload: "v1:main@1:start:0"),
                    BotButton(label: "Укриття", payload: "v1:main@1:start:1"),
                ])
        ]
        let expected = try encoder.encode(EncodedByFoundation(session: session, messages: menu))
        #expect(bodyText(opened) == String(decoding: expected, as: UTF8.self))
        #expect(opened.headers["Content-Type"] == "application/json")
        #expect(opened.headers["Cache-Control"] == "no-store")

        let pressed = await send(
            harness, .post, "/api/v1/chat", json: #"{"session":"\#(session)","button":"v1:main@1:start:0"}"#)
        let link: [BotMessage] = [.text("Кнопка v1:main@1:start:0"), .link("Дія", url: "https://diia.gov.ua")]
        let linkJSON = try encoder.encode(EncodedByFoundation(session: session, messages: link))
        #expect(bodyText(pressed) == String(decoding: linkJSON, as: UTF8.self))
    }

    @Test func theAPIReadsBodiesAsJSONDecoderDid() async throws {
        let harness = try await harness()
        let opened = await send(harness, .post, "/api/v1/chat", json: #"{"session":null,"text":null,"extra":[1]}"#)
        #expect(opened.status.code == 200, "null members are absent, unknown members are ignored")
        let session = try #require(try JSONValue.parse(bodyText(opened))["session"]?.string)
        let spaced = await send(
            harness, .post, "/api/v1/chat",
            json: "{ \"session\" : \"\(session)\", \"text\": \"\\u041f\\u0440и\", \"location\": null }")
        #expect(bodyText(spaced).contains("Ви написали: При (uk)"))
        // A member of the wrong type is refused by the decoder that names it, as before.
        let cases: [(String, Int, String?)] = [
            (#"{"session":"\#(session)","text":5}"#, 422, "text"),
            (#"{"session":"\#(session)","location":{"latitude":"49","longitude":31}}"#, 422, "location.latitude"),
            (#"{"session":"\#(session)","location":[49,31]}"#, 422, "location"),
            (#"{"session":"\#(session)","text":"a","text":"b"}"#, 200, nil),
            (#"[1]"#, 422, nil), (#"{"session":"\#(session)","text":"a"} x"#, 400, nil),
        ]
        for (body, status, field) in cases {
            let response = await send(harness, .post, "/api/v1/chat", json: body)
            let reference: Int
            do {
                let request = HTTPRequest(
                    head: HTTPRequestHead(
                        method: .post, target: "/", version: .http1_1,
                        headers: HTTPHeaders([("Content-Type", "application/json")])),
                    body: Array(body.utf8))
                _ = try request.decodeJSON(Probe.self)
                reference = 200
            } catch {
                reference = error.status.code
            }
            #expect(response.status.code == reference, "\(body): as JSONDecoder decided")
            #expect(response.status.code == status, "\(body)")
            if let field {
                let problem = try JSONValue.parse(bodyText(response))
                #expect(problem["errors"]?.array?.first?["field"]?.string == field, "\(body)")
            }
        }
        let unsupported = await send(harness, .post, "/api/v1/chat", form: [("text", "a")])
        #expect(unsupported.status.code == 415, "a form posted to the API is refused as before")
    }

    /// The API body's shape, to ask `JSONDecoder` what it made of a body.
    struct Probe: Decodable {
        struct Location: Decodable {
            let latitude: Double
            let longitude: Double
        }
        let session: String?
        let text: String?
        let button: String?
        let location: Location?
        let language: String?
    }
}
