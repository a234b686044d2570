import Foundation
import SvoyiCore

/// What the staff and token commands work with: the installation's database, the operator the audit log names,
/// and the stores over them.
struct OperatorContext {
    let database: SQLiteDatabase
    let directory: DataDirectory
    /// `.operator(name:)` with the system user running the command.
    let actor: AuditActor
    let sessions: SessionStore
    let tokens: APITokenStore

    static func open(_ arguments: ParsedArguments, _ env: CLIEnvironment) async throws -> OperatorContext {
        let database = try await arguments.openDatabase(env)
        return OperatorContext(
            database: database, directory: arguments.dataDirectory(env), actor: .operator(name: env.operatorName),
            sessions: SessionStore(database: database), tokens: APITokenStore(database: database))
    }

    /// The staff store, with the installation's secret key (read, or created on first use, only by the commands
    /// that change accounts; listing and looking up never touch `secret.key`).
    func staffStore() throws -> StaffStore {
        StaffStore(database: database, secretKey: try directory.secretKey())
    }

    /// The hromada with this slug, or a failure that lists the slugs there are.
    func hromada(_ slug: String) async throws -> Hromada {
        try await HromadaCommands.hromada(slug, CommunityStore(database: database))
    }

    /// The account with `login` in any hromada (logins are unique in the installation), or a failure.
    func member(login: String) async throws -> StaffMember {
        let found = try await database.read { db in try StaffStore.member(login: login, in: db) }
        guard let found else { throw CLIFailure(message: "no staff member with login \(login)") }
        return found
    }

    /// The slug of the hromada `id`, for messages.
    func slug(hromadaID: Int64) async throws -> String {
        try await CommunityStore(database: database).hromada(id: hromadaID)?.slug ?? "hromada \(hromadaID)"
    }

    /// Writes one audit entry for a change the operator made.
    func record(
        _ action: String, hromadaID: Int64, target: (kind: String, id: String), detail: String? = nil,
        before: [String: String]? = nil, after: [String: String]? = nil
    ) async throws {
        try await AuditLog(database: database).record(
            AuditEntry(
                hromadaID: hromadaID, at: Date(), actor: actor, action: action, targetKind: target.kind,
                targetID: target.id, detail: detail, before: before, after: after))
    }
}

extension CLIEnvironment {
    /// The system user running the command, as the audit log names the operator: `$USER`, or else the account of
    /// the process's user id.
    var operatorName: String {
        if let user = variables["USER"]?.trimmingCharacters(in: .whitespaces), !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}

extension StaffRole {
    /// The spelling the command line uses: `head-admin`, `unit-manager`.
    var cliName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}

extension IdentityError {
    /// The refusal as a data error (exit status 65), with the English description.
    var failure: CLIFailure { CLIFailure.dataError(description) }
}

/// Rows in columns two spaces apart, each as wide as its longest cell; the last column is not padded.
func textTable(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
        row.enumerated().map { column, cell in
            column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}
