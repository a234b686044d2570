import Foundation
import SvoyiCore

/// What a dialogue refers to outside itself: actions modules provide, services of the catalogue, and the legal
/// review consultations need.
extension DialogueValidator {
    func checkReferences(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        for id in dialogue.nodes.keys.sorted() {
            let path = JSONPath.root.key("nodes").key(id)
            switch dialogue.nodes[id]! {
            case .action(let action):
                if let known = knownActions, !known.contains(action.action) {
                    report.add(
                        .unknownAction, path.key("action"),
                        en: "no module provides the action \(action.action)",
                        uk: "жоден модуль не надає дію \(action.action)")
                }
            case .facts(let facts):
                if let codes = catalogueCodes {
                    if !codes.contains(facts.service) {
                        report.add(
                            .unknownService, path.key("service"),
                            en: "the catalogue has no service \(facts.service)",
                            uk: "у каталозі немає послуги \(facts.service)")
                    }
                } else {
                    report.add(
                        .serviceNotChecked, path.key("service"),
                        en: "no catalogue to check the service \(facts.service) against",
                        uk: "немає каталогу, щоб перевірити послугу \(facts.service)")
                }
            default: break
            }
        }
        checkReview(dialogue, &report)
    }

    private func checkReview(_ dialogue: Dialogue, _ report: inout DialogueReport) {
        guard let review = dialogue.review else {
            if dialogue.kind == .consultation {
                report.add(
                    .missingReview, .root.key("review"),
                    en: "a consultation states its legal basis and when it was last reviewed",
                    uk: "консультація має вказати правову підставу та дату останньої перевірки")
            }
            return
        }
        if dialogue.kind == .consultation
            && review.legalBasis.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty })
        {
            report.add(
                .missingReview, .root.key("review").key("legalBasis"),
                en: "a consultation names at least one law or regulation it rests on",
                uk: "консультація має назвати хоча б один закон чи нормативний акт, на якому ґрунтується")
        }
        if let today, review.dueOn < today {
            report.add(
                .reviewOverdue, .root.key("review").key("lastReviewed"),
                en: "the review was due on \(review.dueOn); check the content and update lastReviewed",
                uk: "перевірка мала відбутися "
                    + String(format: "%02d.%02d.%04d", review.dueOn.day, review.dueOn.month, review.dueOn.year)
                    + "; перевірте зміст і оновіть дату останньої перевірки (lastReviewed)")
        }
    }
}
