/// One thing wrong with imported data: where it is and why it is wrong, in plain English.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where, as a path into the imported value, e.g. `services[12].providedAt[0]`.
    public var path: String
    /// Why, e.g. `no institution has the code "cnap-north"`.
    public var message: String

    /// A problem at `path`.
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
