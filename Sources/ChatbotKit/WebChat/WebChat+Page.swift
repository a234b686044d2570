import Foundation
import SvoyiCore

extension WebChat {
    /// `GET /chat`: the conversation so far, the latest answer's buttons, and a message box. A new browser gets a
    /// session and the main menu.
    func page(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let hromada = try await hromada(for: request, context: context)
        var session = context.cookies[cookieName] ?? ""
        var setCookie: SetCookie?
        if !Self.isValidSession(session) {
            session = SecureRandom.token(bytes: 16)
            setCookie = cookie(session, request: request)
        }
        if let opening = context.query["open"] {
            // A link into one dialogue (the emergency alert's shelters link, a poster's QR code): open it, then send
            // the browser to the page without `open`, so that reloading it does not open the dialogue again.
            let key = try await resident(session: session, hromadaID: hromada.id!, language: context.language)
            let reply =
                DialogueValidator.isValidID(opening)
                ? try await open(opening, key, hromada.id!, context.language)
                : [.text(EngineTexts.linkUnavailable.text(in: context.language))]
                    + (try await receive(.button(GlobalCommand.mainMenu.payload), key, hromada.id!, context.language))
            transcripts.append(reply.map { .init(fromResident: false, message: $0) }, to: session)
            var response = HTTPResponse(
                status: .seeOther,
                headers: HTTPHeaders([
                    ("Location", Self.path(hromada: hromada, context: context) + "#latest"),
                    ("Cache-Control", "no-store"),
                ]))
            if let setCookie { response.headers.add("Set-Cookie", setCookie.headerValue) }
            return response
        }
        if transcripts.lines(of: session).isEmpty {
            let key = try await resident(session: session, hromadaID: hromada.id!, language: context.language)
            let reply = try await receive(.button(GlobalCommand.mainMenu.payload), key, hromada.id!, context.language)
            transcripts.append(reply.map { .init(fromResident: false, message: $0) }, to: session)
        }
        var response = try await render(hromada: hromada, session: session, context: context)
        if let setCookie { response.headers.add("Set-Cookie", setCookie.headerValue) }
        return response
    }

