import Foundation

/// A JSONPath into a dialogue as the validator reports it: `$.nodes.age.next[1].goto`; keys that are not plain
/// identifiers are quoted (`$.nodes['bad id']`).
struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    private(set) var description: String

    static let root = JSONPath(description: "$")

    func key(_ key: String) -> JSONPath {
        let plain =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || "0123456789_-".unicodeScalars.contains($0))
            }
        if plain { return JSONPath(description: description + "." + key) }
        let quoted = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return JSONPath(description: description + "['" + quoted + "']")
    }

    func index(_ index: Int) -> JSONPath {
        JSONPath(description: description + "[\(index)]")
    }

    /// The path of a decoding error's coding path.
    static func of(_ codingPath: [any CodingKey]) -> JSONPath {
        codingPath.reduce(root) { path, key in key.intValue.map { path.index($0) } ?? path.key(key.stringValue) }
    }
}
