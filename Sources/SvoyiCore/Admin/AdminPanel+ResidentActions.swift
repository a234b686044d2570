import Foundation

extension AdminPanel {
    func verifyResident(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let resident = try await targetResident(context)
        let fields = try request.formFields()
        let after: Resident
        do {
            after = try await identity.residents.verifyInPerson(
                residentID: resident.id, staffID: actor.id, note: fields["note"], hromadaID: actor.hromadaID)
        } catch ResidentError.invalidNote {
            return try await residentPage(
                context: context, values: Self.values(fields), errors: ["note": ResidentError.invalidNote.messageUK],
                status: .unprocessableContent)
        }
        // Levels only: the note is the staff member's words and stays in the resident's record.
        try await audit(
            "resident.verify", context: context, request: request, target: ("resident", String(resident.id)),
            detail: "in person", before: ["level": "\(resident.verificationLevel)"],
            after: ["level": "\(after.verificationLevel)"])
        return Self.redirect("/admin/residents/\(resident.id)?done=verified")
    }

    func exportResident(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let resident = try await targetResident(context)
        let export = try await identity.residents.export(residentID: resident.id, hromadaID: actor.hromadaID)
        let json = try export.jsonData()
        try await audit(
            "resident.export", context: context, request: request, target: ("resident", String(resident.id)))
        return HTTPResponse(
            status: .ok,
            headers: HTTPHeaders([
                ("Content-Type", "application/json; charset=utf-8"),
                ("Content-Disposition", "attachment; filename=\"resident-\(resident.id).json\""),
                ("Cache-Control", "no-store"),
            ]),
            body: .bytes(Array(json)))
    }

    func deleteResident(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let resident = try await targetResident(context)
        let fields = try request.formFields()
        guard fields["confirm"] == "yes" else {
            return try await residentPage(
                context: context,
                errors: ["confirm": "Позначте, що ви справді хочете видалити всі дані мешканця безповоротно."],
                status: .unprocessableContent)
        }
        try await identity.residents.delete(residentID: resident.id, hromadaID: actor.hromadaID)
        // Only the id: the audit log outlives the erased data and must not keep a copy of it.
        try await audit(
            "resident.delete", context: context, request: request, target: ("resident", String(resident.id)))
        return Self.redirect("/admin/residents?done=deleted")
    }
}
