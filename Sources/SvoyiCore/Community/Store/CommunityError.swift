/// Why a community-store operation was refused. Nothing was stored when one of these is thrown.
public enum CommunityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The slug is not `[a-z0-9-]{2,63}`.
    case invalidSlug(String)
    /// The time zone is not an IANA zone this system knows.
    case unknownTimeZone(String)
    /// Another hromada already has this slug.
    case slugTaken(String)
    /// Another hromada already answers to this host name.
    case hostTaken(String)
    /// Another hromada already has this КАТОТТГ code.
    case katottgTaken(String)
    /// No hromada with this id or slug.
    case hromadaNotFound(String)
    /// The data failed validation; each problem says where and why.
    case invalid([ImportProblem])

    /// A plain-English explanation, safe to show to an operator.
    public var description: String {
        switch self {
        case .invalidSlug(let slug):
            "\"\(slug)\" is not a valid slug: use 2 to 63 characters a–z and 0–9, with single hyphens between them"
        case .unknownTimeZone(let zone):
            "\"\(zone)\" is not a known IANA time zone (e.g. Europe/Kyiv)"
        case .slugTaken(let slug):
            "another hromada already uses the slug \"\(slug)\""
        case .hostTaken(let host):
            "another hromada already answers to the host \(host)"
        case .katottgTaken(let code):
            "another hromada already has the КАТОТТГ code \(code)"
        case .hromadaNotFound(let key):
            "no hromada \(key)"
        case .invalid(let problems):
            "the data has \(problems.count) problem(s):\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