    /// `POST /chat`: a typed message, a pressed button, or a place from the location form (the browser's
    /// coordinates, or a settlement or coordinates typed), then the page again (Post/Redirect/Get).
    func submit(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let hromada = try await hromada(for: request, context: context)
        let session = context.cookies[cookieName] ?? ""
        let fields = try request.formFields()
        guard Self.isValidSession(session),
            ConstantTime.equals(Array((fields[Form.csrfFieldName] ?? "").utf8), Array(formToken(session: session).utf8))
        else {
            // A stale or foreign form: start the page afresh rather than act on it.
            return HTTPResponse(
                status: .seeOther, headers: HTTPHeaders([("Location", Self.path(hromada: hromada, context: context))]))
        }
        let input: ResidentInput
        let shown: String
        if fields["place"] != nil || fields["latitude"] != nil {
            let settlements = try await community.settlements(hromadaID: hromada.id!)
            do throws(PlaceProblem) {
                let place = try Self.place(
                    latitude: fields["latitude"], longitude: fields["longitude"], typed: fields["place"],
                    settlements: settlements, language: context.language)
                input = .location(latitude: place.latitude, longitude: place.longitude)
                shown = Wording.myLocation(place.shown).text(context.language)
            } catch {
                let example = Self.example(settlements)
                let problem: Wording =
                    switch error {
                    case .outOfRange: .placeOutOfRange
                    case .empty: .placeEmpty
                    case .unknown(let typed): .placeUnknown(String(typed.prefix(100)), example: example)
                    }
                return try await render(
                    hromada: hromada, session: session, context: context,
                    placeError: problem.text(context.language), status: .unprocessableContent)
            }
        } else if let button = fields["button"], !button.isEmpty {
            input = .button(button)
            // The pressed button's label, as the person saw it.
            let offered = transcripts.lines(of: session).reversed().lazy.flatMap(\.message.buttons)
            shown = offered.first { $0.payload == button }?.label ?? "…"
        } else {
            let text = (fields["message"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= maximumTextLength else {
                let problem = text.isEmpty ? Wording.empty : Wording.tooLong(maximumTextLength)
                return try await render(
                    hromada: hromada, session: session, context: context, error: problem.text(context.language),
                    status: .unprocessableContent)
            }
            input = .text(text)
            shown = text
        }
        // The page's first view created the resident; a message only needs its key.
        let reply = try await receive(input, residentKey(session: session), hromada.id!, context.language)
        transcripts.append(
            [.init(fromResident: true, message: .text(shown))] + reply.map { .init(fromResident: false, message: $0) },
            to: session)
        return HTTPResponse(
            status: .seeOther,
            headers: HTTPHeaders([
                ("Location", Self.path(hromada: hromada, context: context) + "#latest"), ("Cache-Control", "no-store"),
            ]))
    }

    /// The page's own address: `/chat`, with `hromada=<slug>` when the request named its hromada that way (a server
    /// whose hromadas have no host names of their own) and `lang=` when it chose the page's language, so that forms
    /// and redirects stay in that hromada and that language.
    static func path(hromada: Hromada, context: RequestContext) -> String {
        var query: [String] = []
        if context.query["hromada"] != nil { query.append("hromada=" + hromada.slug) }
        if let chosen = context.query["lang"].flatMap(Language.init(rawValue:)) {
            query.append("lang=" + chosen.rawValue)
        }
        return query.isEmpty ? "/chat" : "/chat?" + query.joined(separator: "&")
    }

    func cookie(_ session: String, request: HTTPRequest) -> SetCookie {
        // The token is base64url, so the cookie is always valid.
        (try? SetCookie(
            name: cookieName, value: session, path: "/", maxAge: 30 * 24 * 3600, httpOnly: true,
            secure: request.isSecure, sameSite: .lax))!
    }

    func render(
        hromada: Hromada, session: String, context: RequestContext, error: String? = nil, placeError: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let language = context.language
        let action = Self.path(hromada: hromada, context: context)
        let lines = transcripts.lines(of: session)
        let lastBot = lines.lastIndex { !$0.fromResident }
        // The bot's latest turn: every line after the resident's last one keeps its buttons live.
        let turnStart = (lines.lastIndex { $0.fromResident } ?? -1) + 1
        // A live request for a location gets the location form, with a settlement of the hromada as the example.
        let asksLocation = lines[turnStart...].contains { !$0.fromResident && $0.message.request == .location }
        let example = asksLocation ? Self.example(try await community.settlements(hromadaID: hromada.id!)) : ""
        let layout = PageLayout(
            hromadaName: hromada.name.text(for: language.rawValue), localizer: Localizer(language: language))
        let page = layout.render(title: Wording.title.text(language)) {
            HTML.h1 { Wording.title.text(language) }
            HTML.p(.class("lead")) { Wording.intro.text(language) }
            HTML.ol(.class("chat"), .aria("label", Wording.transcript.text(language))) {
                for (index, line) in lines.enumerated() {
                    HTML.li(
                        .class(line.fromResident ? "chat__line chat__line--resident" : "chat__line chat__line--bot"),
                        index == lastBot ? .id("latest") : .omitted
                    ) {
                        HTML.span(.class("visually-hidden")) {
                            (line.fromResident ? Wording.you : Wording.bot).text(language) + ": "
                        }
                        message(
                            line.message, session: session, action: action, withButtons: index >= turnStart,
                            language: language)
                        if index >= turnStart && line.message.request == .location {
                            locationForm(
                                session: session, action: action, example: example, error: placeError,
                                language: language)
                        }
                    }
                }
            }
            if asksLocation {
                HTML.element(HTMLTag("script"), [.src(Self.scriptPath), .flag("defer")])
            }
            HTML.form(.class("chat__form"), HTMLAttribute("action", action), HTMLAttribute("method", "post")) {
                Form.csrfField(token: formToken(session: session))
                HTML.div(.class(error == nil ? "field" : "field field--error")) {
                    HTML.label(.class("field__label"), .for("chat-message")) { Wording.yourMessage.text(language) }
                    if let error { HTML.p(.class("field__error"), .id("chat-message-error")) { error } }
                    HTML.input(
                        .type("text"), .class("input"), .id("chat-message"), .name("message"),
                        .autocomplete("off"), HTMLAttribute("maxlength", String(maximumTextLength)),
                        error == nil ? .omitted : .aria("describedby", "chat-message-error"))
                }
                HTML.button(.type("submit"), .class("button")) { Wording.send.text(language) }
            }
        }
        return HTTPResponse(
            status: status,
            headers: HTTPHeaders([
                ("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
                ("Content-Language", language.rawValue),
                // The location button needs the Geolocation API, which the default policy turns off.
                ("Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=(), usb=()"),
            ]),
            body: .bytes(page.renderBytes()))
    }

    /// A settlement of the hromada to name in the location form's hint, the first with coordinates.
    static func example(_ settlements: [Settlement]) -> String {
        settlements.first { $0.coordinates != nil }?.name.uk ?? "Калинівка"
    }

    /// One bot (or resident) message as HTML: paragraphs, then its buttons as one form when they are live. A
    /// request for a location is only its prompt: the location form follows it while it is live.
    func message(
        _ message: BotMessage, session: String, action: String, withButtons: Bool, language: Language
    ) -> HTML {
        HTML.fragment {
            if message.request == .location {
                HTML.p { message.text }
            } else {
                Self.content(of: message, language: language)
            }
            if withButtons && !message.buttons.isEmpty {
                HTML.form(.class("chat__buttons"), HTMLAttribute("action", action), HTMLAttribute("method", "post")) {
                    Form.csrfField(token: formToken(session: session))
                    for button in message.buttons {
                        HTML.button(
                            .type("submit"), .class("button button--secondary"), .name("button"), .value(button.payload)
                        ) { button.label }
                    }
                }
            }
        }
    }

    /// A message's text, link, place or request as HTML, without its buttons (the admin's test chat renders the
    /// same way, with its own button form).
    static func content(of message: BotMessage, language: Language) -> HTML {
        HTML.fragment {
            switch message.kind {
            case .text:
                for paragraph in message.text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                    HTML.p {
                        for (index, line) in paragraph.components(separatedBy: "\n").enumerated() {
                            if index > 0 { HTML.br() }
                            line
                        }
                    }
                }
            case .link:
                HTML.p { HTML.a(.href(message.url ?? "#"), .rel("noopener")) { message.text } }
            case .location:
                HTML.p {
                    HTML.strong { message.text }
                    if let address = message.address {
                        HTML.br()
                        address
                    }
                    if let latitude = message.latitude, let longitude = message.longitude {
                        HTML.br()
                        HTML.a(
                            .href(
                                "https://www.openstreetmap.org/?mlat=\(latitude)&mlon=\(longitude)#map=17/\(latitude)/\(longitude)"
                            ),
                            .rel("noopener")
                        ) { Wording.onMap.text(language) }
                    }
                }
            case .request:
                HTML.p { message.text }
                HTML.p(.class("muted")) {
                    (message.request == .location ? Wording.noLocation : Wording.noContact).text(language)
                }
            }
        }
    }
}
