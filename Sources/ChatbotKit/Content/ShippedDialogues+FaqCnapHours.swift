extension ShippedDialogues {
    /// Frequent question «Коли працює ЦНАП і де він?» (When and where is the TsNAP open?).
    static let faqCnapHours = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_cnap_hours",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Коли працює ЦНАП і де він?",
            "en": "When and where is the TsNAP open?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "графік ЦНАП",
              "en": "TsNAP hours"
            },
            {
              "uk": "години роботи",
              "en": "opening hours"
            },
            {
              "uk": "коли працює ЦНАП",
              "en": "when is the TsNAP open"
            },
            {
              "uk": "де ЦНАП",
              "en": "where is the TsNAP"
            },
            {
              "uk": "вихідні ЦНАП",
              "en": "TsNAP days off"
            }
          ],
          "nodes": {
            "a": {
              "kind": "message",
              "text": {
                "uk": "Ось адреси та графік роботи ЦНАП і його віддалених робочих місць у громаді.",
                "en": "Here are the addresses and opening hours of the TsNAP and its remote offices in the community."
              },
              "next": [
                {
                  "goto": "list"
                }
              ]
            },
            "list": {
              "kind": "action",
              "action": "cnap.offices",
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "done": {
              "kind": "end",
              "text": {
                "uk": "Перед візитом перевірте, чи не змінився графік у святкові дні.",
                "en": "Before you go, check whether the hours change on public holidays."
              }
            }
          }
        }
        """#
}
