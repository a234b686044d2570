import Foundation
import SvoyiCore

/// The form a conversation is stored in between messages (`chatbot_conversations.state`).
///
/// Form 2, written since the web chat had to reach 5,000 messages a second: compact JSON written and read by hand
/// (``JSONWriter``, ``JSONValue``), where Foundation's `JSONEncoder`/`JSONDecoder` with sorted keys had been a
/// quarter of the server's time per message. Positions are `[dialogueID, version, nodeID]`; empty members are left
/// out; and each Back frame stores only how its variables differ from the frame before it (`set` and `unset`),
/// not a copy of them all, since a consultation adds one answer per step:
///
/// ```json
/// {"v":2,"at":["idcard",2,"age"],"vars":{"age":35,"who":"self"},"retries":1,"lang":"en",
///  "started":1795000000000,"updated":1795000061500,
///  "back":[{"at":["main",1,"home"]},{"at":["idcard",2,"who"]},{"at":["idcard",2,"age"],"set":{"who":"self"}}]}
/// ```
///
/// Form 1 (everything before, with no `"v"`) is the synthesized `Codable` form with sorted keys and full
/// variables in every frame. It is still read, so conversations stored by an older release continue; the next
/// message stores them in form 2.
extension ConversationState {
    /// The version of the stored form ``encoded()`` writes.
    public static let storedForm = 2

    /// The stored form: compact JSON, form 2 (see above). Throws for a number JSON cannot hold.
    public func encoded() throws -> String {
        var json = JSONWriter(capacity: 256 + 96 * history.count)
        json.beginObject()
        json.key("v")
        json.integer(Int64(Self.storedForm))
        json.key("at")
        Self.write(position, to: &json)
        if !variables.isEmpty {
            json.key("vars")
            try Self.write(variables, to: &json)
        }
        if retries != 0 {
            json.key("retries")
            json.integer(Int64(retries))
        }
        json.key("lang")
        json.string(language.rawValue)
        json.key("started")
        try json.number(startedAt.timeIntervalSince1970 * 1000)
        json.key("updated")
        try json.number(updatedAt.timeIntervalSince1970 * 1000)
        if !history.isEmpty {
            json.key("back")
            json.beginArray()
            var before: [String: ConversationValue] = [:]
            for frame in history {
                json.beginObject()
                json.key("at")
                Self.write(frame.position, to: &json)
                try Self.writeChanges(from: before, to: frame.variables, in: &json)
                json.endObject()
                before = frame.variables
            }
            json.endArray()
        }
        json.endObject()
        return json.text
    }

    /// A state from its stored form, 2 or the older 1. Throws when it is neither (the caller starts afresh).
    public static func decode(_ json: String) throws -> ConversationState {
        guard let document = try? JSONValue.parse(json), let form = document["v"] else {
            return try decodeForm1(json)
        }
        guard form.integer == Int64(storedForm) else { throw StoredFormError("unknown form \(form)") }
        return try decodeForm2(document)
    }

    /// Form 1: the synthesized `Codable` form, dates in milliseconds since 1970.
    static func decodeForm1(_ json: String) throws -> ConversationState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(ConversationState.self, from: Data(json.utf8))
    }

    static func decodeForm2(_ document: JSONValue) throws -> ConversationState {
        guard let language = document["lang"]?.string.flatMap(Language.init(rawValue:)) else {
            throw StoredFormError("no language")
        }
        var history: [Frame] = []
        if let frames = document["back"] {
            guard let frames = frames.array else { throw StoredFormError("back is not a list") }
            history.reserveCapacity(frames.count)
            var variables: [String: ConversationValue] = [:]
            for frame in frames {
                try applyChanges(frame, to: &variables)
                history.append(Frame(position: try position(frame["at"]), variables: variables))
            }
        }
        guard let retries = (document["retries"] ?? .number(0)).integer else { throw StoredFormError("retries") }
        return ConversationState(
            position: try position(document["at"]), variables: try variables(document["vars"] ?? .object([:])),
            history: history, retries: Int(retries), language: language, startedAt: try date(document["started"]),
            updatedAt: try date(document["updated"]))
    }

    // MARK: Parts

    private static func write(_ position: Position, to json: inout JSONWriter) {
        json.beginArray()
        json.string(position.dialogueID)
        json.integer(Int64(position.version))
        json.string(position.nodeID)
        json.endArray()
    }

    private static func position(_ json: JSONValue?) throws -> Position {
        guard let parts = json?.array, parts.count == 3, let dialogueID = parts[0].string,
            let version = parts[1].integer, let nodeID = parts[2].string
        else { throw StoredFormError("a position is not [dialogue, version, node]") }
        return Position(dialogueID: dialogueID, version: Int(version), nodeID: nodeID)
    }

    /// Variables as an object, names sorted so the same state is always stored the same way.
    private static func write(_ variables: [String: ConversationValue], to json: inout JSONWriter) throws {
        json.beginObject()
        for name in variables.keys.sorted() {
            json.key(name)
            try variables[name]!.write(to: &json)
        }
        json.endObject()
    }

    private static func variables(_ json: JSONValue) throws -> [String: ConversationValue] {
        guard let members = json.object else { throw StoredFormError("variables are not an object") }
        var variables: [String: ConversationValue] = [:]
        variables.reserveCapacity(members.count)
        for (name, member) in members {
            guard let value = ConversationValue(json: member) else { throw StoredFormError("a variable's value") }
            variables[name] = value
        }
        return variables
    }

    /// A frame's variables as the change from the frame before: `set` (new or different values), `unset` (names
    /// no longer there); neither when they are the same.
    private static func writeChanges(
        from before: [String: ConversationValue], to after: [String: ConversationValue], in json: inout JSONWriter
    ) throws {
        let set = after.filter { before[$0.key] != $0.value }
        let unset = before.keys.filter { after[$0] == nil }.sorted()
        if !set.isEmpty {
            json.key("set")
            try write(set, to: &json)
        }
        if !unset.isEmpty {
            json.key("unset")
            json.beginArray()
            for name in unset { json.string(name) }
            json.endArray()
        }
    }

    private static func applyChanges(_ frame: JSONValue, to variables: inout [String: ConversationValue]) throws {
        if let set = frame["set"] {
            variables.merge(try self.variables(set)) { _, new in new }
        }
        if let unset = frame["unset"] {
            guard let names = unset.array else { throw StoredFormError("unset is not a list") }
            for name in names {
                guard let name = name.string else { throw StoredFormError("unset holds a non-name") }
                variables[name] = nil
            }
        }
    }

    private static func date(_ json: JSONValue?) throws -> Date {
        guard let milliseconds = json?.number else { throw StoredFormError("a time is not a number") }
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }
}

/// A stored state that is not in a form ``ConversationState/decode(_:)`` knows.
struct StoredFormError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
