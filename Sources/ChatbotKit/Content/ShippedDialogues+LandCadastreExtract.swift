extension ShippedDialogues {
    /// Consultation «Витяг з Державного земельного кадастру про земельну ділянку» (Extract from the State Land Cadastre about a land plot).
    static let landCadastreExtract = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "land_cadastre_extract",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Витяг з Державного земельного кадастру про земельну ділянку",
            "en": "Extract from the State Land Cadastre about a land plot"
          },
          "start": "role",
          "variables": {
            "role": {
              "type": "choice",
              "values": [
                "owner",
                "other"
              ]
            },
            "num": {
              "type": "choice",
              "values": [
                "yes",
                "no",
                "none"
              ]
            },
            "use": {
              "type": "choice",
              "values": [
                "notary",
                "other"
              ]
            }
          },
          "keywords": [
            {
              "uk": "земельна ділянка",
              "en": "land plot"
            },
            {
              "uk": "витяг з кадастру",
              "en": "cadastre extract"
            },
            {
              "uk": "кадастровий номер",
              "en": "cadastral number"
            },
            {
              "uk": "земля",
              "en": "land"
            },
            {
              "uk": "ДЗК",
              "en": "land cadastre"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про Державний земельний кадастр»",
              "Порядок ведення Державного земельного кадастру, затверджений постановою КМУ від 17.10.2012 № 1051",
              "Закон України «Про землеустрій»"
            ],
            "sources": [
              "https://land.gov.ua",
              "https://e.land.gov.ua",
              "https://map.land.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/3613-17"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "role": {
              "kind": "question",
              "text": {
                "uk": "Витяг з Державного земельного кадастру про земельну ділянку: площа, цільове призначення, угіддя, обмеження.\nХто ви щодо ділянки?",
                "en": "Extract from the State Land Cadastre about a plot: area, designated use, land types, restrictions.\nWhat is your relation to the plot?"
              },
              "variable": "role",
              "input": "choice",
              "options": [
                {
                  "value": "owner",
                  "label": {
                    "uk": "Власник або користувач",
                    "en": "Owner or user"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Інша особа",
                    "en": "Someone else"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "role",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "other"
                },
                {
                  "goto": "num"
                }
              ]
            },
            "other": {
              "kind": "message",
              "text": {
                "uk": "Якщо ви не власник і не користувач ділянки, витяг видадуть лише у випадках, визначених законом. Основні відомості (кадастровий номер, площу, цільове призначення) можна безоплатно переглянути на Публічній кадастровій карті (map.land.gov.ua).",
                "en": "If you are neither the owner nor the user of the plot, the extract is issued only where the law allows. Basic data (cadastral number, area, designated use) can be viewed free of charge on the Public Cadastral Map (map.land.gov.ua)."
              },
              "next": [
                {
                  "goto": "num"
                }
              ]
            },
            "num": {
              "kind": "question",
              "text": {
                "uk": "Чи відомий кадастровий номер ділянки?",
                "en": "Do you know the plot’s cadastral number?"
              },
              "variable": "num",
              "input": "choice",
              "options": [
                {
                  "value": "yes",
                  "label": {
                    "uk": "Так",
                    "en": "Yes"
                  }
                },
                {
                  "value": "no",
                  "label": {
                    "uk": "Ні, не знаю",
                    "en": "No, I don’t know it"
                  }
                },
                {
                  "value": "none",
                  "label": {
                    "uk": "Ділянки немає в кадастрі",
                    "en": "The plot is not in the cadastre"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "num",
                    "op": "eq",
                    "value": "no"
                  },
                  "goto": "no_num"
                },
                {
                  "when": {
                    "var": "num",
                    "op": "eq",
                    "value": "none"
                  },
                  "goto": "none"
                },
                {
                  "goto": "use"
                }
              ]
            },
            "no_num": {
              "kind": "message",
              "text": {
                "uk": "Кадастровий номер зазначено в державному акті, витягу чи договорі на землю. Його також можна знайти на Публічній кадастровій карті (map.land.gov.ua) за розташуванням ділянки.",
                "en": "The cadastral number is in the state land deed, an extract or a land contract. You can also find it on the Public Cadastral Map (map.land.gov.ua) by the plot’s location."
              },
              "next": [
                {
                  "goto": "use"
                }
              ]
            },
            "none": {
              "kind": "message",
              "text": {
                "uk": "Якщо ділянка не має кадастрового номера (наприклад, державний акт видано давно), її спершу вносять до Державного земельного кадастру: сертифікований інженер-землевпорядник складає технічну документацію із землеустрою, після чого ділянку реєструють і присвоюють їй кадастровий номер. Тоді можна отримати й витяг.",
                "en": "If the plot has no cadastral number (for example, the land deed is old), it must first be entered in the State Land Cadastre: a certified land surveyor prepares the land-management documentation, then the plot is registered and given a cadastral number. After that the extract can be issued."
              },
              "next": [
                {
                  "goto": "f_reg"
                }
              ]
            },
            "f_reg": {
              "kind": "facts",
              "service": "land-plot-registration",
              "show": [
                "documents",
                "cost",
                "places"
              ],
              "text": {
                "uk": "Державна реєстрація земельної ділянки в нашій громаді:",
                "en": "Registering a land plot in our community:"
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "use": {
              "kind": "question",
              "text": {
                "uk": "Для чого потрібен витяг?",
                "en": "What do you need it for?"
              },
              "variable": "use",
              "input": "choice",
              "options": [
                {
                  "value": "notary",
                  "label": {
                    "uk": "Угода в нотаріуса, спадщина",
                    "en": "A notarial deal or inheritance"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Інше (оренда, суд, банк…)",
                    "en": "Other (lease, court, bank…)"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "use",
                    "op": "eq",
                    "value": "notary"
                  },
                  "goto": "notary"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "notary": {
              "kind": "message",
              "text": {
                "uk": "Для купівлі-продажу, дарування чи спадщини нотаріус сам отримує відомості з Державного земельного кадастру — окремо замовляти витяг часто не потрібно, уточніть у нотаріуса. Для угоди також може знадобитися витяг про нормативну грошову оцінку ділянки.",
                "en": "For a sale, gift or inheritance the notary gets the cadastre data directly — you often need not order the extract yourself; ask the notary. The deal may also need an extract on the plot’s normative monetary valuation."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "land-cadastre-extract",
              "show": [
                "cost",
                "term",
                "documents",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови отримання витягу в нашій громаді та онлайн:",
                "en": "How to get the extract in our community and online:"
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
                "uk": "Онлайн витяг можна замовити в електронних сервісах Держгеокадастру (e.land.gov.ua) з кваліфікованим електронним підписом. Якщо у відомостях кадастру є помилка, зверніться до ЦНАП щодо її виправлення. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "Online, the extract can be ordered from the State Land Cadastre e-services (e.land.gov.ua) with a qualified e-signature. If the cadastre data contain an error, apply at the TsNAP to have it corrected. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
