extension Service {
    /// What is wrong with the service on its own (formats and ranges), with paths under `path`.
    ///
    /// References to institutions and life situations are checked by the caller, who knows what exists:
    /// pass the known codes to also check that every reference resolves.
    public func problems(
        at path: String, knownInstitutions: Set<String>? = nil, knownLifeSituations: Set<String>? = nil
    ) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        if !CommunityFormat.isCode(code) {
            problems.append(ImportProblem("\(path).code", "\"\(code)\" is not a code: use a–z, 0–9 and hyphens"))
        }
        if name.uk.isBlank {
            problems.append(ImportProblem("\(path).name.uk", "the Ukrainian name is empty"))
        }
        problems += cost.problems(at: "\(path).cost")
        if term.amount < 0 {
            problems.append(ImportProblem("\(path).term.amount", "the term cannot be negative (\(term.amount))"))
        }
        if let eServiceURL, !CommunityFormat.isHTTPSURL(eServiceURL) {
            problems.append(ImportProblem("\(path).eServiceURL", "\"\(eServiceURL)\" is not an https:// link"))
        }
        for (index, document) in documents.enumerated() where document.uk.isBlank {
            problems.append(ImportProblem("\(path).documents[\(index)]", "the document's Ukrainian text is empty"))
        }
        problems += Self.referenceProblems(
            providedAt, known: knownInstitutions, at: "\(path).providedAt", noun: "institution")
        problems += Self.referenceProblems(
            lifeSituations, known: knownLifeSituations, at: "\(path).lifeSituations", noun: "life situation")
        return problems
    }

    private static func referenceProblems(
        _ codes: [String], known: Set<String>?, at path: String, noun: String
    ) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        var seen: Set<String> = []
        for (index, code) in codes.enumerated() {
            if !seen.insert(code).inserted {
                problems.append(ImportProblem("\(path)[\(index)]", "\"\(code)\" is listed twice"))
            } else if let known, !known.contains(code) {
                problems.append(ImportProblem("\(path)[\(index)]", "no \(noun) has the code \"\(code)\""))
            }
        }
        return problems
    }
}

extension ServiceCost {
    /// What is wrong with the cost: a negative amount, a malformed multiple, an empty note.
    public func problems(at path: String) -> [ImportProblem] {
        switch self {
        case .free:
            return []
        case .fixed(let kopecks):
            return kopecks < 0 ? [ImportProblem(path, "a cost cannot be negative (\(kopecks) kopecks)")] : []
        case .subsistenceMinimum(let multiple):
            return Self.isDecimal(multiple)
                ? []
                : [ImportProblem(path, "\"\(multiple)\" is not a decimal multiple such as 0.05")]
        case .varies(let note):
            return note.uk.isBlank
                ? [ImportProblem(path, "a cost that varies needs a note saying how")] : []
        }
    }
}

extension String {
    /// Empty or whitespace only.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
