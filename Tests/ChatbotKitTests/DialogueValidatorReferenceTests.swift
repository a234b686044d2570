import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// What a dialogue refers to outside itself: actions, catalogue services, the legal review.
@Suite struct DialogueValidatorReferenceTests {
    typealias F = DialogueFixtures
    static let review =
        #", "review": {"legalBasis": ["Закон України «Про адміністративні послуги»"], "lastReviewed": "2026-01-10", "reviewEveryDays": 30}"#

    @Test func unknownAction() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "action", "action": "queue.bok", "next": [{"goto": "z"}]}, "z": {"kind": "end"}}"#)
        #expect(F.problems(dialogue) == [])
        #expect(
            F.problems(dialogue, DialogueValidator(knownActions: ["queue.book"])) == ["unknownAction $.nodes.a.action"])
    }

    @Test func unknownServiceWithACatalogueAndAWarningWithout() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "facts", "service": "passport", "show": ["cost"], "next": [{"goto": "z"}]}, "z": {"kind": "end"}}"#
        )
        #expect(
            F.problems(dialogue, DialogueValidator(catalogueCodes: ["passport-id"])) == [
                "unknownService $.nodes.a.service"
            ])
        #expect(F.problems(dialogue, DialogueValidator(catalogueCodes: ["passport"])) == [])
        let unchecked = DialogueValidator().validate(dialogue)
        #expect(unchecked.map { "\($0.code) \($0.path)" } == ["serviceNotChecked $.nodes.a.service"])
        #expect(unchecked.errors.isEmpty)
    }

    @Test func missingReviewOfAConsultation() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "end"}}"#, kind: "consultation")
        #expect(F.problems(dialogue) == ["missingReview $.review"])
        // Information needs no review.
        #expect(F.problems(try F.dialogue(#"{"a": {"kind": "end"}}"#, kind: "information")) == [])
    }

    @Test func missingLegalBasisOfAConsultation() throws {
        let dialogue = try F.dialogue(
            #"{"a": {"kind": "end"}}"#, kind: "consultation",
            extra: #", "review": {"legalBasis": [], "lastReviewed": "2026-01-10"}"#)
        #expect(F.problems(dialogue) == ["missingReview $.review.legalBasis"])
    }

    @Test func reviewOverdueIsAWarning() throws {
        let dialogue = try F.dialogue(#"{"a": {"kind": "end"}}"#, kind: "consultation", extra: Self.review)
        // Due 2026-02-09: not overdue that day, overdue the day after.
        #expect(F.problems(dialogue, DialogueValidator(today: CivilDate("2026-02-09"))) == [])
        let problems = DialogueValidator(today: CivilDate("2026-02-10")).validate(dialogue)
        #expect(problems.map { "\($0.code) \($0.path)" } == ["reviewOverdue $.review.lastReviewed"])
        #expect(problems.errors.isEmpty)
    }
}
