extension ShippedDialogues {
    /// Menu «Налаштування» (Settings).
    static let settings = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "settings",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Налаштування",
            "en": "Settings"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "налаштування",
              "en": "settings"
            },
            {
              "uk": "мова",
              "en": "language"
            },
            {
              "uk": "english",
              "en": "english"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Оберіть мову спілкування.",
                "en": "Choose your language."
              },
              "options": [
                {
                  "label": {
                    "uk": "Українська",
                    "en": "Українська (Ukrainian)"
                  },
                  "goto": "cmd:lang:uk"
                },
                {
                  "label": {
                    "uk": "English",
                    "en": "English"
                  },
                  "goto": "cmd:lang:en"
                }
              ]
            }
          }
        }
        """#
}
