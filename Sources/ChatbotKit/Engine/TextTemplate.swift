import Foundation
public import SvoyiCore

/// Fills `{{variable}}` placeholders in a dialogue's texts.
public enum TextTemplate {
    /// `template` with each `{{name}}` (spaces inside the braces allowed) replaced by the variable's text; an unknown
    /// variable becomes empty, and an unclosed `{{` is kept as written.
    public static func render(_ template: String, variables: [String: ConversationValue]) -> String {
        // A byte scan first: Foundation's `contains` on Linux converts the text to UTF-16 and folds character
        // clusters, which was 40% of the engine's time for texts that have no placeholder at all.
        guard template.utf8.contains(UInt8(ascii: "{")), template.contains("{{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += variables[name]?.description ?? ""
            rest = afterOpen[close.upperBound...]
        }
        return result + rest
    }
}
