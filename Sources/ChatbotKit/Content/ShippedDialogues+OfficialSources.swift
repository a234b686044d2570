extension ShippedDialogues {
    /// Information «Офіційні джерела» (Official sources).
    static let officialSources = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "official_sources",
          "version": 1,
          "kind": "information",
          "title": {
            "uk": "Офіційні джерела",
            "en": "Official sources"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "офіційні джерела",
              "en": "official sources"
            },
            {
              "uk": "сайт",
              "en": "website"
            },
            {
              "uk": "Дія",
              "en": "Diia"
            },
            {
              "uk": "державні сайти",
              "en": "government websites"
            },
            {
              "uk": "онлайн",
              "en": "online"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Офіційні державні ресурси. Перевіряйте інформацію лише на сайтах у домені gov.ua та на сайті своєї громади.",
                "en": "Official state resources. Check information only on gov.ua websites and your community’s own site."
              },
              "options": [
                {
                  "label": {
                    "uk": "Дія: послуги онлайн",
                    "en": "Diia: online services"
                  },
                  "goto": "https://diia.gov.ua"
                },
                {
                  "label": {
                    "uk": "Гід з державних послуг",
                    "en": "Guide to public services"
                  },
                  "goto": "https://guide.diia.gov.ua"
                },
                {
                  "label": {
                    "uk": "Урядовий портал",
                    "en": "Government portal"
                  },
                  "goto": "https://www.kmu.gov.ua"
                },
                {
                  "label": {
                    "uk": "Законодавство України",
                    "en": "Legislation of Ukraine"
                  },
                  "goto": "https://zakon.rada.gov.ua"
                },
                {
                  "label": {
                    "uk": "Міграційна служба (ДМС)",
                    "en": "Migration Service"
                  },
                  "goto": "https://dmsu.gov.ua"
                },
                {
                  "label": {
                    "uk": "Пенсійний фонд",
                    "en": "Pension Fund"
                  },
                  "goto": "https://portal.pfu.gov.ua"
                },
                {
                  "label": {
                    "uk": "Центр зайнятості",
                    "en": "Employment Service"
                  },
                  "goto": "https://www.dcz.gov.ua"
                },
                {
                  "label": {
                    "uk": "Сервісні центри МВС",
                    "en": "MIA service centres"
                  },
                  "goto": "https://hsc.gov.ua"
                },
                {
                  "label": {
                    "uk": "Держгеокадастр",
                    "en": "State Land Cadastre"
                  },
                  "goto": "https://land.gov.ua"
                },
                {
                  "label": {
                    "uk": "ДСНС: безпека",
                    "en": "Emergency Service: safety"
                  },
                  "goto": "https://dsns.gov.ua"
                }
              ]
            }
          }
        }
        """#
}
