import Foundation
import SvoyiCore

/// `svoyi-cli staff …`: the operator's way to add the first staff of a hromada and to let anyone back in.
enum StaffCommands {
    static let spec = CommandSpec(
        "staff", abstract: "Add, list, disable and enable staff; reset their password or two-factor sign-in.",
        discussion: """
            Every change is written to the hromada's audit log with you (the system user) as the operator. \
            Temporary passwords are printed once and stored only as hashes.
            """,
        subcommands: [create, list, disable, enable, resetPassword, resetTwoFactor, makeOwner])

    static let hromada = OptionSpec.value("hromada", "slug", "The hromada's slug.", required: true)
    static let login = ArgumentSpec(name: "login", help: "The staff member's login.")

    static let create = CommandSpec(
        "create", abstract: "Add a staff member and print a temporary password once.",
        discussion: """
            The temporary password is shown only in this output; hand it over in person or by phone. It must be \
            changed at the first sign-in. A hromada has one head administrator (its owner), who always signs in \
            with a second factor; a unit manager acts only within the units given with --unit.
            """,
        options: [
            hromada,
            .value(
                "login", "login", "Sign-in name: 3–64 characters of a-z, 0-9, '.', '_', '@', '-'.", required: true),
            .value("name", "name", "Full name, as the panel and the audit log show it.", required: true),
            .value("role", "role", "The role.", choices: StaffRole.allCases.map(\.cliName), required: true),
            .value("unit", "code", "A unit (institution code) the unit manager acts within.", repeatable: true),
            .value("position", "title", "Position, for a persona's profile («Староста Зеленогаївського округу»)."),
            .flag("require-2fa", "Require a second factor (an authenticator app) at sign-in."),
        ]
    ) { arguments, env in
        guard let role = StaffRole(parsing: arguments.required("role")) else {
            preconditionFailure("the parser accepts only the roles' CLI names")
        }
        let units = arguments.values("unit")
        if role.isUnitScoped && units.isEmpty {
            throw UsageError(message: "--role unit-manager needs at least one --unit <code>", path: arguments.path)
        }
        if !role.isUnitScoped && !units.isEmpty {
            throw UsageError(message: "--unit is only for --role unit-manager", path: arguments.path)
        }
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let hromadaID = hromada.id!
        if role == .headAdmin {
            // Checked before the slow password hash; the store checks again inside its transaction.
            let members = try await context.database.read { try StaffStore.members(hromadaID: hromadaID, in: $0) }
            if let owner = members.first(where: \.isOwner) { throw ownerExists(hromada.slug, owner: owner.login) }
        }
        let staff = try context.staffStore()
        let password = temporaryPassword(login: arguments.required("login"), policy: staff.passwordPolicy)
        let member: StaffMember
        do {
            member = try await staff.create(
                NewStaffMember(
                    hromadaID: hromadaID, login: arguments.required("login"), displayName: arguments.required("name"),
                    role: role, units: units, password: password, twoFactorRequired: arguments.flag("require-2fa"),
                    positionTitle: arguments.value("position"), mustChangePassword: true))
        } catch IdentityError.ownerExists {
            throw ownerExists(hromada.slug, owner: nil)
        } catch let error as IdentityError {
            throw error.failure
        }
        try await context.record(
            "staff.create", hromadaID: hromadaID, target: ("staff", String(member.id)), after: member.auditState)
        let twoFactor = member.needsTwoFactor(
            hromadaRequiresForAll: try await staff.requiresTwoFactorForAll(hromadaID: hromadaID))
        env.print("Created \(member.login) (\(member.displayName)), \(member.role.cliName) of \(hromada.slug).")
        env.print("Temporary password, shown only this once: \(password)")
        env.print(
            "Hand it over in person or by phone. At the first sign-in they choose their own password"
                + (twoFactor ? " and set up two-factor sign-in (required for this account)." : "."))
    }

    static let list = CommandSpec(
        "list", abstract: "List a hromada's staff: role, units, 2FA, status and open sessions.",
        options: [
            hromada, .value("format", "format", "Output format.", choices: ["table", "json"], default: "table"),
        ]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let hromada = try await context.hromada(arguments.required("hromada"))
        let members = try await context.database.read { try StaffStore.members(hromadaID: hromada.id!, in: $0) }
        var rows: [StaffListing] = []
        for member in members {
            rows.append(StaffListing(member, sessions: try await context.sessions.sessions(staffID: member.id).count))
        }
        if arguments.value("format") == "json" {
            env.print(try jsonText(rows))
            return
        }
        guard !rows.isEmpty else {
            env.print(
                "No staff in \(hromada.slug) yet. Add the head administrator: svoyi-cli staff create --hromada "
                    + "\(hromada.slug) --login <login> --name <name> --role head-admin")
            return
        }
        env.print(
            textTable(
                ["LOGIN", "NAME", "ROLE", "UNITS", "2FA", "STATUS", "SESSIONS"],
                rows.map { row in
                    [
                        row.login, row.name, row.role, row.units.isEmpty ? "—" : row.units.joined(separator: ","),
                        row.twoFactor ? "on" : "off", row.active ? "active" : "disabled", String(row.sessions),
                    ]
                }))
    }

    /// A generated temporary password the password rules accept (a 19-character random code is refused only when
    /// it happens to contain a short login).
    static func temporaryPassword(login: String, policy: PasswordPolicy) -> String {
        for _ in 0..<100 {
            let candidate = SecureRandom.readableCode(groups: 4, size: 4)
            if policy.problem(with: candidate, login: login.lowercased()) == nil { return candidate }
        }
        preconditionFailure("the password rules refuse every 19-character code")
    }

    static func ownerExists(_ slug: String, owner: String?) -> CLIFailure {
        CLIFailure.dataError(
            "\(slug) already has a head administrator\(owner.map { " (\($0))" } ?? ""); a hromada has exactly one. "
                + "Add this person with another role, e.g. --role admin")
    }
}

/// One row of `staff list`, also its JSON form.
struct StaffListing: Codable {
    let login: String
    let name: String
    let role: String
    let units: [String]
    let twoFactor: Bool
    let active: Bool
    let sessions: Int

    init(_ member: StaffMember, sessions: Int) {
        login = member.login
        name = member.displayName
        role = member.role.cliName
        units = member.units
        twoFactor = member.twoFactorEnabled
        active = member.isActive
        self.sessions = sessions
    }
}
