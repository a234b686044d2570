public import Foundation
import SvoyiCore

/// A dialogue's JSON that does not decode, as a ``DialogueProblem`` with code
/// ``DialogueProblem/Code/invalidJSON`` and the path of the field at fault.
public struct DialogueDecodingError: Error, Sendable, CustomStringConvertible {
    public let problem: DialogueProblem

    public var description: String { problem.description }
}

extension Dialogue {
    /// Decodes one dialogue from JSON, or says where and why it does not decode.
    public static func decode(json: Data) throws(DialogueDecodingError) -> Dialogue {
        do {
            return try JSONDecoder().decode(Dialogue.self, from: json)
        } catch let error as DecodingError {
            throw DialogueDecodingError(problem: problem(error, id: declaredID(json)))
        } catch {
            throw DialogueDecodingError(problem: problem(at: .root, id: "", en: "\(error)", uk: "\(error)"))
        }
    }

    /// Decodes a file's JSON: one dialogue object, or a list of them, each decoded on its own so one bad
    /// dialogue does not hide the others' problems.
    public static func decodeAll(json: Data) -> [Result<Dialogue, DialogueDecodingError>] {
        guard let list = try? JSONSerialization.jsonObject(with: json) as? [Any] else {
            return [Result { () throws(DialogueDecodingError) in try decode(json: json) }]
        }
        return list.map { element in
            Result { () throws(DialogueDecodingError) in
                guard JSONSerialization.isValidJSONObject(element),
                    let data = try? JSONSerialization.data(withJSONObject: element)
                else {
                    throw DialogueDecodingError(
                        problem: problem(
                            at: .root, id: "", en: "a dialogue is a JSON object", uk: "діалог — це об'єкт JSON"))
                }
                return try decode(json: data)
            }
        }
    }

    /// The dialogue as pretty JSON with sorted keys, as the store keeps and exports it.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    private static func declaredID(_ json: Data) -> String {
        ((try? JSONSerialization.jsonObject(with: json)) as? [String: Any])?["id"] as? String ?? ""
    }

    private static func problem(at path: JSONPath, id: String, en: String, uk: String) -> DialogueProblem {
        DialogueProblem(
            dialogueID: id, path: path.description, code: .invalidJSON, message: LocalizedText(uk: uk, en: en))
    }

    private static func problem(_ error: DecodingError, id: String) -> DialogueProblem {
        switch error {
        case .keyNotFound(let key, let context):
            return problem(
                at: JSONPath.of(context.codingPath).key(key.stringValue), id: id, en: "\(key.stringValue) is missing",
                uk: "бракує поля \(key.stringValue)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return problem(
                at: JSONPath.of(context.codingPath), id: id, en: "expected \(describe(type))",
                uk: "очікується \(describe(type, uk: true))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let underlying = context.underlyingError {
                let detail = (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] ?? underlying
                return problem(
                    at: .root, id: id, en: "not valid JSON (\(detail))", uk: "це не коректний JSON (\(detail))")
            }
            return problem(
                at: JSONPath.of(context.codingPath), id: id, en: context.debugDescription,
                uk: "недопустиме значення: \(context.debugDescription)")
        @unknown default:
            return problem(at: .root, id: id, en: "\(error)", uk: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type, uk: Bool = false) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return uk ? "список [...]" : "a list [...]" }
        if name.hasPrefix("Dictionary") { return uk ? "об'єкт {...}" : "an object {...}" }
        if name.hasPrefix("Int") { return uk ? "ціле число" : "a whole number" }
        if name == "Double" { return uk ? "число" : "a number" }
        if name == "String" { return uk ? "текст у лапках" : "text in quotes" }
        return name
    }
}
