import Foundation
import SvoyiCore

/// Texts and buttons: both languages present, button payloads within Telegram's limit, menus readable.
extension DialogueValidator {
    /// Every text of the dialogue with its path: the title, the keywords, and each node's texts.
    func allTexts(_ dialogue: Dialogue) -> [(text: LocalizedText, path: JSONPath)] {
        var texts = [(dialogue.title, JSONPath.root.key("title"))]
        texts += dialogue.keywords.enumerated().map { ($1, JSONPath.root.key("keywords").index($0)) }
        for id in dialogue.nodes.keys.sorted() {
            texts += dialogue.nodes[id]!.texts(at: JSONPath.root.key("nodes").key(id))
        }
        return texts
    }

    func checkTexts(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        for (text, path) in allTexts(dialogue) {
            if text.uk.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report.add(
                    .missingTranslation, path.key("uk"), en: "the Ukrainian text is empty",
                    uk: "український текст порожній")
            }
            if (text.en ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report.add(
                    .missingTranslation, path.key("en"), en: "the English translation is missing",
                    uk: "бракує англійського перекладу")
            }
        }
    }

    func checkButtons(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        let limit = BotButton.maximumPayloadBytes
        for id in dialogue.nodes.keys.sorted() {
            let path = JSONPath.root.key("nodes").key(id)
            let buttons = dialogue.nodes[id]!.buttons(at: path)
            if buttons.count > Self.maximumOptions {
                report.add(
                    .tooManyOptions, path.key("options"),
                    en: "\(buttons.count) buttons are hard to read; keep to \(Self.maximumOptions) or split the menu",
                    uk: "\(buttons.count) кнопок важко читати; залиште до \(Self.maximumOptions) або розділіть меню")
            }
            for (index, button) in buttons.enumerated() {
                let payload = Self.buttonPayload(
                    dialogue: dialogue.id, version: dialogue.version, node: id, index: index)
                if !button.isLink && payload.utf8.count > limit {
                    report.add(
                        .payloadTooLong, button.path,
                        en: "the button's data \(payload) has \(payload.utf8.count) bytes; Telegram allows \(limit): "
                            + "shorten the dialogue or node id",
                        uk: "дані кнопки \(payload) мають \(payload.utf8.count) байтів; Telegram дозволяє \(limit): "
                            + "скоротіть id діалогу чи вузла")
                }
                for (language, label) in [("uk", button.label.uk), ("en", button.label.en ?? "")]
                where label.count > Self.maximumLabelCharacters {
                    report.add(
                        .labelTooLong, button.path.key("label").key(language),
                        en:
                            "a label of \(label.count) characters is cut on phones; keep to \(Self.maximumLabelCharacters)",
                        uk:
                            "напис з \(label.count) символів обрізається на телефонах; до \(Self.maximumLabelCharacters)"
                    )
                }
            }
        }
    }

    /// The `{{name}}` placeholders of a text, trimmed, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}
