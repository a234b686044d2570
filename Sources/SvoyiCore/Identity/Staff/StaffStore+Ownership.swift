extension StaffStore {
    /// Makes account `id` the hromada's head administrator and the previous one an administrator, in one
    /// transaction. The new owner must be enabled; if they have no second factor yet, they set it up at their
    /// next sign-in (owners always need one). Returns the previous owner (if any) and the new one.
    public func transferOwnership(
        to id: Int64, hromadaID: Int64
    ) async throws -> (previous: StaffMember?, owner: StaffMember) {
        try await database.write { db in
            guard let target = try Self.member(id: id, hromadaID: hromadaID, in: db) else {
                throw IdentityError.staffNotFound
            }
            guard target.isActive else { throw IdentityError.roleNotAllowed }
            let previous = try Self.members(hromadaID: hromadaID, in: db).first(where: \.isOwner)
            if previous?.id == id { return (previous, target) }
            // Demote first: the partial unique index allows one head administrator per hromada at any moment.
            try db.execute(
                "UPDATE staff SET role = 'admin' WHERE hromada_id = ? AND role = 'head_admin'", hromadaID)
            try db.execute("UPDATE staff SET role = 'head_admin' WHERE id = ?", id)
            try db.execute("DELETE FROM staff_units WHERE staff_id = ?", id)
            // Owners always sign in with a second factor: without one yet, the new owner signs in again and enrols.
            if !target.twoFactorEnabled { try db.execute("DELETE FROM staff_sessions WHERE staff_id = ?", id) }
            guard let owner = try Self.member(id: id, in: db) else { throw IdentityError.staffNotFound }
            return (try previous.flatMap { try Self.member(id: $0.id, in: db) }, owner)
        }
    }
}
