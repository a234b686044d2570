extension SecureRandom {
    /// `groups` groups of `size` random characters from an alphabet without look-alikes (no 0/o, 1/i/l, u; 30
    /// symbols, about 4.9 bits each) joined by `-`: temporary passwords and codes people type.
    public static func readableCode(groups: Int, size: Int) -> String {
        SecretDigest.readableCode(groups: groups, size: size)
    }
}
