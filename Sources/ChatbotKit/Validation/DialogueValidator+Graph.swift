/// The header and the graph: schema, ids, version, targets, reachability, endless loops.
extension DialogueValidator {
    static let dialoguePrefix = "dialogue:"

    func checkHeader(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        if dialogue.schema != Dialogue.schemaIdentifier {
            report.add(
                .unknownSchema, .root.key("schema"),
                en: "schema must be \(Dialogue.schemaIdentifier), not \(dialogue.schema)",
                uk: "schema має бути \(Dialogue.schemaIdentifier), а не \(dialogue.schema)")
        }
        if !Self.isValidID(dialogue.id) {
            report.add(
                .invalidID, .root.key("id"), en: "the id must be 1–40 characters a–z, 0–9, _ or -",
                uk: "id має складатися з 1–40 символів a–z, 0–9, _ або -")
        } else if Self.reservedIDs.contains(dialogue.id) {
            report.add(
                .invalidID, .root.key("id"),
                en: "the id \(dialogue.id) is reserved for a page of the admin panel; choose another",
                uk: "id «\(dialogue.id)» зайнятий сторінкою панелі керування; оберіть інший")
        }
        if dialogue.version < 1 {
            report.add(
                .invalidVersion, .root.key("version"), en: "the version must be 1 or more",
                uk: "версія має бути 1 або більше")
        }
        if dialogue.nodes[dialogue.start] == nil {
            report.add(
                .unknownStart, .root.key("start"), en: "start names no node: \(dialogue.start)",
                uk: "start вказує на вузол, якого немає: \(dialogue.start)")
        }
        for id in dialogue.nodes.keys.sorted() where !Self.isValidID(id) {
            report.add(
                .invalidNodeID, .root.key("nodes").key(id), en: "a node id must be 1–40 characters a–z, 0–9, _ or -",
                uk: "id вузла має складатися з 1–40 символів a–z, 0–9, _ або -")
        }
    }

    func checkGraph(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        let nodes = dialogue.nodes.keys.sorted()
        for id in nodes {
            let node = dialogue.nodes[id]!
            let path = JSONPath.root.key("nodes").key(id)
            for (target, targetPath) in node.targetPaths(at: path) {
                checkTarget(target, at: targetPath, in: dialogue, &report)
            }
            if node.hasNext && node.transitions.isEmpty {
                report.add(
                    .noNext, path.key("next"), en: "the node has nowhere to go: add a transition, or use an end node",
                    uk: "з вузла нікуди йти: додайте перехід або використайте вузол end")
            } else if node.hasNext && node.transitions.allSatisfy({ $0.when != nil }) {
                report.add(
                    .noFallback, path.key("next"),
                    en: "every transition has a condition; add a last one without `when` for when none holds",
                    uk: "усі переходи мають умову; додайте останній без `when` на випадок, коли жодна не виконається")
            }
        }
        let reachable = reachableNodes(dialogue)
        for id in nodes where !reachable.contains(id) && dialogue.nodes[dialogue.start] != nil {
            report.add(
                .unreachableNode, .root.key("nodes").key(id), en: "no path from start leads to node \(id)",
                uk: "жоден шлях від start не веде до вузла \(id)")
        }
        for id in endlessEntries(dialogue, reachable: reachable) {
            report.add(
                .endlessPath, .root.key("nodes").key(id),
                en: "from node \(id) every path loops without asking, offering a menu or ending",
                uk: "від вузла \(id) кожен шлях зациклюється: без запитання, меню чи завершення")
        }
    }

    private func checkTarget(_ target: String, at path: JSONPath, in dialogue: Dialogue, _ report: inout DialogueReport)
    {
        if DialogueIDs.commands.contains(target) {
            return
        } else if target.hasPrefix(Self.dialoguePrefix) {
            let id = String(target.dropFirst(Self.dialoguePrefix.count))
            if let known = knownDialogues, !known.contains(id), id != dialogue.id {
                report.add(
                    .unknownDialogue, path, en: "no dialogue \(id) is published or in the set",
                    uk: "діалогу \(id) немає серед опублікованих чи в наборі")
            }
        } else if dialogue.nodes[target] == nil {
            report.add(
                .unknownTarget, path, en: "no node \(target) in this dialogue",
                uk: "у цьому діалозі немає вузла \(target)")
        }
    }

    /// The local nodes a target leads to (other dialogues and unknown nodes lead nowhere here).
    private func successors(_ node: DialogueNode, in dialogue: Dialogue) -> [String] {
        node.targetPaths(at: .root).map(\.target).filter { dialogue.nodes[$0] != nil }
    }

    func reachableNodes(_ dialogue: Dialogue) -> Set<String> {
        guard dialogue.nodes[dialogue.start] != nil else { return [] }
        var seen: Set<String> = [dialogue.start]
        var queue = [dialogue.start]
        while let id = queue.popLast() {
            for next in successors(dialogue.nodes[id]!, in: dialogue) where seen.insert(next).inserted {
                queue.append(next)
            }
        }
        return seen
    }

    /// Reachable nodes from which no path ever waits for the resident, ends, or leaves the dialogue, reported
    /// once per trap: at the start, or where a node that can still finish leads into it.
    func endlessEntries(_ dialogue: Dialogue, reachable: Set<String>) -> [String] {
        // A node can finish when it waits or ends, leaves (another dialogue, an unknown target reported
        // elsewhere), has nowhere to go (reported as noNext), or leads to a node that can finish.
        var canFinish: Set<String> = []
        for (id, node) in dialogue.nodes {
            let targets = node.targetPaths(at: .root).map(\.target)
            if node.waitsOrEnds || targets.isEmpty || targets.contains(where: { dialogue.nodes[$0] == nil }) {
                canFinish.insert(id)
            }
        }
        var changed = true
        while changed {
            changed = false
            for (id, node) in dialogue.nodes where !canFinish.contains(id) {
                if successors(node, in: dialogue).contains(where: canFinish.contains) {
                    canFinish.insert(id)
                    changed = true
                }
            }
        }
        let trapped = reachable.subtracting(canFinish)
        return trapped.sorted().filter { id in
            id == dialogue.start
                || dialogue.nodes.contains { other, node in
                    !trapped.contains(other) && reachable.contains(other)
                        && successors(node, in: dialogue).contains(id)
                }
        }
    }
}
