import SvoyiCore

/// Placeholders for the `chatbot` migrations 5 and 6, which the Viber channel brings (its inbound message tokens and
/// its bots' pictures). The migrator wants each module's versions numbered 1, 2, 3… with no gap, and the bot send
/// rate is version 7; until the Viber work is merged these empty steps hold the numbers.
///
/// Their names differ from the real ones on purpose: a database migrated with a placeholder is refused loudly
/// (``StorageError/migrationMismatch(module:version:applied:known:)``) by a binary with the real migration, rather
/// than silently lacking its tables. Only throwaway data directories of this branch ever carry them.
///
/// Remove this file, and its two entries in ``ChatbotModule/migrations``, when merging the Viber channel.
enum ReservedMigrations {
    static let viberPlaceholders: [Migration] = [
        Migration(module: "chatbot", version: 5, name: "reserved for the viber channel (5)") { _ in },
        Migration(module: "chatbot", version: 6, name: "reserved for the viber channel (6)") { _ in },
    ]
}
