/// Turns a request target's raw path into decoded segments a route can match, or refuses it.
///
/// Each segment is percent-decoded on its own, so an encoded `/` (`%2F`) stays inside its segment. Empty segments
/// (from `//` or a trailing `/`) and `.` are dropped; `..` removes the segment before it and is refused when it
/// would climb above the root, whether written plainly or encoded (`%2e%2e`).
enum PathNormalizer {
    /// Why a path was refused (all answered 400).
    enum Failure: Error, Equatable {
        case notAbsolute, badEncoding, aboveRoot
    }

    /// The decoded, normalised segments of `rawPath` (`/` gives none).
    static func segments(of rawPath: Substring) throws(Failure) -> [String] {
        let utf8 = rawPath.utf8
        guard utf8.first == 47 else { throw .notAbsolute }
        var segments: [String] = []
        segments.reserveCapacity(8)
        var start = utf8.index(after: utf8.startIndex)
        while true {
            let end = utf8[start...].firstIndex(of: 47) ?? utf8.endIndex
            let raw = utf8[start..<end]
            if !raw.isEmpty {
                guard let segment = PercentDecoding.decode(raw, plusAsSpace: false) else { throw .badEncoding }
                switch segment {
                case ".": break
                case "..":
                    guard segments.popLast() != nil else { throw .aboveRoot }
                default: segments.append(segment)
                }
            }
            guard end != utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        return segments
    }
}
