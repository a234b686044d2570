/// Messages by key, Ukrainian first: every entry has Ukrainian, English is optional and falls back to Ukrainian.
///
/// ```swift
/// var catalogue = Catalogue.common
/// catalogue.add("queue.ticket", uk: "Ваш талон {number}", en: "Your ticket {number}")
/// catalogue.add("queue.wait", uk: .plural(one: "{count} хвилина", few: "{count} хвилини",
///                                          many: "{count} хвилин", other: "{count} хвилини"),
///               en: .plural(one: "{count} minute", other: "{count} minutes"))
/// ```
public struct Catalogue: Sendable {
    /// One message in both languages.
    public struct Entry: Sendable, Hashable {
        /// Ukrainian: always present.
        public var uk: Message
        /// English, when translated.
        public var en: Message?

        /// An entry; English may be left out.
        public init(uk: Message, en: Message? = nil) {
            self.uk = uk
            self.en = en
        }

        /// The message in `language`, Ukrainian when there is no translation.
        public func message(in language: Language) -> Message {
            switch language {
            case .uk: uk
            case .en: en ?? uk
            }
        }
    }

    /// All entries by key.
    public private(set) var entries: [MessageKey: Entry]

    /// A catalogue of the given entries.
    public init(_ entries: [MessageKey: Entry] = [:]) {
        self.entries = entries
    }

    /// Adds or replaces one entry.
    public mutating func add(_ key: MessageKey, uk: Message, en: Message? = nil) {
        entries[key] = Entry(uk: uk, en: en)
    }

    /// This catalogue with the entries of `other` added; `other` wins where both have a key, so a kit or a hromada
    /// can override common wording.
    public func merging(_ other: Catalogue) -> Catalogue {
        Catalogue(entries.merging(other.entries) { _, new in new })
    }

    /// The entry for `key`, if any.
    public subscript(key: MessageKey) -> Entry? {
        entries[key]
    }
}
