import Foundation

extension AdminPanel {
    /// What `GET /api/v1/me` answers: the token's own record, so an integrator can check a token.
    struct TokenInfo: Encodable {
        let hromada: String
        let name: String
        let prefix: String
        let permissions: [String]
        let expiresAt: String?
    }

    /// One audit entry as `GET /api/v1/audit` answers it.
    struct AuditItem: Encodable {
        let id: Int64
        let at: String
        let actorKind: String
        let actorName: String
        let action: String
        let outcome: String
        let targetKind: String?
        let targetID: String?
        let detail: String?
        let before: [String: String]?
        let after: [String: String]?
    }

    struct AuditPage: Encodable {
        let items: [AuditItem]
        /// Pass as `before` for the next (older) page; absent on the last page.
        let nextBefore: Int64?
    }

    func registerAPI(on router: inout Router) {
        get(&router, "/api/v1/me", .signedIn) { _, context in
            guard case .token(let token) = context.principal else { throw HTTPError(.unauthorized) }
            let hromada = try await community.hromada(id: token.hromadaID)
            return try .json(
                TokenInfo(
                    hromada: hromada?.slug ?? "", name: token.name, prefix: token.prefix,
                    permissions: token.permissions,
                    expiresAt: token.expiresAt.map(ISO8601Milliseconds.format)), sortedKeys: true)
        }
        get(&router, "/api/v1/audit", .permission(Permission.auditView.key)) { _, context in
            guard let principal = context.principal else { throw HTTPError(.unauthorized) }
            let (filter, errors) = Self.auditFilter(context.query)
            guard errors.isEmpty else {
                throw HTTPError(
                    .unprocessableContent, "Невірні параметри фільтра.",
                    fieldErrors: errors.items.map { FieldError(field: $0.field, detail: $0.message) })
            }
            let limit = min(max(Int(context.query["limit"] ?? "") ?? 100, 1), 500)
            let entries = try await identity.audit.entries(
                hromadaID: principal.hromadaID, filter: filter, limit: limit + 1)
            let items = entries.prefix(limit).map { entry in
                AuditItem(
                    id: entry.id ?? 0, at: ISO8601Milliseconds.format(entry.at), actorKind: entry.actor.kind,
                    actorName: entry.actor.label, action: entry.action, outcome: entry.outcome.rawValue,
                    targetKind: entry.targetKind, targetID: entry.targetID, detail: entry.detail, before: entry.before,
                    after: entry.after)
            }
            return try .json(
                AuditPage(items: Array(items), nextBefore: entries.count > limit ? items.last?.id : nil),
                sortedKeys: true)
        }
    }
}
