extension ShippedDialogues {
    /// Menu «Часті питання» (Frequent questions).
    static let faq = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Часті питання",
            "en": "Frequent questions"
          },
          "start": "p1",
          "keywords": [
            {
              "uk": "часті питання",
              "en": "frequent questions"
            },
            {
              "uk": "FAQ",
              "en": "FAQ"
            },
            {
              "uk": "питання",
              "en": "question"
            },
            {
              "uk": "допомога",
              "en": "help"
            }
          ],
          "nodes": {
            "p1": {
              "kind": "menu",
              "text": {
                "uk": "Часті питання. Оберіть питання або просто напишіть своє.",
                "en": "Frequent questions. Choose one or just type your own."
              },
              "options": [
                {
                  "label": {
                    "uk": "Коли працює ЦНАП?",
                    "en": "When is the TsNAP open?"
                  },
                  "goto": "dialogue:faq_cnap_hours"
                },
                {
                  "label": {
                    "uk": "Як оплатити збір?",
                    "en": "How do I pay a fee?"
                  },
                  "goto": "dialogue:faq_fees"
                },
                {
                  "label": {
                    "uk": "Загубив(ла) документи",
                    "en": "I have lost my documents"
                  },
                  "goto": "dialogue:faq_lost_docs"
                },
                {
                  "label": {
                    "uk": "Що можна зробити онлайн?",
                    "en": "What can I do online?"
                  },
                  "goto": "dialogue:faq_online"
                },
                {
                  "label": {
                    "uk": "Чи може хтось подати за мене?",
                    "en": "Can someone apply for me?"
                  },
                  "goto": "dialogue:faq_representative"
                },
                {
                  "label": {
                    "uk": "Не можу прийти до ЦНАП",
                    "en": "I cannot come to the TsNAP"
                  },
                  "goto": "dialogue:faq_home_visit"
                },
                {
                  "label": {
                    "uk": "Документи для дитини",
                    "en": "Documents for a child"
                  },
                  "goto": "dialogue:faq_child_docs"
                },
                {
                  "label": {
                    "uk": "Ідентифікаційний код",
                    "en": "Tax number (RNOKPP)"
                  },
                  "goto": "dialogue:faq_rnokpp"
                },
                {
                  "label": {
                    "uk": "Ще питання",
                    "en": "More questions"
                  },
                  "goto": "p2"
                }
              ]
            },
            "p2": {
              "kind": "menu",
              "text": {
                "uk": "Ще часті питання:",
                "en": "More frequent questions:"
              },
              "options": [
                {
                  "label": {
                    "uk": "Хто такі ВПО?",
                    "en": "Who is an IDP?"
                  },
                  "goto": "dialogue:faq_what_is_idp"
                },
                {
                  "label": {
                    "uk": "Як звернутися до ради?",
                    "en": "How to contact the council?"
                  },
                  "goto": "dialogue:faq_council_appeal"
                },
                {
                  "label": {
                    "uk": "Безоплатна правнича допомога",
                    "en": "Free legal aid"
                  },
                  "goto": "dialogue:faq_legal_aid"
                },
                {
                  "label": {
                    "uk": "Екстрені номери",
                    "en": "Emergency numbers"
                  },
                  "goto": "dialogue:faq_emergency"
                },
                {
                  "label": {
                    "uk": "Попередні питання",
                    "en": "Previous questions"
                  },
                  "goto": "p1"
                }
              ]
            }
          }
        }
        """#
}
