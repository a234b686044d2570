/// Keeps script out of URL attributes: escaping alone does not stop `href="javascript:…"`.
enum HTMLURLPolicy {
    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "cite"]
    /// Schemes a page may link to. Relative URLs (no scheme) are always allowed.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    /// What an unsafe URL is replaced with: a link that goes nowhere.
    static let blocked = "about:invalid#blocked"

    /// `url` when it is relative or uses an allowed scheme, ``blocked`` otherwise.
    ///
    /// Browsers drop ASCII tabs and newlines inside URLs and spaces and control characters around them
    /// (`java\tscript:` still runs), so those are ignored when looking for the scheme.
    static func sanitized(_ url: String) -> String {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 { continue }
            switch byte {
            case UInt8(ascii: ":"):
                let name = String(decoding: scheme, as: UTF8.self).lowercased()
                return allowedSchemes.contains(name) ? url : blocked
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return url
            default:
                scheme.append(byte)
            }
        }
        return url
    }
}
