import Foundation
import SvoyiCore

extension StaffCommands {
    static let disable = CommandSpec(
        "disable", abstract: "Disable an account and end its sessions at once.",
        discussion: "The head administrator cannot be disabled; reset their password or 2FA instead.",
        arguments: [login]
    ) { arguments, env in
        try await setDisabled(true, arguments, env)
    }

    static let enable = CommandSpec(
        "enable", abstract: "Enable a disabled account again.", arguments: [login]
    ) { arguments, env in
        try await setDisabled(false, arguments, env)
    }

    static func setDisabled(_ disabled: Bool, _ arguments: ParsedArguments, _ env: CLIEnvironment) async throws {
        let context = try await OperatorContext.open(arguments, env)
        let before = try await context.member(login: arguments.required("login"))
        let slug = try await context.slug(hromadaID: before.hromadaID)
        if disabled && before.isOwner {
            throw CLIFailure.dataError(
                "\(before.login) is the head administrator of \(slug) and cannot be disabled; "
                    + "'svoyi-cli staff reset-password \(before.login)' replaces their password and ends their sessions"
            )
        }
        guard before.isActive == disabled else {
            env.print("\(before.login) is already \(disabled ? "disabled" : "enabled"); nothing changed.")
            return
        }
        let sessions = try await context.sessions.sessions(staffID: before.id).count
        let after: StaffMember
        do {
            after = try await context.staffStore().setDisabled(disabled, id: before.id, hromadaID: before.hromadaID)
        } catch let error as IdentityError {
            throw error.failure
        }
        try await context.record(
            disabled ? "staff.disable" : "staff.enable", hromadaID: before.hromadaID,
            target: ("staff", String(before.id)), before: before.auditState, after: after.auditState)
        if disabled {
            env.print("Disabled \(after.login) (\(after.displayName)) of \(slug); ended \(sessions) session(s).")
        } else {
            env.print("Enabled \(after.login) (\(after.displayName)) of \(slug); they can sign in again.")
        }
    }

    static let resetPassword = CommandSpec(
        "reset-password", abstract: "Give an account a new temporary password, printed once.",
        discussion: """
            The new password must be changed at the next sign-in. Sign-in locks are cleared and every session \
            ends. Two-factor sign-in stays as it is: to let in someone who lost their authenticator, use reset-2fa.
            """,
        arguments: [login]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let member = try await context.member(login: arguments.required("login"))
        let sessions = try await context.sessions.sessions(staffID: member.id).count
        let staff = try context.staffStore()
        let temporary: String
        do {
            temporary = try await staff.resetPassword(id: member.id, hromadaID: member.hromadaID)
        } catch let error as IdentityError {
            throw error.failure
        }
        try await context.record(
            "staff.reset_password", hromadaID: member.hromadaID, target: ("staff", String(member.id)),
            detail: "temporary password issued, sign-in locks cleared, \(sessions) session(s) ended")
        env.print("New temporary password for \(member.login), shown only this once: \(temporary)")
        env.print(
            "They choose their own password at the next sign-in. Sign-in locks were cleared; \(sessions) "
                + "session(s) ended.")
        if member.twoFactorEnabled {
            env.print(
                "Two-factor sign-in stays on: they still need their authenticator app or a recovery code "
                    + "(if both are lost: svoyi-cli staff reset-2fa \(member.login)).")
        } else if member.needsTwoFactor(
            hromadaRequiresForAll: try await staff.requiresTwoFactorForAll(hromadaID: member.hromadaID))
        {
            env.print("Two-factor sign-in is required and not set up yet: they set it up at the next sign-in.")
        } else {
            env.print("Two-factor sign-in is not set up for this account.")
        }
        if !member.isActive {
            env.print("The account is disabled; 'svoyi-cli staff enable \(member.login)' lets them sign in.")
        }
    }

    static let resetTwoFactor = CommandSpec(
        "reset-2fa", abstract: "Turn off an account's two-factor sign-in so they can enrol again.",
        discussion: """
            The way back in for anyone who lost both the authenticator and the recovery codes, the head \
            administrator included, or after secret.key was lost. Erases the TOTP seed and the recovery codes and \
            ends every session; the password stays.
            """,
        arguments: [login]
    ) { arguments, env in
        let context = try await OperatorContext.open(arguments, env)
        let before = try await context.member(login: arguments.required("login"))
        let sessions = try await context.sessions.sessions(staffID: before.id).count
        let staff = try context.staffStore()
        do {
            try await staff.resetTwoFactor(id: before.id, hromadaID: before.hromadaID)
        } catch let error as IdentityError {
            throw error.failure
        }
        let after = try await staff.member(id: before.id) ?? before
        try await context.record(
            "staff.reset_2fa", hromadaID: before.hromadaID, target: ("staff", String(before.id)),
            before: before.auditState, after: after.auditState)
        env.print(
            "Reset two-factor sign-in of \(after.login) (\(after.displayName)): the authenticator seed and recovery "
                + "codes are erased; \(sessions) session(s) ended. Their password is unchanged.")
        if after.needsTwoFactor(
            hromadaRequiresForAll: try await staff.requiresTwoFactorForAll(hromadaID: after.hromadaID))
        {
            env.print("They enrol again (scan a new QR code) at their next sign-in.")
        } else {
            env.print("Two-factor sign-in is not required for them; they can set it up again in their profile.")
        }
    }
}
