import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@testable import svoyi_cli

/// A temporary installation with one hromada (`bucha`) for the staff and token commands: runs command lines
/// in-process as the system user `ops-tester`, and opens the same database and secret key the CLI uses.
struct OperatorHarness {
    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    let dir: TemporaryDirectory
    let database: SQLiteDatabase
    let hromadaID: Int64

    init() async throws {
        dir = try TemporaryDirectory("svoyi-cli-operator")
        database = try await DataDirectory(path: dir.path("data")).open(modules: SvoyiCLI.modules, create: true)
        let hromada = try await CommunityStore(database: database).createHromada(
            Hromada(slug: "bucha", name: LocalizedText(uk: "Бучанська міська територіальна громада")))
        hromadaID = try #require(hromada.id)
    }

    func run(_ arguments: String...) async -> Result {
        await Self.run(["--data-dir", dir.path("data")] + arguments)
    }

    /// `--help` of the command at `path` (no database needed).
    static func help(_ path: [String]) async -> Result {
        await run(path + ["--help"])
    }

    static func run(_ arguments: [String]) async -> Result {
        let output = CapturedOutput()
        let status = await SvoyiCLI.run(
            arguments, environment: CLIEnvironment(output: output, variables: ["USER": "ops-tester"]))
        return Result(status: status, out: output.standardOutput, err: output.standardError)
    }

    /// A staff store over the installation with a one-iteration hasher, to seed accounts without the cost of
    /// real password hashes (the CLI itself hashes with the product's default).
    func fastStaff() throws -> StaffStore {
        StaffStore(
            database: database, secretKey: try DataDirectory(path: dir.path("data")).secretKey(),
            hasher: PasswordHasher(iterations: 1))
    }

    /// Adds an account directly, bypassing the CLI.
    func seed(_ login: String, role: StaffRole) async throws -> StaffMember {
        try await fastStaff().create(
            NewStaffMember(
                hromadaID: hromadaID, login: login, displayName: "Тест \(login)", role: role,
                password: "довгий тестовий пароль"))
    }

    /// Turns 2FA on for account `id` the way the panel does: begin enrolment, then confirm with a current code.
    func enrolTwoFactor(_ id: Int64) async throws {
        let staff = try fastStaff()
        let enrolment = try await staff.beginEnrolment(id: id, issuer: "Svoyi test")
        let code = TOTP.code(secret: enrolment.secret, timeStep: TOTP.timeStep(at: Date()))
        _ = try await staff.confirmEnrolment(id: id, code: code)
    }

    /// `(action, actor_kind, actor_label, target_id)` of every audit row, oldest first.
    func auditRows() async throws -> [(action: String, kind: String, label: String, target: String?)] {
        try await database.read { db in
            try db.query("SELECT action, actor_kind, actor_label, target_id FROM audit_log ORDER BY id").map {
                (try $0.get("action"), try $0.get("actor_kind"), try $0.get("actor_label"), try $0.get("target_id"))
            }
        }
    }

    /// The text after `marker` on the line that contains it.
    static func value(after marker: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            if let range = line.range(of: marker) {
                return String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
