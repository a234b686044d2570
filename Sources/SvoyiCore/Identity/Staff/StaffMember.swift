public import Foundation

/// A hromada staff member's account, as the panel and the CLI show it. Secrets (password hash, TOTP seed,
/// recovery codes) never leave ``StaffStore``.
public struct StaffMember: Sendable, Hashable, Identifiable, Codable {
    public var id: Int64
    /// The hromada the account belongs to; it acts nowhere else.
    public var hromadaID: Int64
    /// The sign-in name, lower-case, unique in the installation.
    public var login: String
    /// The name shown in the panel and the audit log.
    public var displayName: String
    public var role: StaffRole
    /// The units (institution codes) a unit manager acts within; empty for other roles.
    public var units: [String]
    /// A persona's position, for the public profile ("Староста Зеленогаївського округу").
    public var positionTitle: String?
    /// Whether the persona's profile is public.
    public var publicProfile: Bool
    /// Whether the account signs in with a TOTP code.
    public var twoFactorEnabled: Bool
    /// Whether 2FA was required for this account by an administrator (the owner always needs it).
    public var twoFactorRequired: Bool
    /// Set after a password reset: the next sign-in asks for a new password.
    public var mustChangePassword: Bool
    /// When the account was disabled; disabled accounts cannot sign in.
    public var disabledAt: Date?
    public var createdAt: Date
    public var passwordChangedAt: Date

    /// An account value (the store makes these; tests and previews may too).
    public init(
        id: Int64, hromadaID: Int64, login: String, displayName: String, role: StaffRole, units: [String] = [],
        positionTitle: String? = nil, publicProfile: Bool = false, twoFactorEnabled: Bool = false,
        twoFactorRequired: Bool = false, mustChangePassword: Bool = false, disabledAt: Date? = nil,
        createdAt: Date, passwordChangedAt: Date
    ) {
        self.id = id
        self.hromadaID = hromadaID
        self.login = login
        self.displayName = displayName
        self.role = role
        self.units = units
        self.positionTitle = positionTitle
        self.publicProfile = publicProfile
        self.twoFactorEnabled = twoFactorEnabled
        self.twoFactorRequired = twoFactorRequired
        self.mustChangePassword = mustChangePassword
        self.disabledAt = disabledAt
        self.createdAt = createdAt
        self.passwordChangedAt = passwordChangedAt
    }

    /// The hromada's one head administrator.
    public var isOwner: Bool { role == .headAdmin }
    /// Whether the account is enabled.
    public var isActive: Bool { disabledAt == nil }

    /// Whether this account must sign in with a second factor, given the hromada's rule for all staff.
    public func needsTwoFactor(hromadaRequiresForAll: Bool) -> Bool {
        isOwner || twoFactorRequired || hromadaRequiresForAll
    }

    /// The fields the audit log records as before/after states: no secrets.
    public var auditState: [String: String] {
        [
            "login": login, "name": displayName, "role": role.rawValue, "units": units.joined(separator: ","),
            "position": positionTitle ?? "", "public_profile": publicProfile ? "yes" : "no",
            "2fa_required": twoFactorRequired ? "yes" : "no", "2fa": twoFactorEnabled ? "on" : "off",
            "disabled": disabledAt == nil ? "no" : "yes",
        ]
    }
}

/// What is needed to create a staff account.
public struct NewStaffMember: Sendable {
    public var hromadaID: Int64
    public var login: String
    public var displayName: String
    public var role: StaffRole
    public var units: [String]
    public var password: String
    public var twoFactorRequired: Bool
    public var positionTitle: String?
    /// Whether the first sign-in must set a new password (true when an administrator chose it).
    public var mustChangePassword: Bool

    public init(
        hromadaID: Int64, login: String, displayName: String, role: StaffRole, units: [String] = [],
        password: String, twoFactorRequired: Bool = false, positionTitle: String? = nil,
        mustChangePassword: Bool = true
    ) {
        self.hromadaID = hromadaID
        self.login = login
        self.displayName = displayName
        self.role = role
        self.units = units
        self.password = password
        self.twoFactorRequired = twoFactorRequired
        self.positionTitle = positionTitle
        self.mustChangePassword = mustChangePassword
    }
}

/// Changes to an account's profile and access; `nil` leaves a field as it is.
public struct StaffChanges: Sendable {
    public var displayName: String?
    public var role: StaffRole?
    public var units: [String]?
    public var positionTitle: String??
    public var publicProfile: Bool?
    public var twoFactorRequired: Bool?

    public init(
        displayName: String? = nil, role: StaffRole? = nil, units: [String]? = nil, positionTitle: String?? = nil,
        publicProfile: Bool? = nil, twoFactorRequired: Bool? = nil
    ) {
        self.displayName = displayName
        self.role = role
        self.units = units
        self.positionTitle = positionTitle
        self.publicProfile = publicProfile
        self.twoFactorRequired = twoFactorRequired
    }
}
