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
            throw DialogueDecodingError(problem: problem(error, id: declaredID(json), json: json))
        } catch {
            throw DialogueDecodingError(
                problem: problem(at: .root, id: "", en: "\(error)", uk: "JSON не вдалося прочитати як діалог"))
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

    private static func problem(_ error: DecodingError, id: String, json: Data) -> DialogueProblem {
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
            if context.codingPath.isEmpty {
                // The parser's own words: in the underlying error where it gives one, else the description.
                let detail =
                    context.underlyingError.map { "\(($0 as NSError).userInfo[NSDebugDescriptionErrorKey] ?? $0)" }
                    ?? context.debugDescription
                let line = syntaxErrorLine(json)
                return problem(
                    at: .root, id: id, en: "not valid JSON (\(detail))" + (line.map { ", line \($0)" } ?? ""),
                    uk: "це не коректний JSON" + (line.map { " (помилка в рядку \($0))" } ?? ""))
            }
            let (uk, en) = corrupted(context)
            return problem(at: JSONPath.of(context.codingPath), id: id, en: en, uk: uk)
        @unknown default:
            return problem(at: .root, id: id, en: "\(error)", uk: "JSON не вдалося прочитати як діалог")
        }
    }

    /// The line (from 1) of a JSON syntax error, from the position the system parser reports ("around character
    /// 33", a byte offset), or `nil` when it reports none.
    static func syntaxErrorLine(_ json: Data) -> Int? {
        do {
            _ = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? "")"
            guard let match = detail.firstMatch(of: /character (\d+)/), let offset = Int(match.1) else { return nil }
            return json.prefix(max(0, min(offset, json.count))).reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        }
    }

    /// A refused value, in Ukrainian and English: our own words when a decoder gave them, the allowed values of a
    /// fixed list (a node's `kind`, an `input`, an `op` …), a date's form, or a plain «недопустиме значення» —
    /// never the decoder's English.
    static func corrupted(_ context: DecodingError.Context) -> (uk: String, en: String) {
        if let field = context.underlyingError as? DialogueFieldProblem { return (field.uk, field.en) }
        if let allowed = allowedValues(at: context.codingPath) {
            let list = allowed.joined(separator: ", ")
            return ("недопустиме значення; можливі: \(list)", "not one of: \(list)")
        }
        if context.debugDescription.hasPrefix("expected a date") {
            return ("очікується дата у форматі РРРР-ММ-ДД", context.debugDescription)
        }
        if context.debugDescription.hasPrefix("a value is") {
            return (
                "значення — це текст, число, true чи false, список, {\"date\": \"РРРР-ММ-ДД\"} або "
                    + "{\"latitude\": …, \"longitude\": …}", context.debugDescription
            )
        }
        return ("недопустиме значення", context.debugDescription)
    }

    /// The values a field of a fixed list may take, by where it is: the dialogue's `kind`, a node's `kind`, a
    /// question's `input`, a condition's `op`, a variable's `type`, a fact in `show`.
    static func allowedValues(at codingPath: [any CodingKey]) -> [String]? {
        guard let last = codingPath.last else { return nil }
        let names = codingPath.map(\.stringValue)
        if last.intValue != nil, names.dropLast().last == "show" {
            return DialogueNode.Facts.Fact.allCases.map(\.rawValue)
        }
        switch last.stringValue {
        case "kind" where codingPath.count == 1: return Dialogue.Kind.allCases.map(\.rawValue)
        case "kind" where names.first == "nodes": return DialogueNode.Kind.allCases.map(\.rawValue)
        case "input": return DialogueNode.Question.Input.allCases.map(\.rawValue)
        case "op": return DialogueCondition.Operator.allCases.map(\.rawValue)
        case "type" where names.first == "variables": return DialogueVariable.VariableType.allCases.map(\.rawValue)
        default: return nil
        }
    }

    private static func describe(_ type: Any.Type, uk: Bool = false) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return uk ? "список [...]" : "a list [...]" }
        if name.hasPrefix("Dictionary") { return uk ? "об'єкт {...}" : "an object {...}" }
        if name.hasPrefix("Int") { return uk ? "ціле число" : "a whole number" }
        if name == "Double" { return uk ? "число" : "a number" }
        if name == "String" { return uk ? "текст у лапках" : "text in quotes" }
        if name == "Bool" { return uk ? "true або false" : "true or false" }
        return uk ? "значення іншого виду" : name
    }
}
