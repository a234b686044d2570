import Foundation
import SvoyiCore

/// The section's words and small pieces of markup shared by its pages.
extension DialogueAdmin {
    /// What a dialogue is, as staff read it.
    static func kindName(_ kind: Dialogue.Kind) -> String {
        switch kind {
        case .menu: "Меню"
        case .consultation: "Консультація"
        case .information: "Інформація"
        case .faq: "Часті запитання"
        }
    }

    /// Where a version stands, as staff read it.
    static func statusName(_ revision: DialogueRevision) -> String {
        switch revision.status {
        case .draft: "Чернетка"
        case .published: "Опублікована — її отримують мешканці"
        case .archived: "В архіві (була опублікована)"
        }
    }

    /// `21.11.2026`.
    static func format(_ date: CivilDate) -> String {
        String(format: "%02d.%02d.%04d", date.day, date.month, date.year)
    }

    /// A review date with «прострочено» when it has passed.
    static func reviewText(_ due: CivilDate?, today: CivilDate) -> String {
        guard let due else { return "—" }
        return due < today ? "\(format(due)) — прострочено" : format(due)
    }

    /// A JSON path, in monospace.
    static func code(_ text: String) -> HTML {
        HTML.element(HTMLTag("code"), [.class("secret")]) { text }
    }

    /// The validator's problems as two lists, errors first, each with its JSON path and Ukrainian message.
    static func problemList(_ problems: [DialogueProblem]) -> HTML {
        HTML.fragment {
            if problems.isEmpty {
                HTML.p { "Помилок і зауважень немає: цю версію можна публікувати." }
            }
            let errors = problems.errors
            let warnings = problems.warnings
            if !errors.isEmpty {
                HTML.h3 { "Помилки (\(errors.count)) — поки вони є, версію не можна опублікувати" }
                problemItems(errors)
            }
            if !warnings.isEmpty {
                HTML.h3 { "Зауваження (\(warnings.count)) — публікувати можна, але варто виправити" }
                problemItems(warnings)
            }
        }
    }

    static func problemItems(_ problems: [DialogueProblem]) -> HTML {
        HTML.ul {
            for problem in problems {
                HTML.li {
                    code(problem.path)
                    ": \(problem.message.uk)"
                }
            }
        }
    }

    /// A one-button form that posts `version` to `action` with the session's CSRF token.
    func versionButton(
        _ label: String, action: String, version: Int, context: RequestContext, style: ButtonStyle = .secondary
    ) -> HTML {
        HTML.form(.class("inline-form"), HTMLAttribute("action", action), HTMLAttribute("method", "post")) {
            if let token = context.principal?.session?.csrfToken { Form.csrfField(token: token) }
            HTML.input(.type("hidden"), .name("version"), .value(String(version)))
            HTML.button(.type("submit"), .class(style.className)) {
                label
                HTML.span(.class("visually-hidden")) { " (версія \(version))" }
            }
        }
    }

    /// The message for JSON that does not decode: what is wrong and where.
    static func describe(_ problem: DialogueProblem) -> String {
        "JSON не вдалося прочитати: \(problem.message.uk) (місце: \(problem.path))."
    }
}
