import SvoyiCore

extension EngineTurn {
    /// Calls a named action with its arguments filled from the variables; stores the variables it returns and
    /// shows its messages. An unknown or failing action is logged and apologised for, and the dialogue goes on.
    mutating func run(_ node: DialogueNode.Action) async throws {
        guard let action = context.actions[node.action] else {
            context.log("chatbot: unknown action \(node.action) at \(state.position)")
            say(EngineTexts.actionFailed)
            return
        }
        let arguments = (node.arguments ?? [:]).compactMapValues { value(of: $0) }
        let call = ConversationActionCall(
            hromadaID: context.hromadaID, residentID: context.residentID, language: language, arguments: arguments,
            variables: state.variables, database: context.community?.database, now: context.now)
        do {
            let result = try await action.run(call)
            state.variables.merge(result.variables) { _, new in new }
            reply += result.messages
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.log("chatbot: action \(node.action) failed at \(state.position): \(error)")
            say(EngineTexts.actionFailed)
        }
    }

    /// Shows a service's facts from this hromada's catalogue; a service the catalogue lacks (or a catalogue that
    /// cannot be read) becomes a line saying the ЦНАП will advise.
    mutating func showFacts(_ node: DialogueNode.Facts) async throws {
        if let text = node.text { say(text) }
        let hromadaID = context.hromadaID
        let today = context.today
        do {
            if let community = context.community,
                let service = try await community.service(code: node.service, hromadaID: hromadaID)
            {
                let price = try await community.price(of: service.cost, on: today)
                let places = try await community.database.read { db in
                    try service.providedAt.compactMap {
                        try CommunityStore.institution(code: $0, hromadaID: hromadaID, in: db)
                    }
                }
                reply += FactsRenderer.messages(
                    service, show: node.show, price: price, places: places, language: language)
                return
            }
            context.log("chatbot: service \(node.service) is not in hromada \(hromadaID)'s catalogue")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.log("chatbot: facts of \(node.service) could not be read: \(error)")
        }
        say(EngineTexts.serviceUnknown)
    }
}
