import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct ShippedDialoguesTests {
    let dialogues = ShippedDialogues.all
    var byID: [String: Dialogue] { Dictionary(uniqueKeysWithValues: dialogues.map { ($0.id, $0) }) }

    /// The named actions shipped dialogues may call.
    static let knownActions: Set<String> = [
        "shelters.nearest", "cnap.offices", "catalog.places", "notify.topics", "notify.settlement",
        "notify.settlement.set",
    ]
    /// The engine's global commands a menu option may lead to.
    static let commands: Set<String> = ["cmd:lang:uk", "cmd:lang:en"]

    @Test func everyDialogueDecodes() throws {
        for json in ShippedDialogues.json {
            let dialogue = try ShippedDialogues.decode(json)
            #expect(dialogue.schema == Dialogue.schemaIdentifier, "\(dialogue.id)")
            #expect(dialogue.version >= 1, "\(dialogue.id)")
        }
        #expect(dialogues.count == ShippedDialogues.json.count)
    }

    @Test func idsAreUniqueAndWellFormed() {
        let ids = dialogues.map(\.id)
        #expect(Set(ids).count == ids.count)
        for dialogue in dialogues {
            #expect(dialogue.id.wholeMatch(of: /[a-z0-9_-]{1,40}/) != nil, "\(dialogue.id)")
            #expect(dialogue.nodes[dialogue.start] != nil, "\(dialogue.id): no start node")
            for nodeID in dialogue.nodes.keys {
                #expect(nodeID.wholeMatch(of: /[a-z0-9_-]{1,40}/) != nil, "\(dialogue.id).\(nodeID)")
            }
        }
        #expect(byID[DialogueIDs.mainMenu] != nil)
        #expect(byID[DialogueIDs.settings] != nil)
    }

    @Test func theMainMenuHasTheFourBlocks() throws {
        let main = try #require(byID[DialogueIDs.mainMenu])
        guard case .menu(let menu) = main.nodes[main.start] else {
            Issue.record("the main menu does not start with a menu")
            return
        }
        #expect(
            menu.options.map(\.goto) == [
                "dialogue:services", "dialogue:me_and_power", "dialogue:my_hromada", "dialogue:settings",
            ])
        #expect(menu.options.map(\.label.uk) == ["Послуги", "Я + Влада", "Моя громада", "Налаштування"])
        let settings = try #require(byID[DialogueIDs.settings])
        let targets = Set(settings.nodes.values.flatMap(\.targets))
        #expect(targets.isSuperset(of: Self.commands), "the language stays in the settings")
        let actions = Set(
            settings.nodes.values.compactMap { node -> String? in
                if case .action(let action) = node { return action.action }
                return nil
            })
        #expect(actions == ["notify.topics", "notify.settlement", "notify.settlement.set"])
    }

    @Test func consultationsAreTheFifteenServices() {
        let consultations = Set(dialogues.filter { $0.kind == .consultation }.map(\.id))
        #expect(
            consultations == [
                "land_cadastre_extract", "criminal_record", "license_plate", "property_register", "emalyatko",
                "fop_registration", "permits", "registered_persons", "residence", "unemployment", "id_card",
                "foreign_passport", "idp_certificate", "housing_subsidy", "large_family",
            ])
        #expect(dialogues.filter { $0.kind == .faq }.count >= 10)
    }

    @Test func everyTargetExists() {
        let ids = Set(dialogues.map(\.id))
        for dialogue in dialogues {
            for (nodeID, node) in dialogue.nodes {
                var targets = node.targets
                if case .menu(let menu) = node {
                    #expect(menu.options.count <= 10, "\(dialogue.id).\(nodeID): too many buttons")
                    for option in menu.options where option.goto.hasPrefix("https://") {
                        #expect(URL(string: option.goto) != nil, "\(dialogue.id).\(nodeID): \(option.goto)")
                    }
                } else {
                    #expect(!targets.contains { Self.commands.contains($0) }, "\(dialogue.id).\(nodeID)")
                }
                if case .question(let question) = node, let giveUp = question.giveUp { targets.append(giveUp) }
                for target in targets {
                    if target.hasPrefix("dialogue:") {
                        #expect(ids.contains(String(target.dropFirst(9))), "\(dialogue.id).\(nodeID) → \(target)")
                    } else if !Self.commands.contains(target) {
                        #expect(dialogue.nodes[target] != nil, "\(dialogue.id).\(nodeID) → \(target)")
                    }
                }
                if case .action(let action) = node {
                    #expect(Self.knownActions.contains(action.action), "\(dialogue.id).\(nodeID): \(action.action)")
                }
            }
        }
    }

    @Test func everyNodeIsReachableFromTheStart() {
        for dialogue in dialogues {
            var seen: Set<String> = [dialogue.start]
            var queue = [dialogue.start]
            while let nodeID = queue.popLast() {
                for target in dialogue.nodes[nodeID]?.targets ?? [] where dialogue.nodes[target] != nil {
                    if seen.insert(target).inserted { queue.append(target) }
                }
            }
            let unreachable = Set(dialogue.nodes.keys).subtracting(seen)
            #expect(unreachable.isEmpty, "\(dialogue.id): \(unreachable.sorted())")
        }
    }

    @Test func everyDialogueIsReachableFromTheMainMenu() {
        var seen: Set<String> = [DialogueIDs.mainMenu]
        var queue = [DialogueIDs.mainMenu]
        while let id = queue.popLast() {
            for node in byID[id]?.nodes.values.map({ $0 }) ?? [] {
                for target in node.targets where target.hasPrefix("dialogue:") {
                    let next = String(target.dropFirst(9))
                    if seen.insert(next).inserted { queue.append(next) }
                }
            }
        }
        #expect(Set(dialogues.map(\.id)).subtracting(seen).isEmpty, "\(Set(dialogues.map(\.id)).subtracting(seen))")
    }

    /// Walks every branch of every dialogue: choice questions take each option, number questions the boundary
    /// values of the conditions that read them, and every path must reach an end, a menu or another dialogue.
    @Test func everyPathEnds() {
        var totalPaths = 0
        for dialogue in dialogues {
            var walker = DialogueWalker(dialogue: dialogue)
            walker.walk()
            #expect(walker.problems.isEmpty, "\(dialogue.id): \(walker.problems)")
            let unwalked = Set(dialogue.nodes.keys).subtracting(walker.visited)
            #expect(unwalked.isEmpty, "\(dialogue.id): never walked \(unwalked.sorted())")
            #expect(walker.paths > 0, "\(dialogue.id)")
            totalPaths += walker.paths
        }
        #expect(totalPaths > 200)
    }

    @Test func everyVariableIsDeclared() {
        for dialogue in dialogues {
            let declared = dialogue.variables
            func check(_ name: String, _ place: String) {
                #expect(declared[name] != nil, "\(dialogue.id).\(place): \(name) is not declared")
            }
            for (nodeID, node) in dialogue.nodes {
                for transition in Self.transitions(of: node) {
                    for name in transition.when?.variables ?? [] { check(name, nodeID) }
                }
                switch node {
                case .question(let question):
                    check(question.variable, nodeID)
                    if question.input == .choice {
                        let values = declared[question.variable]?.values ?? []
                        #expect(declared[question.variable]?.type == .choice, "\(dialogue.id).\(nodeID)")
                        for option in question.options ?? [] {
                            #expect(values.contains(option.value), "\(dialogue.id).\(nodeID): \(option.value)")
                        }
                        #expect((question.options ?? []).count <= 10, "\(dialogue.id).\(nodeID)")
                    }
                case .set(let assign):
                    for (name, operand) in assign.set {
                        check(name, nodeID)
                        if case .variable(let source) = operand { check(source, nodeID) }
                    }
                case .action(let action):
                    for operand in action.arguments?.values.map({ $0 }) ?? [] {
                        if case .variable(let source) = operand { check(source, nodeID) }
                    }
                default: break
                }
                for text in Self.texts(of: node) {
                    for lang in [text.uk, text.en ?? ""] {
                        for match in lang.matches(of: /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/) {
                            check(String(match.1), nodeID)
                        }
                    }
                }
            }
        }
    }

    @Test func everyTextIsTranslatedAndButtonsFit() {
        for dialogue in dialogues {
            var texts = [dialogue.title] + dialogue.keywords
            var labels: [LocalizedText] = []
            for node in dialogue.nodes.values {
                texts += Self.texts(of: node)
                if case .menu(let menu) = node { labels += menu.options.map(\.label) }
                if case .question(let question) = node { labels += (question.options ?? []).map(\.label) }
            }
            for text in texts + labels {
                #expect(!text.uk.trimmingCharacters(in: .whitespaces).isEmpty, "\(dialogue.id): empty uk")
                #expect(!(text.en ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(dialogue.id): \(text.uk)")
            }
            for label in labels {
                #expect(label.uk.count <= 40 && (label.en ?? "").count <= 40, "\(dialogue.id): \(label)")
            }
            #expect(!dialogue.keywords.isEmpty, "\(dialogue.id): no keywords")
        }
    }

    /// Telegram's callback data is at most 64 bytes: `v1:<dialogue>@<version>:<node>:<index>`.
    @Test func buttonPayloadsFitTelegram() {
        for dialogue in dialogues {
            for (nodeID, node) in dialogue.nodes {
                var count = 0
                if case .menu(let menu) = node { count = menu.options.count }
                if case .question(let question) = node { count = question.options?.count ?? 0 }
                guard count > 0 else { continue }
                let payload = "v1:\(dialogue.id)@\(dialogue.version):\(nodeID):\(count - 1)"
                #expect(payload.utf8.count <= 64, "\(payload)")
            }
        }
    }

    @Test func factsNameServicesOfTheCatalogue() {
        let codes = Set(DemoHromada.bundle.services.map(\.code))
        var used: Set<String> = []
        for dialogue in dialogues {
            for (nodeID, node) in dialogue.nodes {
                if case .facts(let facts) = node {
                    #expect(codes.contains(facts.service), "\(dialogue.id).\(nodeID): \(facts.service)")
                    #expect(!facts.show.isEmpty, "\(dialogue.id).\(nodeID)")
                    used.insert(facts.service)
                }
                if case .action(let action) = node, action.action == "catalog.places",
                    case .value(.text(let code)) = action.arguments?["service"]
                {
                    #expect(codes.contains(code), "\(dialogue.id).\(nodeID): \(code)")
                }
            }
        }
        let expected: Set<String> = [
            "id-card", "foreign-passport", "criminal-record-certificate", "land-cadastre-extract",
            "property-register-extract", "license-plate-order", "emalyatko", "fop-registration", "permits-licenses",
            "registered-persons-extract", "residence-registration", "residence-deregistration",
            "unemployment-registration", "idp-certificate", "housing-subsidy", "large-family-certificate",
        ]
        #expect(expected.subtracting(used).isEmpty, "\(expected.subtracting(used))")
    }

    @Test func consultationsHaveTheirLegalBasisAndReviewDate() throws {
        for dialogue in dialogues where dialogue.kind == .consultation {
            let review = try #require(dialogue.review, "\(dialogue.id)")
            #expect(!review.legalBasis.isEmpty, "\(dialogue.id)")
            #expect(!review.sources.isEmpty, "\(dialogue.id)")
            #expect(review.sources.allSatisfy { $0.hasPrefix("https://") }, "\(dialogue.id)")
            #expect(review.lastReviewed >= CivilDate(year: 2026, month: 1, day: 1)!, "\(dialogue.id)")
            #expect(review.reviewEveryDays > 0 && review.reviewEveryDays <= 365, "\(dialogue.id)")
            #expect(!dialogue.keywords.isEmpty, "\(dialogue.id)")
        }
    }

    /// Costs and terms come from the catalogue, so no text names a sum of money or a number of working days, and no
    /// button promises a feature that is not there.
    @Test func noTextCopiesCatalogueFacts() {
        for dialogue in dialogues {
            var texts = [dialogue.title]
            for node in dialogue.nodes.values {
                texts += Self.texts(of: node)
                if case .menu(let menu) = node { texts += menu.options.map(\.label) }
            }
            for text in texts {
                for string in [text.uk, text.en ?? ""] {
                    let lower = string.lowercased()
                    #expect(
                        lower.firstMatch(of: /\d[\d\s\u{00A0}]*(грн|гривн|uah|₴)|(uah|₴)\s*\d/) == nil,
                        "\(dialogue.id): \(string)")
                    #expect(lower.firstMatch(of: /\d+\s*(робоч|working day)/) == nil, "\(dialogue.id): \(string)")
                    #expect(
                        !["незабаром", "скоро буде", "coming soon"].contains { lower.contains($0) },
                        "\(dialogue.id): \(string)")
                }
            }
        }
    }

    /// The walker itself finds what it is there to find.
    @Test func theWalkerFindsLoopsDeadEndsAndMissingNodes() throws {
        let json = #"""
            {"schema": "svoyi-dialogue/1", "id": "broken", "version": 1, "kind": "consultation",
             "title": {"uk": "Зламаний", "en": "Broken"}, "start": "age",
             "variables": {"age": {"type": "number"}},
             "nodes": {
               "age": {"kind": "question", "text": {"uk": "Вік?", "en": "Age?"}, "variable": "age", "input": "number",
                       "validation": {"min": 0, "max": 120},
                       "next": [{"when": {"var": "age", "op": "lt", "value": 14}, "goto": "a"},
                                {"when": {"var": "age", "op": "lt", "value": 60}, "goto": "gone"}]},
               "a": {"kind": "message", "text": {"uk": "А", "en": "A"}, "next": [{"goto": "b"}]},
               "b": {"kind": "message", "text": {"uk": "Б", "en": "B"}, "next": [{"goto": "a"}]}
             }}
            """#
        var walker = DialogueWalker(dialogue: try ShippedDialogues.decode(json))
        walker.walk()
        let problems = walker.problems.joined(separator: "\n")
        #expect(problems.contains("a loop without a question or menu"), "\(problems)")
        #expect(problems.contains("gone: no such node"), "\(problems)")
        #expect(problems.contains("no transition holds"), "\(problems)")
    }

    static func transitions(of node: DialogueNode) -> [DialogueTransition] {
        switch node {
        case .message(let node): node.next
        case .question(let node): node.next
        case .set(let node): node.next
        case .action(let node): node.next
        case .facts(let node): node.next
        case .menu, .goto, .end: []
        }
    }

    static func texts(of node: DialogueNode) -> [LocalizedText] {
        switch node {
        case .message(let node): [node.text]
        case .menu(let node): [node.text]
        case .question(let node): [node.text] + (node.invalid.map { [$0] } ?? [])
        case .facts(let node): node.text.map { [$0] } ?? []
        case .end(let node): node.text.map { [$0] } ?? []
        case .set, .action, .goto: []
        }
    }
}

/// Walks a dialogue through every answer that can change its course.
struct DialogueWalker {
    let dialogue: Dialogue
    /// Paths that reached an end, a menu, a link, a command or another dialogue.
    private(set) var paths = 0
    private(set) var visited: Set<String> = []
    private(set) var problems: [String] = []
    private var expanded: Set<State> = []

    struct State: Hashable {
        var node: String
        var variables: [String: ConversationValue]
    }

    init(dialogue: Dialogue) {
        self.dialogue = dialogue
    }

    mutating func walk() {
        go(to: dialogue.start, variables: [:], path: [], sinceInput: [])
    }

    /// `path`: the states on the way here; `sinceInput`: those since the last menu or question, where a loop
    /// would never end.
    private mutating func go(
        to target: String, variables: [String: ConversationValue], path: [String], sinceInput: Set<State>
    ) {
        if target.hasPrefix("dialogue:") || target.hasPrefix("cmd:") || target.hasPrefix("https://") {
            paths += 1
            return
        }
        guard let node = dialogue.nodes[target] else {
            problems.append("\(path.joined(separator: " → ")) → \(target): no such node")
            return
        }
        visited.insert(target)
        let state = State(node: target, variables: variables)
        if sinceInput.contains(state) {
            problems.append("\(path.joined(separator: " → ")) → \(target): a loop without a question or menu")
            return
        }
        guard expanded.insert(state).inserted else {
            paths += 1
            return
        }
        let path = path + [target]
        let sinceInput = sinceInput.union([state])
        switch node {
        case .end:
            paths += 1
        case .menu(let menu):
            paths += 1
            for option in menu.options {
                go(to: option.goto, variables: variables, path: path, sinceInput: [])
            }
        case .goto(let node):
            go(to: node.goto, variables: variables, path: path, sinceInput: sinceInput)
        case .message(let node):
            follow(node.next, variables: variables, path: path, sinceInput: sinceInput)
        case .facts(let node):
            follow(node.next, variables: variables, path: path, sinceInput: sinceInput)
        case .action(let node):
            follow(node.next, variables: variables, path: path, sinceInput: sinceInput)
        case .set(let node):
            var variables = variables
            for (name, operand) in node.set {
                switch operand {
                case .value(let value): variables[name] = value
                case .variable(let source): variables[name] = variables[source]
                }
            }
            follow(node.next, variables: variables, path: path, sinceInput: sinceInput)
        case .question(let question):
            for answer in answers(to: question) {
                var variables = variables
                variables[question.variable] = answer
                follow(question.next, variables: variables, path: path, sinceInput: [])
            }
            if let giveUp = question.giveUp {
                go(to: giveUp, variables: variables, path: path, sinceInput: [])
            }
        }
    }

    private mutating func follow(
        _ transitions: [DialogueTransition], variables: [String: ConversationValue], path: [String],
        sinceInput: Set<State>
    ) {
        guard let transition = transitions.first(where: { $0.when?.holds(for: variables) ?? true }) else {
            problems.append("\(path.joined(separator: " → ")): no transition holds for \(variables)")
            return
        }
        go(to: transition.goto, variables: variables, path: path, sinceInput: sinceInput)
    }

    /// The answers worth trying: every choice; for numbers and dates, each value the conditions compare the
    /// variable with, and its neighbours, within the question's limits.
    private func answers(to question: DialogueNode.Question) -> [ConversationValue] {
        switch question.input {
        case .choice:
            return (question.options ?? []).map { .text($0.value) }
        case .number:
            var candidates: Set<Double> = []
            for value in comparedValues(of: question.variable) {
                if case .number(let number) = value { candidates.formUnion([number - 1, number, number + 1]) }
            }
            let low = question.validation?.min ?? -1_000_000
            let high = question.validation?.max ?? 1_000_000
            candidates.formUnion([low, high].filter { abs($0) < 1_000_000 })
            if candidates.isEmpty { candidates.insert(0) }
            return candidates.filter { $0 >= low && $0 <= high }.sorted().map { .number($0) }
        case .date:
            var candidates: Set<CivilDate> = [CivilDate(year: 2026, month: 11, day: 22)!]
            for value in comparedValues(of: question.variable) {
                var date: CivilDate?
                if case .date(let value) = value { date = value }
                if case .text(let text) = value { date = CivilDate(text) }
                if let date { candidates.formUnion([date.adding(days: -1), date, date.adding(days: 1)]) }
            }
            return candidates.sorted().map { .date($0) }
        case .location:
            return [.location(latitude: 49.15, longitude: 31.18)]
        case .text, .contact, .photo:
            return [.text("test")]
        }
    }

    private func comparedValues(of variable: String) -> [ConversationValue] {
        func values(_ condition: DialogueCondition) -> [ConversationValue] {
            switch condition {
            case .all(let conditions), .any(let conditions): return conditions.flatMap(values)
            case .not(let condition): return values(condition)
            case .compare(let name, _, let value):
                guard name == variable, let value else { return [] }
                if case .list(let list) = value { return list }
                return [value]
            }
        }
        return dialogue.nodes.values.flatMap { ShippedDialoguesTests.transitions(of: $0) }.compactMap(\.when)
            .flatMap(values)
    }
}
