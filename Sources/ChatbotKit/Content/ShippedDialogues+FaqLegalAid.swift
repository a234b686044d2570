extension ShippedDialogues {
    /// Frequent question «Безоплатна правнича допомога» (Free legal aid).
    static let faqLegalAid = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_legal_aid",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Безоплатна правнича допомога",
            "en": "Free legal aid"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "юрист",
              "en": "lawyer"
            },
            {
              "uk": "правова допомога",
              "en": "legal aid"
            },
            {
              "uk": "безоплатний адвокат",
              "en": "free lawyer"
            },
            {
              "uk": "консультація юриста",
              "en": "legal advice"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Безоплатну правничу консультацію може отримати кожен: зателефонуйте на єдиний номер системи безоплатної правничої допомоги 0 800 213 103 (дзвінки безкоштовні) або зверніться до найближчого бюро правничої допомоги. Окремим категоріям (зокрема ВПО, людям з інвалідністю, ветеранам, дітям, малозабезпеченим) держава може надати адвоката — відповідно до Закону України «Про безоплатну правничу допомогу».",
                "en": "Anyone can get free legal advice: call the free legal aid system’s number 0 800 213 103 (calls are free) or visit the nearest legal aid bureau. Some groups (including IDPs, people with disabilities, veterans, children and low-income people) may be assigned a lawyer by the state under the Law “On Free Legal Aid”."
              }
            }
          }
        }
        """#
}
