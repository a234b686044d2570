extension ShippedDialogues {
    /// Consultation «Витяг про відсутність судимості» (Criminal record certificate).
    static let criminalRecord = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "criminal_record",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Витяг про відсутність судимості",
            "en": "Criminal record certificate"
          },
          "start": "who",
          "variables": {
            "who": {
              "type": "choice",
              "values": [
                "self",
                "other"
              ]
            },
            "diia": {
              "type": "choice",
              "values": [
                "yes",
                "no"
              ]
            },
            "purpose": {
              "type": "choice",
              "values": [
                "ua",
                "abroad",
                "children"
              ]
            }
          },
          "keywords": [
            {
              "uk": "несудимість",
              "en": "no criminal record"
            },
            {
              "uk": "довідка про несудимість",
              "en": "criminal record certificate"
            },
            {
              "uk": "судимість",
              "en": "conviction"
            },
            {
              "uk": "витяг про несудимість",
              "en": "police certificate"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про адміністративні послуги»",
              "Кримінальний кодекс України, ст. 88–91 (судимість, її погашення та зняття)",
              "Порядок надання витягу з інформаційно-аналітичної системи «Облік відомостей про притягнення особи до кримінальної відповідальності та наявність судимості», затверджений МВС"
            ],
            "sources": [
              "https://diia.gov.ua/services/vityag-pro-nesudimist",
              "https://guide.diia.gov.ua",
              "https://mvs.gov.ua"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "who": {
              "kind": "question",
              "text": {
                "uk": "Довідка (витяг) про несудимість. Для кого потрібен витяг?",
                "en": "Criminal record certificate. Who is it for?"
              },
              "variable": "who",
              "input": "choice",
              "options": [
                {
                  "value": "self",
                  "label": {
                    "uk": "Для мене",
                    "en": "For me"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Для іншої людини",
                    "en": "For someone else"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "who",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "other"
                },
                {
                  "goto": "diia"
                }
              ]
            },
            "other": {
              "kind": "message",
              "text": {
                "uk": "Витяг видають лише щодо самого себе. Інша людина може отримати його за вас тільки як представник — за нотаріально посвідченою довіреністю, а за дитину — один з батьків (законний представник). Представник звертається до ЦНАП зі своїм паспортом і довіреністю.",
                "en": "The certificate is issued only about yourself. Someone else can get it for you only as a representative with a notarised power of attorney, or a parent (legal representative) for a child. The representative comes to the TsNAP with their own passport and the power of attorney."
              },
              "next": [
                {
                  "goto": "purpose"
                }
              ]
            },
            "diia": {
              "kind": "question",
              "text": {
                "uk": "Чи користуєтеся ви застосунком «Дія» з паспортом громадянина України?",
                "en": "Do you use the Diia app with a Ukrainian passport?"
              },
              "variable": "diia",
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
                    "uk": "Ні",
                    "en": "No"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "diia",
                    "op": "eq",
                    "value": "yes"
                  },
                  "goto": "diia_yes"
                },
                {
                  "goto": "purpose"
                }
              ]
            },
            "diia_yes": {
              "kind": "message",
              "text": {
                "uk": "Найпростіше — у Дії: «Послуги» → «Витяг про несудимість». Оберіть вид витягу та мету запиту; якщо відомості не потребують додаткової перевірки, витяг формується автоматично й надходить у застосунок як PDF з QR-кодом для перевірки.",
                "en": "The easiest way is in Diia: “Services” → “Criminal record certificate”. Choose the type and purpose; if the data need no extra check, the certificate is generated automatically and arrives in the app as a PDF with a QR code for verification."
              },
              "next": [
                {
                  "goto": "purpose"
                }
              ]
            },
            "purpose": {
              "kind": "question",
              "text": {
                "uk": "Для чого потрібен витяг?",
                "en": "What do you need it for?"
              },
              "variable": "purpose",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "Робота, навчання в Україні",
                    "en": "Work or studies in Ukraine"
                  }
                },
                {
                  "value": "abroad",
                  "label": {
                    "uk": "Для подання за кордон",
                    "en": "To use abroad"
                  }
                },
                {
                  "value": "children",
                  "label": {
                    "uk": "Опіка, усиновлення, робота з дітьми",
                    "en": "Guardianship, adoption, childcare"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "purpose",
                    "op": "eq",
                    "value": "abroad"
                  },
                  "goto": "abroad"
                },
                {
                  "when": {
                    "var": "purpose",
                    "op": "eq",
                    "value": "children"
                  },
                  "goto": "full"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "abroad": {
              "kind": "message",
              "text": {
                "uk": "Для використання за кордоном витяг зазвичай потребує апостиля, а часто — і перекладу. Уточніть вимоги установи, яка його вимагає, і запитайте в адміністратора ЦНАП, як проставити апостиль.",
                "en": "For use abroad the certificate usually needs an apostille and often a translation. Check the requirements of the institution asking for it and ask a TsNAP administrator how to get the apostille."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "full": {
              "kind": "message",
              "text": {
                "uk": "Для опіки, усиновлення, роботи з дітьми тощо інколи вимагають повний витяг — з відомостями і про погашені чи зняті судимості. Уточніть в установі, який саме витяг потрібен, і правильно вкажіть мету запиту в заяві.",
                "en": "For guardianship, adoption, work with children and the like, a full certificate may be required — including expunged or lifted convictions. Ask the institution which one it needs and state the purpose correctly in the application."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "criminal-record-certificate",
              "show": [
                "cost",
                "term",
                "documents",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови отримання в нашій громаді та посилання на онлайн-послугу:",
                "en": "Conditions in our community and the online service link:"
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
                "uk": "Строк дії витягу закон не встановлює, але установи часто приймають лише нещодавно виданий — уточніть вимоги там, куди його подаєте. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "The law sets no validity period, but institutions often accept only a recent certificate — check the requirements where you submit it. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
