extension ShippedDialogues {
    /// Frequent question «Чи може хтось подати документи за мене?» (Can someone apply on my behalf?).
    static let faqRepresentative = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_representative",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Чи може хтось подати документи за мене?",
            "en": "Can someone apply on my behalf?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "представник",
              "en": "representative"
            },
            {
              "uk": "довіреність",
              "en": "power of attorney"
            },
            {
              "uk": "подати за іншу людину",
              "en": "apply for another person"
            },
            {
              "uk": "за родича",
              "en": "on behalf of a relative"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Так, для більшості послуг — представник з нотаріально посвідченою довіреністю та своїм паспортом; за дітей звертаються батьки (законні представники). Але є послуги, де потрібна особиста присутність: наприклад, оформлення паспорта громадянина України чи закордонного паспорта (фотографування, відбитки пальців). Уточніть в адміністратора ЦНАП перед візитом.",
                "en": "Yes, for most services — a representative with a notarised power of attorney and their own passport; parents (legal representatives) apply for children. Some services need you in person, for example the Ukrainian passport or the passport for travel abroad (photo and fingerprints). Check with the TsNAP administrator before you go."
              }
            }
          }
        }
        """#
}
