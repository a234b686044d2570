import Foundation
import SvoyiCore

/// `svoyi-cli token …`: integrators' API tokens, scoped to one hromada and a set of permissions.
enum TokenCommands {
    static let spec = CommandSpec(
        "token", abstract: "Create, list and revoke integrators' API tokens.",
        discussion: """
            A token's full text is printed once, at creation, and stored only as a hash; afterwards its public \
            prefix names it. Creating and revoking are written to the hromada's audit log.
            """,
        subcommands: [create, list, revoke])

    static let create = CommandSpec(
        "create", abstract: "Create an API token and print it once.",
        discussion: """
            Only permissions that tokens may carry are accepted (managing staff, tokens and sign-in rules is for \
            people only); an unknown key is refused with the list of those that are allowed.
            """,
        options: [
            StaffCommands.hromada,
            .value("name", "name", "What the token is for («Сайт громади», «Термінал ЦНАП»).", required: true),
            .value(
                "permission", "key", "A permission the token carries, e.g. residents.view.", required: true,
                repeatable: true),
            .value("expires", "YYYY-MM-DD", "The last day the token works, in the hromada's time zone."),
        ]
    ) { arguments, env in
        let keys = arguments.values("permission")
        try checkTokenPermissions(keys, arguments.path)
        var lastDay: CivilDate?
        if let text = arguments.value("expires") {
            guard let date = CivilDate(text) else {
                throw UsageError(message: "--expires must be a date YYYY-MM-DD, not \(text)", path: arguments.path)
            }
            lastDay = date
        }
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let zone = zone(of: hromada)
        let created: (secret: String, token: APIToken)
        do {
            created = try await context.tokens.create(
                hromadaID: hromada.id!, name: arguments.required("name"), permissions: keys,
                expiresAt: lastDay.map { zone.instant(on: $0.adding(days: 1), at: LocalTime(hour: 0, minute: 0)!) },
                createdBy: "operator:\(env.operatorName)")
        } catch let error as IdentityError {
            throw error.failure
        }
        let token = created.token
        try await context.record(
            "token.create", hromadaID: hromada.id!, target: ("token", token.prefix),
            after: [
                "name": token.name, "permissions": token.permissions.joined(separator: ","),
                "expires": token.expiresAt.map(ISO8601Milliseconds.format) ?? "",
            ])
        let expiry = lastDay.map { "works until the end of \($0) (\(zone.identifier))" } ?? "does not expire"
        env.print("Created API token \(token.prefix) «\(token.name)» for \(hromada.slug); it \(expiry).")
        env.print("Permissions: \(token.permissions.joined(separator: ", "))")
        env.print("The token, shown only this once (keep it in the integration's secret settings):")
        env.print(created.secret)
    }

    static let list = CommandSpec(
        "list", abstract: "List a hromada's API tokens by their public prefix (never the secret).",
        options: [StaffCommands.hromada]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let tokens = try await context.tokens.tokens(hromadaID: hromada.id!)
        guard !tokens.isEmpty else {
            env.print("No API tokens in \(hromada.slug).")
            return
        }
        let zone = zone(of: hromada)
        let now = Date()
        func day(_ date: Date?) -> String { date.map { "\(CivilDate($0, in: zone))" } ?? "—" }
        env.print(
            textTable(
                ["PREFIX", "STATUS", "CREATED", "LAST DAY", "LAST USED", "PERMISSIONS", "NAME"],
                tokens.map { token in
                    let status =
                        token.revokedAt != nil ? "revoked" : token.isActive(at: now) ? "active" : "expired"
                    // Stored expiry is the midnight after the last day.
                    let lastDay = day(token.expiresAt?.addingTimeInterval(-1))
                    return [
                        token.prefix, status, day(token.createdAt), lastDay, day(token.lastUsedAt),
                        token.permissions.joined(separator: ","), token.name,
                    ]
                }))
    }

    static let revoke = CommandSpec(
        "revoke", abstract: "Revoke an API token for good; it stops working at once.",
        arguments: [
            ArgumentSpec(name: "prefix", help: "The token's prefix as 'token list' shows it, or the whole token.")
        ]
    ) { arguments, env in
        let prefix = publicPrefix(arguments.required("prefix"))
        let context = try await OperatorContext.open(arguments, env)
        guard let token = try await context.tokens.token(prefix: prefix) else {
            throw CLIFailure(message: "no API token with prefix \(prefix); 'svoyi-cli token list' shows them")
        }
        let slug = try await context.slug(hromadaID: token.hromadaID)
        if token.revokedAt != nil {
            env.print("API token \(token.prefix) «\(token.name)» of \(slug) was already revoked; nothing changed.")
            return
        }
        do {
            try await context.tokens.revoke(id: token.id, hromadaID: token.hromadaID)
        } catch let error as IdentityError {
            throw error.failure
        }
        try await context.record(
            "token.revoke", hromadaID: token.hromadaID, target: ("token", token.prefix), detail: token.name)
        env.print("Revoked API token \(token.prefix) «\(token.name)» of \(slug); it no longer works.")
    }

    /// The public prefix of `text`: a prefix as `token list` shows it, or a whole token `svoyi_<prefix>_<secret>`,
    /// whose secret is dropped here and never printed.
    static func publicPrefix(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = trimmed.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts[0] == "svoyi" ? String(parts[1]) : trimmed
    }

    /// Refuses keys no mounted module registers and keys tokens may not carry (a usage error: the allowed keys
    /// are fixed by the build, like an option's choices).
    static func checkTokenPermissions(_ keys: [String], _ path: [String]) throws {
        let matrix = try PermissionMatrix(modules: SvoyiCLI.modules)
        let allowed = matrix.permissions.filter(\.allowsTokens).map(\.key)
        for key in keys {
            let reason: String
            if let permission = matrix.permission(key) {
                if permission.allowsTokens { continue }
                reason = "\(key) is for people only and cannot be given to a token"
            } else {
                reason = "unknown permission \(key)"
            }
            throw UsageError(
                message: "\(reason); tokens may carry: \(allowed.joined(separator: ", "))", path: path)
        }
    }

    static func zone(of hromada: Hromada) -> TimeZone {
        TimeZone(identifier: hromada.timeZone) ?? TimeZone.kyiv
    }
}
