extension ShippedDialogues {
    /// Frequent question «Екстрені номери» (Emergency numbers).
    static let faqEmergency = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_emergency",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Екстрені номери",
            "en": "Emergency numbers"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "екстрені номери",
              "en": "emergency numbers"
            },
            {
              "uk": "швидка",
              "en": "ambulance"
            },
            {
              "uk": "поліція",
              "en": "police"
            },
            {
              "uk": "пожежа",
              "en": "fire"
            },
            {
              "uk": "газ",
              "en": "gas leak"
            },
            {
              "uk": "112",
              "en": "112"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Екстрені служби (безкоштовно з будь-якого телефона):\n• 101 — ДСНС (пожежа, рятувальники);\n• 102 — поліція;\n• 103 — швидка медична допомога;\n• 104 — аварійна газова служба;\n• 112 — єдиний номер екстреної допомоги.\nЯкщо знайшли підозрілий предмет — не торкайтеся його й телефонуйте 101 або 102.",
                "en": "Emergency services (free from any phone):\n• 101 — State Emergency Service (fire, rescue);\n• 102 — police;\n• 103 — ambulance;\n• 104 — gas emergency service;\n• 112 — single emergency number.\nIf you find a suspicious object, do not touch it and call 101 or 102."
              }
            }
          }
        }
        """#
}
