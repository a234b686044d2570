import Foundation
import SvoyiCore

/// Saving drafts (raw JSON and the structured form), publishing and rolling back. Every change is audited with
/// the versions before and after; a refusal changes nothing and shows the page again with the reason.
extension DialogueAdmin {
    /// `POST /admin/dialogues/{dialogue}/draft`: the raw JSON as a new draft.
    func saveRawDraft(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let fields = try request.formFields()
        let json = fields["json"] ?? ""
        var errors = FormErrors()
        var decoded: Dialogue?
        do {
            decoded = try Dialogue.decode(json: Data(json.utf8))
        } catch {
            errors.add("json", Self.describe(error.problem))
        }
        if let dialogue = decoded, dialogue.id != id {
            errors.add(
                "json",
                "Поле id має лишатися «\(id)». Щоб зробити інший діалог, створіть новий на сторінці «Діалоги чат-бота»."
            )
        }
        staleBase(fields, history: history, into: &errors, field: "json")
        guard errors.isEmpty, let dialogue = decoded else {
            return try await dialoguePage(
                context: context, submitted: ["json": json], errors: errors, status: .unprocessableContent)
        }
        let saved = try await store.saveDraft(dialogue, hromadaID: actor.hromadaID, by: actor.login)
        try await auditDraft(saved, before: history.last, request: request, context: context, via: "json")
        return AdminPanel.redirect(Self.path(id, "?done=draft&version=\(saved.dialogue.version)"))
    }

    /// `POST /admin/dialogues/{dialogue}/details`: the structured form's fields on the newest version, as a new
    /// draft; nothing else of the dialogue changes.
    func saveDetails(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let newest = history[history.count - 1]
        let fields = try request.formFields()
        var submitted = AdminPanel.values(fields)
        submitted["base"] = nil
        var errors = FormErrors()
        staleBase(fields, history: history, into: &errors, field: "title_uk")
        var changed = newest.dialogue
        switch DialogueDetailsForm.apply(fields, to: newest.dialogue) {
        case .success(let dialogue): changed = dialogue
        case .failure(let list): for item in list.errors.items { errors.add(item.field, item.message) }
        }
        guard errors.isEmpty else {
            return try await dialoguePage(
                context: context, submitted: submitted, errors: errors, status: .unprocessableContent)
        }
        guard changed != newest.dialogue else { return AdminPanel.redirect(Self.path(id, "?done=unchanged")) }
        let saved = try await store.saveDraft(changed, hromadaID: actor.hromadaID, by: actor.login)
        try await auditDraft(saved, before: newest, request: request, context: context, via: "form")
        return AdminPanel.redirect(Self.path(id, "?done=draft&version=\(saved.dialogue.version)"))
    }

    /// `POST /admin/dialogues/{dialogue}/publish` (field `version`): a draft goes live.
    func publish(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let revision = try chosenRevision(request, history: history)
        guard revision.status == .draft else {
            return try await refuse(
                "Опублікувати можна лише чернетку. Версію \(revision.version), що вже була опублікована, "
                    + "повертають кнопкою «Повернути цю версію».", action: "dialogue.publish", id: id,
                version: revision.version, request: request, context: context)
        }
        let before = history.first { $0.status == .published }
        do {
            try await store.publish(id: id, version: revision.version, hromadaID: actor.hromadaID, by: actor.login)
        } catch DialogueStoreError.invalid(let problems) {
            return try await refuse(
                "Версію \(revision.version) не опубліковано: у ній є помилки. Мешканці й далі отримують "
                    + (before.map { "версію \($0.version)" } ?? "попередній стан") + ".", problems: problems,
                action: "dialogue.publish", id: id, version: revision.version, request: request, context: context)
        }
        try await panel.audit(
            "dialogue.publish", context: context, request: request, target: ("dialogue", id),
            before: ["published": before.map { String($0.version) } ?? ""],
            after: ["published": String(revision.version)])
        return AdminPanel.redirect(Self.path(id, "?done=published&version=\(revision.version)"))
    }

    /// `POST /admin/dialogues/{dialogue}/rollback` (field `version`): a version published before goes live again.
    func rollBack(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let revision = try chosenRevision(request, history: history)
        guard revision.status == .archived, revision.publishedAt != nil else {
            let message =
                revision.status == .published
                ? "Версія \(revision.version) і так опублікована."
                : "Версію \(revision.version) ще не публікували: "
                    + "повернути можна лише версію, яку мешканці вже отримували. Чернетку публікують кнопкою «Опублікувати»."
            return try await refuse(
                message, action: "dialogue.rollback", id: id, version: revision.version, request: request,
                context: context)
        }
        let before = history.first { $0.status == .published }
        do {
            try await store.rollBack(id: id, to: revision.version, hromadaID: actor.hromadaID, by: actor.login)
        } catch DialogueStoreError.invalid(let problems) {
            return try await refuse(
                "Версію \(revision.version) не повернуто: зараз вона не проходить перевірку (наприклад, веде до "
                    + "діалогу, якого вже немає).", problems: problems, action: "dialogue.rollback", id: id,
                version: revision.version, request: request, context: context)
        }
        try await panel.audit(
            "dialogue.rollback", context: context, request: request, target: ("dialogue", id),
            before: ["published": before.map { String($0.version) } ?? ""],
            after: ["published": String(revision.version)])
        return AdminPanel.redirect(Self.path(id, "?done=rolledback&version=\(revision.version)"))
    }

    // MARK: Shared

    /// The version a publish or rollback form names; 422 for a missing or unknown one.
    func chosenRevision(_ request: HTTPRequest, history: [DialogueRevision]) throws -> DialogueRevision {
        let fields = try request.formFields()
        guard let version = fields["version"].flatMap(Int.init),
            let revision = history.first(where: { $0.version == version })
        else {
            throw HTTPError(.unprocessableContent, "Оберіть версію зі списку версій діалогу.")
        }
        return revision
    }

    /// Records the refusal and shows the dialogue's page with it (422); nothing was changed.
    func refuse(
        _ message: String, problems: [DialogueProblem] = [], action: String, id: String, version: Int,
        request: HTTPRequest, context: RequestContext
    ) async throws -> HTTPResponse {
        try await panel.audit(
            action, context: context, request: request, outcome: .denied, target: ("dialogue", id),
            detail: problems.isEmpty ? "refused" : "\(problems.count) validation error(s)",
            after: ["version": String(version)])
        return try await dialoguePage(
            context: context, refusal: Refusal(message: message, problems: problems), status: .unprocessableContent)
    }

    /// Adds a problem when the form was made from an older version than the newest now stored (someone saved in
    /// between), so an edit never silently drops another's.
    func staleBase(
        _ fields: URLEncodedFields, history: [DialogueRevision], into errors: inout FormErrors, field: String
    ) {
        guard let base = fields["base"].flatMap(Int.init), let newest = history.last?.version, base != newest else {
            return
        }
        errors.add(
            field,
            "Поки ви редагували, збережено версію \(newest). Перегляньте її та внесіть свої зміни ще раз.")
    }

    /// Audits a saved draft: the newest version before and the new one, and how many errors it has.
    func auditDraft(
        _ saved: SavedDraft, before: DialogueRevision?, request: HTTPRequest, context: RequestContext, via: String
    ) async throws {
        try await panel.audit(
            "dialogue.draft", context: context, request: request, target: ("dialogue", saved.dialogue.id),
            detail: via, before: ["version": before.map { String($0.version) } ?? ""],
            after: [
                "version": String(saved.dialogue.version), "errors": String(saved.problems.errors.count),
                "warnings": String(saved.problems.warnings.count),
            ])
    }
}
