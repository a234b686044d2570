/// The admin panel's fixed paths, which the access middleware redirects to.
public enum AdminPaths {
    public static let home = "/admin"
    public static let signIn = "/admin/login"
    public static let secondFactor = "/admin/login/code"
    public static let enrol = "/admin/login/enrol"
    public static let changePassword = "/admin/password"
    public static let signOut = "/admin/logout"
    public static let profile = "/admin/profile"
}
