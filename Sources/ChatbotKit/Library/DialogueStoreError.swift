/// Why the dialogue library refused a change. Nothing was written when one of these is thrown.
public enum DialogueStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON does not decode into a dialogue; the problem says where.
    case invalidJSON(DialogueProblem)
    /// The validator found errors (only errors are listed; warnings never block).
    case invalid([DialogueProblem])
    /// No such dialogue, or no such version of it.
    case notFound(id: String, version: Int?)
    /// A rollback may only go to a version that was published before.
    case neverPublished(id: String, version: Int)

    public var description: String {
        switch self {
        case .invalidJSON(let problem): return "the dialogue does not decode: \(problem)"
        case .invalid(let problems):
            return "the dialogue has \(problems.count) error(s):\n"
                + problems.map { "  \($0.dialogueID) \($0)" }.joined(separator: "\n")
        case .notFound(let id, let version?): return "no version \(version) of dialogue \(id)"
        case .notFound(let id, nil): return "no dialogue \(id)"
        case .neverPublished(let id, let version):
            return "version \(version) of dialogue \(id) was never published; publish it instead of rolling back"
        }
    }
}
