/// The cookies a request sent, from its `Cookie` header(s) (RFC 6265 §5.4).
///
/// Parsing is lenient, as browsers are: pairs without `=` or with an empty name are skipped, one pair of double
/// quotes around a value is removed, and when a name repeats the first wins (browsers send the most specific
/// path first).
public struct Cookies: Sendable, Equatable {
    private var pairs: [(name: String, value: String)]

    /// No cookies.
    public init() {
        pairs = []
    }

    /// The cookies in `headers`' `Cookie` fields.
    public init(headers: HTTPHeaders) {
        pairs = []
        for header in headers.values("Cookie") {
            for item in header.split(separator: ";") {
                guard let equals = item.firstIndex(of: "=") else { continue }
                let name = item[..<equals].trimmingASCIIWhitespace()
                var value = item[item.index(after: equals)...].trimmingASCIIWhitespace()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                guard !name.isEmpty, !pairs.contains(where: { $0.name == name }) else { continue }
                pairs.append((name, value))
            }
        }
    }

    /// The value of cookie `name`, or `nil`.
    public subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The cookie names, in the order sent.
    public var names: [String] { pairs.map(\.name) }

    public static func == (lhs: Cookies, rhs: Cookies) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }
}
