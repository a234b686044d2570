/// JSON: `{"free": true}`, `{"kopecks": 15140}`, `{"subsistenceMinimum": "0.05"}`, `{"varies": {"uk": …}}`.
extension ServiceCost: Codable {
    private enum CodingKeys: String, CodingKey { case free, kopecks, subsistenceMinimum, varies }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let kopecks = try container.decodeIfPresent(Int64.self, forKey: .kopecks) {
            guard kopecks >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .kopecks, in: container, debugDescription: "a cost cannot be negative")
            }
            self = .fixed(kopecks: kopecks)
        } else if let multiple = try container.decodeIfPresent(String.self, forKey: .subsistenceMinimum) {
            guard Self.isDecimal(multiple) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .subsistenceMinimum, in: container,
                    debugDescription: "expected a decimal multiple such as \"0.05\", got \(multiple)")
            }
            self = .subsistenceMinimum(multiple: multiple)
        } else if let note = try container.decodeIfPresent(LocalizedText.self, forKey: .varies) {
            self = .varies(note)
        } else if try container.decodeIfPresent(Bool.self, forKey: .free) == true {
            self = .free
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a cost needs one of free, kopecks, subsistenceMinimum, varies"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .free: try container.encode(true, forKey: .free)
        case .fixed(let kopecks): try container.encode(kopecks, forKey: .kopecks)
        case .subsistenceMinimum(let multiple): try container.encode(multiple, forKey: .subsistenceMinimum)
        case .varies(let note): try container.encode(note, forKey: .varies)
        }
    }

    /// `digits[.digits]`, non-negative.
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
