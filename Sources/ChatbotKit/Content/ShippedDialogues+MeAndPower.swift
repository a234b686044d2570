extension ShippedDialogues {
    /// Menu «Я + Влада» (Me + Authorities).
    static let meAndPower = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "me_and_power",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Я + Влада",
            "en": "Me + Authorities"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "влада",
              "en": "authorities"
            },
            {
              "uk": "рада",
              "en": "council"
            },
            {
              "uk": "посадова особа",
              "en": "official"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Я + Влада: як звернутися до ради й посадових осіб, де знайти офіційну інформацію та безоплатну правничу допомогу.",
                "en": "Me + Authorities: how to contact the council and officials, where to find official information and free legal aid."
              },
              "options": [
                {
                  "label": {
                    "uk": "Як звернутися до ради",
                    "en": "How to contact the council"
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
                    "uk": "Повідомити про корупцію (НАЗК)",
                    "en": "Report corruption (NACP)"
                  },
                  "goto": "https://nazk.gov.ua"
                },
                {
                  "label": {
                    "uk": "Офіційні джерела",
                    "en": "Official sources"
                  },
                  "goto": "dialogue:official_sources"
                }
              ]
            }
          }
        }
        """#
}
