/// Name–value pairs from a query string or an `application/x-www-form-urlencoded` body, in order, repeated names
/// kept (`?tag=a&tag=b`).
///
/// `+` is a space and `%XX` a byte; a `%` without two hex digits, bytes that are not UTF-8, or NUL make the whole
/// input invalid (400). A pair without `=` has an empty value; empty pairs (`a=1&&b=2`) are skipped.
public struct URLEncodedFields: Sendable, Equatable, Sequence {
    /// One pair.
    public struct Field: Sendable, Equatable {
        /// The decoded name.
        public var name: String
        /// The decoded value.
        public var value: String

        /// A pair.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Every pair, in order.
    public private(set) var fields: [Field]

    /// No pairs.
    public init() {
        fields = []
    }

    /// The given pairs.
    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// Parses encoded bytes (a query string without its `?`, or a form body).
    public init(parsing bytes: some Collection<UInt8>) throws(HTTPError) {
        fields = []
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 38) ?? bytes.endIndex  // &
            let pair = bytes[start..<end]
            if !pair.isEmpty {
                let equals = pair.firstIndex(of: 61) ?? pair.endIndex  // =
                let valueStart = equals == pair.endIndex ? equals : pair.index(after: equals)
                guard let name = PercentDecoding.decode(pair[..<equals], plusAsSpace: true),
                    let value = PercentDecoding.decode(pair[valueStart...], plusAsSpace: true)
                else { throw HTTPError(.badRequest, "The query or form data is not correctly encoded.") }
                fields.append(Field(name: name, value: value))
            }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
    }

    /// The first value for `name`, or `nil`.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value for `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The number of pairs.
    public var count: Int { fields.count }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The pairs encoded again (`%20` for spaces is avoided: `+`), for building links and test bodies.
    public var encoded: String {
        fields.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 48...57, 65...90, 97...122, 45, 46, 95, 42: out.unicodeScalars.append(Unicode.Scalar(byte))
            case 32: out += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
