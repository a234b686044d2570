public import Foundation

extension ResidentStore {
    /// Records the phone number the person shared through the messenger's contact button on `channel`, and
    /// raises the resident to at least ``VerificationLevel/phone``.
    ///
    /// The caller must have checked that the shared contact is the sender's own (Telegram's `contact.user_id`
    /// equals the sender's id); a forwarded contact is someone else's number. The number is stored in E.164 form.
    /// Throws ``ResidentError/invalidPhone`` (see ``ResidentPhone``) and ``ResidentError/notFound``.
    @discardableResult
    public static func recordPhone(
        _ phone: String, channel: ResidentChannel, residentID: Int64, hromadaID: Int64, now: Date,
        in db: any DatabaseConnection
    ) throws -> Resident {
        let normalised = try ResidentPhone.normalise(phone)
        return try db.savepoint {
            let resident = try requireResident(id: residentID, hromadaID: hromadaID, in: db)
            try db.execute(
                "UPDATE residents SET phone = ? WHERE hromada_id = ? AND id = ?", normalised, hromadaID, residentID)
            try raise(resident, to: .phone, by: .contactButton(channel), note: nil, at: now, in: db)
            return try requireResident(id: residentID, hromadaID: hromadaID, in: db)
        }
    }

    /// Records that a staff member verified the person in person at the ЦНАП, and raises the resident to at least
    /// ``VerificationLevel/inPerson``.
    ///
    /// `note` may say what was seen (`паспорт у формі ID-картки`) but never a document number: a note with five
    /// or more digits in a row, or longer than 200 characters, throws ``ResidentError/invalidNote``.
    @discardableResult
    public static func verifyInPerson(
        residentID: Int64, staffID: Int64, note: String?, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> Resident {
        let note = try checkedNote(note)
        return try db.savepoint {
            let resident = try requireResident(id: residentID, hromadaID: hromadaID, in: db)
            try raise(resident, to: .inPerson, by: .staff(id: staffID), note: note, at: now, in: db)
            return try requireResident(id: residentID, hromadaID: hromadaID, in: db)
        }
    }

    /// Sets the resident's level to `level` with its verifier when that is not lower than the current level;
    /// otherwise leaves the level, verifier and time as they are (a level never goes down by itself).
    static func raise(
        _ resident: Resident, to level: VerificationLevel, by verifier: ResidentVerifier, note: String?, at time: Date,
        in db: any DatabaseConnection
    ) throws {
        guard level >= resident.verificationLevel else { return }
        try db.execute(
            """
            UPDATE residents SET verification_level = ?, verified_by = ?, verification_note = ?, verified_at = ?
            WHERE hromada_id = ? AND id = ?
            """, level.rawValue, verifier.description, note, time, resident.hromadaID, resident.id)
    }

    static func checkedNote(_ note: String?) throws -> String? {
        guard let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        var run = 0
        for character in trimmed {
            run = character.isNumber ? run + 1 : 0
            if run >= 5 { throw ResidentError.invalidNote }
        }
        guard trimmed.count <= 200 else { throw ResidentError.invalidNote }
        return trimmed
    }
}

extension ResidentStore {
    /// Records a phone shared through the contact button;
    /// see ``recordPhone(_:channel:residentID:hromadaID:now:in:)``.
    @discardableResult
    public func recordPhone(
        _ phone: String, channel: ResidentChannel, residentID: Int64, hromadaID: Int64
    ) async throws -> Resident {
        let now = clock.now
        return try await database.write { db in
            try Self.recordPhone(
                phone, channel: channel, residentID: residentID, hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// Records an in-person verification at the ЦНАП; see ``verifyInPerson(residentID:staffID:note:hromadaID:now:in:)``.
    @discardableResult
    public func verifyInPerson(
        residentID: Int64, staffID: Int64, note: String?, hromadaID: Int64
    ) async throws
        -> Resident
    {
        let now = clock.now
        return try await database.write { db in
            try Self.verifyInPerson(
                residentID: residentID, staffID: staffID, note: note, hromadaID: hromadaID, now: now, in: db)
        }
    }
}
