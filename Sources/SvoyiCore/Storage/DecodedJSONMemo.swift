import Synchronization

/// Values decoded from JSON columns, by type and exact text (its UTF-8 bytes), for columns read on hot paths: an
/// institution's opening hours, contacts and accessibility, a service's documents, read for every "where is the
/// ЦНАП" or "what does it cost" message of the chatbot. `JSONDecoder` took about 5% of the web chat server's time
/// decoding the same few texts again and again.
///
/// Decoding is a pure function of the text, so a remembered value is exactly what decoding again would give; the
/// rows themselves are still read from the database every time, so a changed row is seen at once (its new text
/// is decoded and remembered). Bounded: when full, it forgets everything and starts over.
enum DecodedJSONMemo {
    private struct Key: Hashable {
        let type: ObjectIdentifier
        let text: [UInt8]
    }

    /// The most values remembered.
    static let capacity = 4_096
    private static let values = Mutex<[Key: any Sendable]>([:])

    /// `value` decoded as `T` (see ``SQLValue/decodeJSON(_:)``), from memory when this text was decoded before.
    static func decode<T: Decodable & Sendable>(_ value: SQLValue, as type: T.Type) throws -> T {
        guard case .text(let text) = value else { return try value.decodeJSON(T.self) }
        let key = Key(type: ObjectIdentifier(T.self), text: Array(text.utf8))
        if let known = values.withLock({ $0[key] }) as? T { return known }
        let decoded = try value.decodeJSON(T.self)
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = decoded
        }
        return decoded
    }
}
