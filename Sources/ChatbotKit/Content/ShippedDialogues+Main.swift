extension ShippedDialogues {
    /// Menu «Головне меню» (Main menu).
    static let main = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "main",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Головне меню",
            "en": "Main menu"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "меню",
              "en": "menu"
            },
            {
              "uk": "головне меню",
              "en": "main menu"
            },
            {
              "uk": "почати",
              "en": "start"
            },
            {
              "uk": "старт",
              "en": "start"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Вітаємо! Я чат-бот СВОЇ вашої громади. Оберіть розділ:",
                "en": "Welcome! I am the СВОЇ chatbot of your community. Choose a section:"
              },
              "options": [
                {
                  "label": {
                    "uk": "Послуги",
                    "en": "Services"
                  },
                  "goto": "dialogue:services"
                },
                {
                  "label": {
                    "uk": "Я + Влада",
                    "en": "Me + Authorities"
                  },
                  "goto": "dialogue:me_and_power"
                },
                {
                  "label": {
                    "uk": "Моя громада",
                    "en": "My community"
                  },
                  "goto": "dialogue:my_hromada"
                },
                {
                  "label": {
                    "uk": "Налаштування",
                    "en": "Settings"
                  },
                  "goto": "dialogue:settings"
                }
              ]
            }
          }
        }
        """#
}
