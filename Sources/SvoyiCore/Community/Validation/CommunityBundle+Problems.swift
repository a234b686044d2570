extension CommunityBundle {
    /// Everything wrong with the bundle, in order; empty when it can be imported.
    ///
    /// Checks formats (slug, codes, КАТОТТГ, https links, cost multiples, coordinates, opening hours), that codes
    /// are unique within their list, and that every reference resolves: settlement → district, institution →
    /// settlement and parent, service → institutions and life situations.
    public func problems() -> [ImportProblem] {
        var problems = hromada.problems(at: "hromada")
        let districtCodes = uniqueKeys(districts.map(\.code), list: "districts", field: "code", &problems)
        for (index, district) in districts.enumerated() {
            let path = "districts[\(index)]"
            problems += codeProblems(district.code, at: "\(path).code")
            problems += nameProblems(district.name, at: "\(path).name")
        }
        let settlementCodes = uniqueKeys(settlements.map(\.katottg), list: "settlements", field: "katottg", &problems)
        for (index, settlement) in settlements.enumerated() {
            problems += settlement.problems(at: "settlements[\(index)]", districts: districtCodes)
        }
        let institutionCodes = uniqueKeys(institutions.map(\.code), list: "institutions", field: "code", &problems)
        let parents = Dictionary(institutions.map { ($0.code, $0.parent) }, uniquingKeysWith: { first, _ in first })
        for (index, institution) in institutions.enumerated() {
            problems += institution.problems(
                at: "institutions[\(index)]", settlements: settlementCodes, institutions: institutionCodes)
            if Self.hasParentCycle(from: institution.code, parents: parents) {
                problems.append(
                    ImportProblem(
                        "institutions[\(index)].parent", "the chain of parents leads back to \"\(institution.code)\""))
            }
        }
        let situationCodes = uniqueKeys(lifeSituations.map(\.code), list: "lifeSituations", field: "code", &problems)
        for (index, situation) in lifeSituations.enumerated() {
            problems += codeProblems(situation.code, at: "lifeSituations[\(index)].code")
            problems += nameProblems(situation.name, at: "lifeSituations[\(index)].name")
        }
        _ = uniqueKeys(services.map(\.code), list: "services", field: "code", &problems)
        for (index, service) in services.enumerated() {
            problems += service.problems(
                at: "services[\(index)]", knownInstitutions: institutionCodes, knownLifeSituations: situationCodes)
        }
        return problems
    }

    private func uniqueKeys(
        _ keys: [String], list: String, field: String, _ problems: inout [ImportProblem]
    ) -> Set<String> {
        var seen: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            if let first = seen[key] {
                problems.append(
                    ImportProblem("\(list)[\(index)].\(field)", "\"\(key)\" is already used by \(list)[\(first)]"))
            } else {
                seen[key] = index
            }
        }
        return Set(seen.keys)
    }

    private static func hasParentCycle(from code: String, parents: [String: String?]) -> Bool {
        var current = parents[code] ?? nil
        var steps = 0
        while let next = current, steps <= parents.count {
            if next == code { return true }
            current = parents[next] ?? nil
            steps += 1
        }
        return false
    }
}

extension Hromada {
    /// What is wrong with the hromada's own fields: slug, time zone, КАТОТТГ, name, locales.
    public func problems(at path: String) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        if !CommunityFormat.isSlug(slug) {
            problems.append(ImportProblem("\(path).slug", CommunityError.invalidSlug(slug).description))
        }
        if !CommunityFormat.isTimeZone(timeZone) {
            problems.append(ImportProblem("\(path).timeZone", CommunityError.unknownTimeZone(timeZone).description))
        }
        if let katottg, !CommunityFormat.isKATOTTG(katottg) {
            problems.append(katottgProblem(katottg, at: "\(path).katottg"))
        }
        problems += nameProblems(name, at: "\(path).name")
        if locales.isEmpty {
            problems.append(ImportProblem("\(path).locales", "at least one locale is needed (uk)"))
        }
        for (index, host) in hosts.enumerated()
        where host.isBlank || host.contains(where: \.isWhitespace) || host != host.lowercased() {
            problems.append(ImportProblem("\(path).hosts[\(index)]", "\"\(host)\" is not a lower-case host name"))
        }
        return problems
    }
}

extension Settlement {
    func problems(at path: String, districts: Set<String>) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        if !CommunityFormat.isKATOTTG(katottg) { problems.append(katottgProblem(katottg, at: "\(path).katottg")) }
        problems += nameProblems(name, at: "\(path).name")
        if let district, !districts.contains(district) {
            problems.append(ImportProblem("\(path).district", "no district has the code \"\(district)\""))
        }
        if let population, population < 0 {
            problems.append(ImportProblem("\(path).population", "the population cannot be negative"))
        }
        if let coordinates, let problem = CommunityFormat.coordinatesProblem(coordinates) {
            problems.append(ImportProblem("\(path).coordinates", problem))
        }
        return problems
    }
}

extension Institution {
    func problems(at path: String, settlements: Set<String>, institutions: Set<String>) -> [ImportProblem] {
        var problems = codeProblems(code, at: "\(path).code")
        problems += nameProblems(name, at: "\(path).name")
        if let parent {
            if parent == code {
                problems.append(ImportProblem("\(path).parent", "an institution cannot be its own parent"))
            } else if !institutions.contains(parent) {
                problems.append(ImportProblem("\(path).parent", "no institution has the code \"\(parent)\""))
            }
        }
        if let settlement, !settlements.contains(settlement) {
            problems.append(ImportProblem("\(path).settlement", "no settlement has the КАТОТТГ code \"\(settlement)\""))
        }
        if let coordinates, let problem = CommunityFormat.coordinatesProblem(coordinates) {
            problems.append(ImportProblem("\(path).coordinates", problem))
        }
        if let website = contacts.website, !CommunityFormat.isHTTPSURL(website) {
            problems.append(ImportProblem("\(path).contacts.website", "\"\(website)\" is not an https:// link"))
        }
        if let capacity = shelter?.capacity, capacity < 0 {
            problems.append(ImportProblem("\(path).shelter.capacity", "the capacity cannot be negative"))
        }
        problems += openingHours.problems(at: "\(path).openingHours")
        return problems
    }
}

private func codeProblems(_ code: String, at path: String) -> [ImportProblem] {
    CommunityFormat.isCode(code)
        ? [] : [ImportProblem(path, "\"\(code)\" is not a code: use 1 to 63 characters a–z, 0–9 and hyphens")]
}

private func nameProblems(_ name: LocalizedText, at path: String) -> [ImportProblem] {
    name.uk.isBlank ? [ImportProblem("\(path).uk", "the Ukrainian text is empty")] : []
}

private func katottgProblem(_ code: String, at path: String) -> ImportProblem {
    ImportProblem(path, "\"\(code)\" is not a КАТОТТГ code: UA followed by 17 digits")
}
