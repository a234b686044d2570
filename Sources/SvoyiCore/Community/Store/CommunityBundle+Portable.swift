extension CommunityBundle {
    /// The bundle with every database id cleared: the portable form written to files and compared in tests.
    /// References inside a bundle use codes, so nothing is lost.
    public func withoutDatabaseIDs() -> CommunityBundle {
        var copy = self
        copy.hromada.id = nil
        for index in copy.districts.indices { copy.districts[index].id = nil }
        for index in copy.settlements.indices { copy.settlements[index].id = nil }
        for index in copy.institutions.indices { copy.institutions[index].id = nil }
        for index in copy.services.indices { copy.services[index].id = nil }
        return copy
    }
}
