extension ShippedDialogues {
    /// Menu «Моя громада» (My community).
    static let myHromada = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "my_hromada",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Моя громада",
            "en": "My community"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "громада",
              "en": "community"
            },
            {
              "uk": "довідник",
              "en": "directory"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Моя громада: укриття, ЦНАП, інформація для внутрішньо переміщених осіб і важливі номери.",
                "en": "My community: shelters, TsNAP, information for internally displaced persons and important numbers."
              },
              "options": [
                {
                  "label": {
                    "uk": "Найближчі укриття",
                    "en": "Nearest shelters"
                  },
                  "goto": "dialogue:shelters"
                },
                {
                  "label": {
                    "uk": "ЦНАП: адреси й графік",
                    "en": "TsNAP: addresses and hours"
                  },
                  "goto": "dialogue:cnap_offices"
                },
                {
                  "label": {
                    "uk": "Інформація для ВПО",
                    "en": "Information for IDPs"
                  },
                  "goto": "dialogue:idp_info"
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
