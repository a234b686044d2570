import SvoyiCore

extension StaffCommands {
    static let makeOwner = CommandSpec(
        "make-owner", abstract: "Make an account the hromada's head administrator (ownership transfer).",
        discussion: """
            The previous head administrator becomes an administrator, in the same transaction. The new owner must \
            be enabled; without a second factor they set one up at their next sign-in, since owners always need it.
            """,
        arguments: [login]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let target = try await context.member(login: arguments.required("login"))
        let staff = try context.staffStore()
        let result: (previous: StaffMember?, owner: StaffMember)
        do {
            result = try await staff.transferOwnership(to: target.id, hromadaID: target.hromadaID)
        } catch let error as IdentityError {
            throw error.failure
        }
        if let previous = result.previous, previous.id != target.id {
            try await context.record(
                "staff.update", hromadaID: target.hromadaID, target: ("staff", String(previous.id)),
                before: previous.auditState.merging(["role": StaffRole.headAdmin.rawValue]) { $1 },
                after: previous.auditState)
        }
        try await context.record(
            "staff.update", hromadaID: target.hromadaID, target: ("staff", String(target.id)),
            before: target.auditState, after: result.owner.auditState)
        let was = result.previous.map { $0.id == target.id ? "" : " \($0.login) is now an administrator." } ?? ""
        env.print("\(result.owner.login) (\(result.owner.displayName)) is the head administrator.\(was)")
    }
}
