/// Facts about this build of Svoyi.
public enum Svoyi {
    /// The release version, shown by `--version` of the executables.
    public static let version = "0.1.0-dev"
}
