extension ShippedDialogues {
    /// Information «Найближчі укриття» (Nearest shelters).
    static let shelters = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "shelters",
          "version": 1,
          "kind": "information",
          "title": {
            "uk": "Найближчі укриття",
            "en": "Nearest shelters"
          },
          "start": "where",
          "variables": {
            "where": {
              "type": "location"
            }
          },
          "keywords": [
            {
              "uk": "укриття",
              "en": "shelter"
            },
            {
              "uk": "бомбосховище",
              "en": "bomb shelter"
            },
            {
              "uk": "сховище",
              "en": "shelter"
            },
            {
              "uk": "тривога",
              "en": "air raid alert"
            },
            {
              "uk": "де сховатися",
              "en": "where to hide"
            }
          ],
          "nodes": {
            "where": {
              "kind": "question",
              "text": {
                "uk": "Надішліть свою геолокацію кнопкою під цим повідомленням, і я покажу три найближчі укриття з відстанню, адресою та доступністю.",
                "en": "Share your location with the button below this message and I will show the three nearest shelters with distance, address and accessibility."
              },
              "variable": "where",
              "input": "location",
              "invalid": {
                "uk": "Потрібна саме геолокація, а не текст. Надішліть її через скріпку → «Локація».",
                "en": "I need your location rather than text. Send it with the paperclip → “Location”."
              },
              "maxRetries": 2,
              "next": [
                {
                  "goto": "find"
                }
              ]
            },
            "find": {
              "kind": "action",
              "action": "shelters.nearest",
              "arguments": {
                "location": {
                  "var": "where"
                }
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "done": {
              "kind": "end",
              "text": {
                "uk": "Під час повітряної тривоги не зволікайте: негайно прямуйте до найближчого укриття і залишайтеся там до відбою. Сигнали тривоги дублює застосунок «Повітряна тривога».",
                "en": "During an air-raid alert, do not delay: go to the nearest shelter at once and stay there until the all-clear. The “Air Alert” app repeats the alert signals."
              }
            }
          }
        }
        """#
}
