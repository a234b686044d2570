import Foundation
import SvoyiCore

/// «Перевірити в розмові»: a small chat, like the web chat, that runs any stored version of a dialogue (a draft
/// too) as if it were published, with the hromada's other dialogues as residents get them now.
///
/// It has its own conversation service over a ``StaticDialogueSource`` and its own key per staff member and
/// dialogue (`admin-try:<staff id>:<dialogue>`), passes no resident, and creates no resident: residents'
/// conversations are never read or written.
extension DialogueAdmin {
    /// The conversation key of `staffID`'s test chat of dialogue `id`.
    static func tryOutKey(staffID: Int64, dialogue id: String) -> String {
        "admin-try:\(staffID):\(id)"
    }

    /// `GET /admin/dialogues/{dialogue}/try?version=N` (the newest without `version`): the chat so far, started
    /// afresh when it ran another version.
    func tryOutPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let revision = try tryOutRevision(context, history: history)
        let key = Self.tryOutKey(staffID: actor.id, dialogue: id)
        if tryOuts.version(of: key) != revision.version {
            try await startTryOut(revision, key: key, hromadaID: actor.hromadaID)
        }
        return try await tryOutRender(revision, key: key, context: context)
    }

    /// `POST /admin/dialogues/{dialogue}/try?version=N`: a typed message, a pressed button, or «Почати спочатку»;
    /// then the page again (Post/Redirect/Get).
    func tryOutSubmit(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let revision = try tryOutRevision(context, history: history)
        let key = Self.tryOutKey(staffID: actor.id, dialogue: id)
        let page = AdminPanel.redirect(Self.path(id, "/try?version=\(revision.version)#latest"))
        let fields = try request.formFields()
        if fields["action"] == "restart" || tryOuts.version(of: key) != revision.version {
            // A chat on another version (another tab, a restart of the server): its buttons mean nothing here.
            try await startTryOut(revision, key: key, hromadaID: actor.hromadaID)
            return page
        }
        let input: ResidentInput
        let shown: String
        if let typed = fields["place"] {
            let settlements = try await CommunityStore(database: store.database).settlements(hromadaID: actor.hromadaID)
            do throws(WebChat.PlaceProblem) {
                let place = try WebChat.place(
                    latitude: nil, longitude: nil, typed: typed, settlements: settlements, language: .uk)
                input = .location(latitude: place.latitude, longitude: place.longitude)
                shown = WebChat.Wording.myLocation(place.shown).text(.uk)
            } catch {
                let problem: WebChat.Wording =
                    switch error {
                    case .outOfRange: .placeOutOfRange
                    case .empty: .placeEmpty
                    case .unknown(let text):
                        .placeUnknown(String(text.prefix(100)), example: WebChat.example(settlements))
                    }
                return try await tryOutRender(
                    revision, key: key, context: context, errors: ["place": problem.text(.uk)],
                    status: .unprocessableContent)
            }
        } else if let button = fields["button"], !button.isEmpty {
            input = .button(button)
            let offered = tryOuts.lines(of: key).reversed().lazy.flatMap(\.message.buttons)
            shown = offered.first { $0.payload == button }?.label ?? "…"
        } else {
            let text = (fields["message"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= DialogueEngine.maximumTextLength else {
                let problem =
                    text.isEmpty
                    ? "Напишіть повідомлення або натисніть кнопку."
                    : "Повідомлення задовге: до \(DialogueEngine.maximumTextLength) символів."
                return try await tryOutRender(
                    revision, key: key, context: context, errors: ["message": problem], status: .unprocessableContent)
            }
            input = .text(text)
            shown = text
        }
        let service = try await tryOutService(revision.dialogue, hromadaID: actor.hromadaID)
        let reply = try await service.receive(input, from: key, hromadaID: actor.hromadaID)
        tryOuts.append(
            [.init(fromResident: true, message: .text(shown))] + reply.map { .init(fromResident: false, message: $0) },
            to: key)
        return page
    }

    /// The version `?version=` names, or the newest; 404 for one the dialogue does not have.
    func tryOutRevision(_ context: RequestContext, history: [DialogueRevision]) throws -> DialogueRevision {
        guard let text = context.query["version"] else { return history[history.count - 1] }
        guard let version = Int(text), let revision = history.first(where: { $0.version == version }) else {
            throw HTTPError(.notFound, "У цього діалогу немає такої версії.")
        }
        return revision
    }

    /// A conversation service like the residents' one, over the hromada's published dialogues with `dialogue`
    /// in place of its published version.
    func tryOutService(_ dialogue: Dialogue, hromadaID: Int64) async throws -> ConversationService {
        let others = try await store.allPublished(hromadaID: hromadaID).filter { $0.id != dialogue.id }
        return ConversationService(
            database: conversations.database, dialogues: StaticDialogueSource(others + [dialogue]),
            actions: conversations.actions, engine: conversations.engine, clock: conversations.clock,
            log: conversations.log, lock: conversations.lock)
    }

    /// Starts the test chat `key` at the start of `revision`: the conversation is put in the dialogue, then
    /// «restart» walks it from its first step.
    func startTryOut(_ revision: DialogueRevision, key: String, hromadaID: Int64) async throws {
        let dialogue = revision.dialogue
        let state = ConversationState(
            position: .init(dialogueID: dialogue.id, version: dialogue.version, nodeID: dialogue.start),
            startedAt: conversations.clock.now)
        try await ConversationStore(database: conversations.database).save(state, key: key, hromadaID: hromadaID)
        let service = try await tryOutService(dialogue, hromadaID: hromadaID)
        let reply = try await service.receive(.button(GlobalCommand.restart.payload), from: key, hromadaID: hromadaID)
        tryOuts.start(key, version: revision.version, lines: reply.map { .init(fromResident: false, message: $0) })
    }

    func tryOutRender(
        _ revision: DialogueRevision, key: String, context: RequestContext, errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let id = revision.id
        let action = Self.path(id, "/try?version=\(revision.version)")
        let lines = tryOuts.lines(of: key)
        let lastBot = lines.lastIndex { !$0.fromResident }
        let form = panel.form(context, errors: errors)
        let asksLocation = lastBot.map { lines[$0].message.request == .location } ?? false
        let example =
            asksLocation
            ? WebChat.example(
                try await CommunityStore(database: store.database).settlements(
                    hromadaID: try panel.signedIn(context).member.hromadaID)) : ""
        let title = "Перевірка в розмові: \(revision.dialogue.title.uk)"
        return try await panel.page(form.pageTitle(title), context: context, current: Self.basePath, status: status) {
            form.errorSummary
            HTML.p { HTML.a(.href(Self.path(id))) { "До діалогу «\(revision.dialogue.title.uk)»" } }
            HTML.h1 { "Перевірка в розмові" }
            HTML.p(.class("lead")) {
                "«\(revision.dialogue.title.uk)», версія \(revision.version) — \(Self.statusName(revision))."
            }
            HTML.p {
                "Тестова розмова: її бачите лише ви, мешканці нічого не отримують. Діалог працює так, ніби цю версію "
                    + "опубліковано, а решта діалогів — такі, як зараз у мешканців. Кроки, що звертаються до інших "
                    + "модулів (наприклад, пошук укриттів), виконуються по-справжньому."
            }
            HTML.ol(.class("chat"), .aria("label", "Тестова розмова з ботом")) {
                for (index, line) in lines.enumerated() {
                    HTML.li(
                        .class(line.fromResident ? "chat__line chat__line--resident" : "chat__line chat__line--bot"),
                        index == lastBot ? .id("latest") : .omitted
                    ) {
                        HTML.span(.class("visually-hidden")) { line.fromResident ? "Ви: " : "Бот: " }
                        WebChat.content(of: line.message, language: .uk)
                        if index == lastBot && line.message.request == .location {
                            // No browser location here: staff type a settlement or coordinates, as residents can.
                            form.element(action: action, .class("chat__location")) {
                                form.input(
                                    "place", label: WebChat.Wording.placeLabel.text(.uk),
                                    hint: WebChat.Wording.placeHint(example).text(.uk), autocomplete: "off")
                                form.submit(WebChat.Wording.sendPlace.text(.uk), style: .secondary)
                            }
                        }
                        if index == lastBot && !line.message.buttons.isEmpty {
                            HTML.form(
                                .class("chat__buttons"), HTMLAttribute("action", action),
                                HTMLAttribute("method", "post")
                            ) {
                                if let token = context.principal?.session?.csrfToken { Form.csrfField(token: token) }
                                for button in line.message.buttons {
                                    HTML.button(
                                        .type("submit"), .class("button button--secondary"), .name("button"),
                                        .value(button.payload)
                                    ) { button.label }
                                }
                            }
                        }
                    }
                }
            }
            form.element(action: action, .class("chat__form")) {
                form.input("message", label: "Ваше повідомлення", autocomplete: "off")
                form.buttonGroup {
                    form.submit("Надіслати")
                    form.submit("Почати спочатку", style: .secondary, name: "action", value: "restart")
                }
            }
        }
    }
}
