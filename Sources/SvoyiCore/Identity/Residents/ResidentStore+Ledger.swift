public import Foundation

extension ResidentStore {
    /// Records what a messenger said about a person's channel: ``ChannelStatus/active`` when they write or
    /// subscribe again, ``ChannelStatus/blocked``, ``ChannelStatus/unsubscribed`` or ``ChannelStatus/deactivated``
    /// when they cannot be written to. Returns whether the status changed (`false` for an unknown channel id or the
    /// same status). The change time is kept, so the ledger shows since when a channel is inactive.
    @discardableResult
    public static func setChannelStatus(
        _ status: ChannelStatus, channel: ResidentChannel, externalID: String, hromadaID: Int64, now: Date,
        in db: any DatabaseConnection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE resident_channels SET status = ?, status_changed_at = ?
            WHERE hromada_id = ? AND channel = ? AND external_id = ? AND status <> ?
            """, status.rawValue, now, hromadaID, channel.rawValue, externalID, status.rawValue)
        return db.changes > 0
    }

    /// The ledger status of a channel id, or `nil` when no resident has it.
    public static func channelStatus(
        channel: ResidentChannel, externalID: String, hromadaID: Int64, in db: any DatabaseConnection
    ) throws -> ChannelStatus? {
        let value = try db.scalar(
            "SELECT status FROM resident_channels WHERE hromada_id = ? AND channel = ? AND external_id = ?",
            [.integer(hromadaID), .text(channel.rawValue), .text(externalID)], as: String.self)
        return value.flatMap(ChannelStatus.init(rawValue:))
    }

    /// See ``setChannelStatus(_:channel:externalID:hromadaID:now:in:)``.
    @discardableResult
    public func setChannelStatus(
        _ status: ChannelStatus, channel: ResidentChannel, externalID: String, hromadaID: Int64
    ) async throws -> Bool {
        let now = clock.now
        return try await database.write { db in
            try Self.setChannelStatus(
                status, channel: channel, externalID: externalID, hromadaID: hromadaID, now: now, in: db)
        }
    }
}
