public import Foundation

/// Whose data a ``ResidentDataProvider`` is asked about: the resident, their hromada, and their channel links (a
/// module that keys its rows by channel, as the chatbot's conversations are keyed by `telegram:<id>`, finds them
/// through these).
public struct ResidentDataSubject: Sendable, Hashable {
    /// The resident's id.
    public var residentID: Int64
    /// The resident's hromada.
    public var hromadaID: Int64
    /// The resident's channel links, as stored before the deletion.
    public var channels: [ResidentChannelLink]
    /// The time of the export or deletion.
    public var now: Date

    /// A subject, as the resident store makes it.
    public init(residentID: Int64, hromadaID: Int64, channels: [ResidentChannelLink], now: Date) {
        self.residentID = residentID
        self.hromadaID = hromadaID
        self.channels = channels
        self.now = now
    }
}

/// What a module keeps about residents outside the resident tables, so that "export my data" shows it and "delete
/// my data" erases it. A module returns its providers from ``Module/residentData``; ``IdentityServices`` hands every
/// mounted module's to its ``ResidentStore``.
///
/// Both hooks run inside the resident store's transaction: the export inside the read that builds
/// ``ResidentExport`` (one consistent snapshot), the erase inside the write that deletes the resident, before the
/// resident's own rows go, so a throw rolls the whole deletion back. Rows that refer to `residents` with
/// `ON DELETE CASCADE` disappear with the resident anyway; they still need a provider for the export, and an erase
/// hook that does nothing (or deletes them explicitly) is fine.
///
/// ```swift
/// ResidentDataProvider(
///     section: "notify.outbox", title: LocalizedText(uk: "Сповіщення", en: "Notifications"),
///     export: { subject, db in try Outbox.messages(residentID: subject.residentID, hromadaID: subject.hromadaID, in: db) },
///     erase: { _, _ in })  // the outbox rows cascade with the resident
/// ```
public struct ResidentDataProvider: Sendable {
    /// The section's name in the export's `sections` object: the module's name, a dot, and what it holds
    /// (`chatbot.conversations`). Lowercase letters, digits, `.`, `-` and `_`; unique among mounted modules.
    public let section: String
    /// What the data is, for staff («Розмови з чат-ботом»): the panel lists it where it warns what a deletion
    /// erases.
    public let title: LocalizedText
    let exportHook: @Sendable (ResidentDataSubject, any DatabaseConnection) throws -> ResidentExport.Value
    let eraseHook: @Sendable (ResidentDataSubject, any DatabaseConnection) throws -> Void

    /// A provider whose `export` returns any `Encodable` value (a list of rows, a struct), written into the export
    /// with its times as UTC ISO 8601 like the rest of it, and whose `erase` deletes the module's rows of the
    /// subject.
    public init<Section: Encodable & SendableMetatype>(
        section: String, title: LocalizedText,
        export: @escaping @Sendable (ResidentDataSubject, any DatabaseConnection) throws -> Section,
        erase: @escaping @Sendable (ResidentDataSubject, any DatabaseConnection) throws -> Void
    ) {
        self.section = section
        self.title = title
        self.exportHook = { subject, db in try ResidentExport.Value(encoding: export(subject, db)) }
        self.eraseHook = erase
    }

    /// Whether `name` may name a section: 1 to 64 of `a-z`, `0-9`, `.`, `-`, `_`.
    public static func isValidSection(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || [45, 46, 95].contains($0) }
    }
}

/// Two mounted modules name the same export section, or a name is not a valid section name.
public struct ResidentDataSectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The section's name.
    public let section: String

    /// The error for `section`.
    public init(section: String) {
        self.section = section
    }

    public var description: String {
        "resident data section \(section) is registered twice or is not 1–64 of a-z, 0-9, '.', '-', '_'"
    }
}

extension ResidentDataProvider {
    /// `providers`, checked: every section name valid and used once.
    static func checked(_ providers: [ResidentDataProvider]) throws(ResidentDataSectionError) -> [ResidentDataProvider]
    {
        var seen: Set<String> = []
        for provider in providers {
            guard isValidSection(provider.section), seen.insert(provider.section).inserted else {
                throw ResidentDataSectionError(section: provider.section)
            }
        }
        return providers
    }
}
