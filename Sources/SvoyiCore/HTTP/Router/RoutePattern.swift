/// A parsed route pattern such as `/petitions/{id:int}/files/{path*}`.
///
/// Segments are literals or typed captures:
/// - `{name}`: any one segment, as a string;
/// - `{name:int}`: one segment of an optional `-` and ASCII digits, read as `Int64`;
/// - `{name:slug}`: one non-empty segment of `a`–`z`, `0`–`9` and `-`;
/// - `{name*}`: one or more segments up to the end of the path (last only), e.g. a file path.
///
/// The pattern text, never the request's path, is the route's label in logs and metrics.
public struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
    /// One segment of a pattern.
    public enum Segment: Sendable, Hashable {
        /// A segment that must equal this text (compared after percent-decoding the request's path).
        case literal(String)
        /// A typed capture of one segment.
        case capture(name: String, kind: CaptureKind)
        /// The rest of the path, one or more segments.
        case rest(name: String)
    }

    /// What a one-segment capture accepts. Declared in order of matching priority, after literals.
    public enum CaptureKind: String, Sendable, Hashable, CaseIterable {
        /// `-?[0-9]+`, read as `Int64`.
        case int
        /// `[a-z0-9-]+`.
        case slug
        /// Any one segment.
        case string
    }

    /// The pattern as written.
    public let text: String
    /// Its segments.
    public let segments: [Segment]

    /// Parses `text`; throws when it does not start with `/`, has an empty segment, an unknown capture type, a
    /// repeated capture name, or a rest capture that is not last.
    public init(_ text: String) throws(RouterBuildError) {
        guard text.hasPrefix("/") else { throw RouterBuildError(pattern: text, reason: "must start with /") }
        var segments: [Segment] = []
        var names: Set<String> = []
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                if index == parts.count - 1, index == 0 { break }  // "/" is the root
                throw RouterBuildError(pattern: text, reason: "empty segment")
            }
            let segment = try Self.segment(part, pattern: text)
            switch segment {
            case .literal: break
            case .capture(let name, _), .rest(let name):
                guard names.insert(name).inserted else {
                    throw RouterBuildError(pattern: text, reason: "capture {\(name)} appears twice")
                }
            }
            if case .rest = segment, index != parts.count - 1 {
                throw RouterBuildError(pattern: text, reason: "a rest capture must be last")
            }
            segments.append(segment)
        }
        self.text = text
        self.segments = segments
    }

    public var description: String { text }

    private static func segment(_ part: Substring, pattern: String) throws(RouterBuildError) -> Segment {
        guard part.hasPrefix("{") else {
            guard !part.contains("{"), !part.contains("}") else {
                throw RouterBuildError(pattern: pattern, reason: "braces must enclose a whole segment")
            }
            return .literal(String(part))
        }
        guard part.hasSuffix("}"), part.count > 2 else {
            throw RouterBuildError(pattern: pattern, reason: "unclosed capture \(part)")
        }
        let inner = part.dropFirst().dropLast()
        if inner.hasSuffix("*") {
            let name = String(inner.dropLast())
            try validate(name: name, pattern: pattern)
            return .rest(name: name)
        }
        let pieces = inner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(pieces[0])
        try validate(name: name, pattern: pattern)
        guard pieces.count == 2 else { return .capture(name: name, kind: .string) }
        guard let kind = CaptureKind(rawValue: String(pieces[1])) else {
            throw RouterBuildError(pattern: pattern, reason: "unknown capture type \(pieces[1])")
        }
        return .capture(name: name, kind: kind)
    }

    private static func validate(name: String, pattern: String) throws(RouterBuildError) {
        let valid =
            !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 95
            }
        guard valid else { throw RouterBuildError(pattern: pattern, reason: "bad capture name \"\(name)\"") }
    }
}

extension RoutePattern.CaptureKind {
    /// Whether a decoded path segment can be captured by this kind.
    func accepts(_ segment: String) -> Bool {
        switch self {
        case .string:
            return true
        case .slug:
            return !segment.isEmpty
                && segment.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
        case .int:
            let digits = segment.utf8.first == 45 ? segment.utf8.dropFirst() : segment.utf8[...]
            return !digits.isEmpty && digits.allSatisfy { (48...57).contains($0) }
        }
    }
}

/// A route table that cannot be built: a malformed pattern or two routes for the same method and path shape.
public struct RouterBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offending pattern.
    public let pattern: String
    /// What is wrong with it.
    public let reason: String

    /// An error about `pattern`.
    public init(pattern: String, reason: String) {
        self.pattern = pattern
        self.reason = reason
    }

    public var description: String { "route \(pattern): \(reason)" }
}
