extension ShippedDialogues {
    /// Menu «Налаштування» (Settings): notification topics and the resident's settlement (the `notify.*` actions of
    /// ``CoreModule``), and the language.
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
          "variables": {
            "topic_news": {
              "type": "text"
            },
            "topic_outages": {
              "type": "text"
            },
            "topic_events": {
              "type": "text"
            },
            "topic_emergencies": {
              "type": "text"
            },
            "topic_petitions": {
              "type": "text"
            },
            "settlement_count": {
              "type": "number"
            },
            "settlement_query": {
              "type": "text"
            },
            "settlement_done": {
              "type": "bool"
            }
          },
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
            },
            {
              "uk": "сповіщення",
              "en": "notifications"
            },
            {
              "uk": "підписка на сповіщення",
              "en": "subscriptions"
            },
            {
              "uk": "мій населений пункт",
              "en": "my settlement"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Що бажаєте налаштувати?",
                "en": "What would you like to set up?"
              },
              "options": [
                {
                  "label": {
                    "uk": "Теми сповіщень",
                    "en": "Notification topics"
                  },
                  "goto": "topics_load"
                },
                {
                  "label": {
                    "uk": "Мій населений пункт",
                    "en": "My settlement"
                  },
                  "goto": "settlement_load"
                },
                {
                  "label": {
                    "uk": "Мова / Language",
                    "en": "Language / Мова"
                  },
                  "goto": "language"
                }
              ]
            },
            "language": {
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
            },
            "topics_load": {
              "kind": "action",
              "action": "notify.topics",
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "topics": {
              "kind": "menu",
              "text": {
                "uk": "Про що надсилати вам сповіщення? ✅ — надсилаємо, 🔕 — ні. Натисніть тему, щоб змінити.",
                "en": "What should we notify you about? ✅ — on, 🔕 — off. Press a topic to switch it."
              },
              "options": [
                {
                  "label": {
                    "uk": "{{topic_news}} Новини громади",
                    "en": "{{topic_news}} Community news"
                  },
                  "goto": "toggle_news"
                },
                {
                  "label": {
                    "uk": "{{topic_outages}} Відключення, ремонти",
                    "en": "{{topic_outages}} Outages and repairs"
                  },
                  "goto": "toggle_outages"
                },
                {
                  "label": {
                    "uk": "{{topic_events}} Події",
                    "en": "{{topic_events}} Events"
                  },
                  "goto": "toggle_events"
                },
                {
                  "label": {
                    "uk": "{{topic_emergencies}} Тривоги, НС",
                    "en": "{{topic_emergencies}} Emergencies"
                  },
                  "goto": "toggle_emergencies"
                },
                {
                  "label": {
                    "uk": "{{topic_petitions}} Петиції",
                    "en": "{{topic_petitions}} Petition results"
                  },
                  "goto": "toggle_petitions"
                },
                {
                  "label": {
                    "uk": "Готово",
                    "en": "Done"
                  },
                  "goto": "start"
                }
              ]
            },
            "toggle_news": {
              "kind": "action",
              "action": "notify.topics",
              "arguments": {
                "toggle": "news"
              },
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "toggle_outages": {
              "kind": "action",
              "action": "notify.topics",
              "arguments": {
                "toggle": "outages"
              },
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "toggle_events": {
              "kind": "action",
              "action": "notify.topics",
              "arguments": {
                "toggle": "events"
              },
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "toggle_emergencies": {
              "kind": "action",
              "action": "notify.topics",
              "arguments": {
                "toggle": "emergencies"
              },
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "toggle_petitions": {
              "kind": "action",
              "action": "notify.topics",
              "arguments": {
                "toggle": "petitions"
              },
              "next": [
                {
                  "goto": "topics"
                }
              ]
            },
            "settlement_load": {
              "kind": "action",
              "action": "notify.settlement",
              "next": [
                {
                  "when": {
                    "var": "settlement_count",
                    "op": "eq",
                    "value": 0
                  },
                  "goto": "start"
                },
                {
                  "goto": "settlement_ask"
                }
              ]
            },
            "settlement_ask": {
              "kind": "question",
              "variable": "settlement_query",
              "input": "text",
              "text": {
                "uk": "Напишіть номер зі списку або назву свого населеного пункту (0 — не вказувати).",
                "en": "Write a number from the list or the name of your settlement (0: none)."
              },
              "validation": {
                "maxLength": 80
              },
              "invalid": {
                "uk": "Напишіть номер зі списку або назву, не довшу за 80 символів.",
                "en": "Write a number from the list or a name of at most 80 characters."
              },
              "next": [
                {
                  "goto": "settlement_save"
                }
              ]
            },
            "settlement_save": {
              "kind": "action",
              "action": "notify.settlement.set",
              "arguments": {
                "query": {
                  "var": "settlement_query"
                }
              },
              "next": [
                {
                  "when": {
                    "var": "settlement_done",
                    "op": "eq",
                    "value": true
                  },
                  "goto": "start"
                },
                {
                  "goto": "settlement_ask"
                }
              ]
            }
          }
        }
        """#
}
