extension DialogueNode: Codable {
    enum Kind: String, Codable, CaseIterable {
        case message, menu, question, set, action, facts, goto, end
    }

    enum KindKey: String, CodingKey {
        case kind
    }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(Kind.self, forKey: .kind)
        switch kind {
        case .message: self = .message(try Message(from: decoder))
        case .menu: self = .menu(try Menu(from: decoder))
        case .question: self = .question(try Question(from: decoder))
        case .set: self = .set(try Assign(from: decoder))
        case .action: self = .action(try Action(from: decoder))
        case .facts: self = .facts(try Facts(from: decoder))
        case .goto: self = .goto(try Goto(from: decoder))
        case .end: self = .end(try End(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kindName, forKey: .kind)
        switch self {
        case .message(let node): try node.encode(to: encoder)
        case .menu(let node): try node.encode(to: encoder)
        case .question(let node): try node.encode(to: encoder)
        case .set(let node): try node.encode(to: encoder)
        case .action(let node): try node.encode(to: encoder)
        case .facts(let node): try node.encode(to: encoder)
        case .goto(let node): try node.encode(to: encoder)
        case .end(let node): try node.encode(to: encoder)
        }
    }

    var kindName: Kind {
        switch self {
        case .message: .message
        case .menu: .menu
        case .question: .question
        case .set: .set
        case .action: .action
        case .facts: .facts
        case .goto: .goto
        case .end: .end
        }
    }

    /// The targets this node can lead to (transitions, menu options, give-up), for the validator and the walker.
    public var targets: [String] {
        switch self {
        case .message(let node): node.next.map(\.goto)
        case .menu(let node): node.options.map(\.goto).filter { !$0.hasPrefix("https://") }
        case .question(let node): node.next.map(\.goto) + (node.giveUp.map { [$0] } ?? [])
        case .set(let node): node.next.map(\.goto)
        case .action(let node): node.next.map(\.goto)
        case .facts(let node): node.next.map(\.goto)
        case .goto(let node): [node.goto]
        case .end: []
        }
    }
}
