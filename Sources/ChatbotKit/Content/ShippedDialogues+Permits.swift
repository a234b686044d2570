extension ShippedDialogues {
    /// Consultation «Документи дозвільного характеру та ліцензії» (Business permits and licences).
    static let permits = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "permits",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Документи дозвільного характеру та ліцензії",
            "en": "Business permits and licences"
          },
          "start": "type",
          "variables": {
            "type": {
              "type": "choice",
              "values": [
                "licence",
                "permit",
                "declaration",
                "unsure"
              ]
            }
          },
          "keywords": [
            {
              "uk": "ліцензія",
              "en": "licence"
            },
            {
              "uk": "дозвіл",
              "en": "permit"
            },
            {
              "uk": "дозвільні документи",
              "en": "business permits"
            },
            {
              "uk": "декларація",
              "en": "declaration"
            },
            {
              "uk": "погодження",
              "en": "approval"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про дозвільну систему у сфері господарської діяльності»",
              "Закон України «Про Перелік документів дозвільного характеру у сфері господарської діяльності»",
              "Закон України «Про ліцензування видів господарської діяльності»",
              "Закон України «Про адміністративні послуги»"
            ],
            "sources": [
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/2806-15",
              "https://zakon.rada.gov.ua/laws/show/222-19",
              "https://zakon.rada.gov.ua/laws/show/3392-17"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "type": {
              "kind": "question",
              "text": {
                "uk": "Дозволи та ліцензії для бізнесу. Що вам потрібно?",
                "en": "Business permits and licences. What do you need?"
              },
              "variable": "type",
              "input": "choice",
              "options": [
                {
                  "value": "licence",
                  "label": {
                    "uk": "Ліцензія",
                    "en": "A licence"
                  }
                },
                {
                  "value": "permit",
                  "label": {
                    "uk": "Дозвіл чи погодження",
                    "en": "A permit or approval"
                  }
                },
                {
                  "value": "declaration",
                  "label": {
                    "uk": "Декларація",
                    "en": "A declaration"
                  }
                },
                {
                  "value": "unsure",
                  "label": {
                    "uk": "Не знаю, що потрібно",
                    "en": "I don’t know what I need"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "type",
                    "op": "eq",
                    "value": "licence"
                  },
                  "goto": "licence"
                },
                {
                  "when": {
                    "var": "type",
                    "op": "eq",
                    "value": "permit"
                  },
                  "goto": "permit"
                },
                {
                  "when": {
                    "var": "type",
                    "op": "eq",
                    "value": "declaration"
                  },
                  "goto": "declaration"
                },
                {
                  "goto": "unsure"
                }
              ]
            },
            "licence": {
              "kind": "message",
              "text": {
                "uk": "Ліцензію видає орган ліцензування для конкретного виду діяльності — наприклад, медична практика, освітня діяльність, перевезення пасажирів; перелік видів діяльності визначає Закон «Про ліцензування видів господарської діяльності». Заяву можна подати через ЦНАП, безпосередньо до органу ліцензування або онлайн, якщо така послуга є в Дії. Ліцензія безстрокова, якщо закон не встановлює інше.",
                "en": "A licence is issued by the licensing authority for a specific activity — for example, medical practice, education, passenger transport; the list is set by the Law “On Licensing of Types of Business Activity”. Apply through the TsNAP, directly to the licensing authority, or online where Diia offers it. A licence has no expiry unless the law says otherwise."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "permit": {
              "kind": "message",
              "text": {
                "uk": "Документи дозвільного характеру видають дозвільні органи; їхній вичерпний перелік визначає Закон «Про Перелік документів дозвільного характеру у сфері господарської діяльності». Діє принцип мовчазної згоди: якщо строк розгляду сплив, а відповіді немає, ви маєте право провадити діяльність. Для окремих дозволів законом встановлено винятки — уточніть в адміністратора.",
                "en": "Permits are issued by permitting authorities; the full list is set by the Law “On the List of Permits in Business Activity”. The tacit-consent rule applies: if the deadline passes without an answer, you may carry on the activity. The law makes exceptions for some permits — check with the administrator."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "declaration": {
              "kind": "message",
              "text": {
                "uk": "Для низки видів діяльності замість дозволу подають декларацію — наприклад, декларацію відповідності матеріально-технічної бази вимогам законодавства з питань пожежної безпеки. Діяльність можна розпочати після реєстрації декларації; за достовірність відомостей відповідає заявник.",
                "en": "For some activities a declaration replaces a permit — for example, a declaration that the premises and equipment meet fire-safety law. You may start once the declaration is registered; the applicant answers for the accuracy of the information."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "unsure": {
              "kind": "message",
              "text": {
                "uk": "Розкажіть адміністратору ЦНАП, чим плануєте займатися, — він визначить, чи потрібен дозвіл, ліцензія або декларація і куди подавати документи. Багато видів діяльності взагалі не потребують дозволів.",
                "en": "Tell a TsNAP administrator what you plan to do — they will work out whether you need a permit, licence or declaration and where to apply. Many activities need no permit at all."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "permits-licenses",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Умови в нашій громаді:",
                "en": "Conditions in our community:"
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
                "uk": "Документи розглядають у строки, встановлені законом для кожного дозволу чи ліцензії. Відмову мають обґрунтувати письмово; її можна оскаржити в порядку, встановленому законом. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "Applications are decided within the time the law sets for each permit or licence. A refusal must be reasoned in writing and can be appealed as the law provides. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
