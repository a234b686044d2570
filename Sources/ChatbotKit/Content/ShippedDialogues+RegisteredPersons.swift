extension ShippedDialogues {
    /// Consultation «Довідка про склад сім’ї (витяг з реєстру територіальної громади)» (Household composition (community register extract)).
    static let registeredPersons = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "registered_persons",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Довідка про склад сім’ї (витяг з реєстру територіальної громади)",
            "en": "Household composition (community register extract)"
          },
          "start": "what",
          "variables": {
            "what": {
              "type": "choice",
              "values": [
                "self",
                "all",
                "child"
              ]
            },
            "where": {
              "type": "choice",
              "values": [
                "here",
                "elsewhere"
              ]
            }
          },
          "keywords": [
            {
              "uk": "склад сім’ї",
              "en": "household composition"
            },
            {
              "uk": "довідка про склад сім’ї",
              "en": "household certificate"
            },
            {
              "uk": "зареєстровані особи",
              "en": "registered persons"
            },
            {
              "uk": "довідка з місця проживання",
              "en": "proof of address"
            },
            {
              "uk": "витяг з реєстру громади",
              "en": "community register extract"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»",
              "Порядок декларування та реєстрації місця проживання (перебування), затверджений постановою КМУ від 07.02.2022 № 265"
            ],
            "sources": [
              "https://diia.gov.ua/services/vityag-z-reyestru-teritorialnoyi-gromadi",
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/1871-20"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "what": {
              "kind": "question",
              "text": {
                "uk": "Колишню «довідку про склад сім’ї» замінив витяг з реєстру територіальної громади.\nЩо має бути у витягу?",
                "en": "The former “household composition certificate” has been replaced by an extract from the community register.\nWhat should the extract show?"
              },
              "variable": "what",
              "input": "choice",
              "options": [
                {
                  "value": "self",
                  "label": {
                    "uk": "Моє місце проживання",
                    "en": "My registered address"
                  }
                },
                {
                  "value": "all",
                  "label": {
                    "uk": "Усі зареєстровані за адресою",
                    "en": "Everyone registered at an address"
                  }
                },
                {
                  "value": "child",
                  "label": {
                    "uk": "Місце проживання дитини",
                    "en": "A child’s registered address"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "what",
                    "op": "eq",
                    "value": "all"
                  },
                  "goto": "all"
                },
                {
                  "when": {
                    "var": "what",
                    "op": "eq",
                    "value": "child"
                  },
                  "goto": "child"
                },
                {
                  "goto": "self"
                }
              ]
            },
            "self": {
              "kind": "message",
              "text": {
                "uk": "Витяг про власне задеклароване чи зареєстроване місце проживання найшвидше отримати в Дії — онлайн, одразу після запиту. Також його видають у ЦНАП за паспортом.",
                "en": "The fastest way to get an extract on your own registered address is in Diia — online, right after you ask. The TsNAP also issues it on your passport."
              },
              "next": [
                {
                  "goto": "where"
                }
              ]
            },
            "all": {
              "kind": "message",
              "text": {
                "uk": "Відомості про всіх осіб, зареєстрованих у житлі, видають власнику цього житла (візьміть документ про право власності, якщо право не зареєстроване в Державному реєстрі речових прав), а також в інших випадках, визначених законом.",
                "en": "Information on everyone registered in a dwelling is given to its owner (bring proof of ownership if it is not in the State Register of Property Rights) and in other cases set by law."
              },
              "next": [
                {
                  "goto": "where"
                }
              ]
            },
            "child": {
              "kind": "message",
              "text": {
                "uk": "Витяг щодо дитини до 14 років отримує один з батьків (законний представник) — візьміть свідоцтво про народження дитини і свій паспорт.",
                "en": "For a child under 14 a parent (legal representative) gets the extract — bring the child’s birth certificate and your own passport."
              },
              "next": [
                {
                  "goto": "where"
                }
              ]
            },
            "where": {
              "kind": "question",
              "text": {
                "uk": "Де задеклароване місце проживання?",
                "en": "Where is the address registered?"
              },
              "variable": "where",
              "input": "choice",
              "options": [
                {
                  "value": "here",
                  "label": {
                    "uk": "У нашій громаді",
                    "en": "In our community"
                  }
                },
                {
                  "value": "elsewhere",
                  "label": {
                    "uk": "В іншій громаді",
                    "en": "In another community"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "where",
                    "op": "eq",
                    "value": "elsewhere"
                  },
                  "goto": "elsewhere"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "elsewhere": {
              "kind": "message",
              "text": {
                "uk": "Якщо місце проживання задеклароване в іншій громаді, витяг можна отримати в Дії або в ЦНАП тієї громади; чи можна сформувати його в нашому ЦНАП, уточніть в адміністратора.",
                "en": "If the address is registered in another community, get the extract in Diia or at that community’s TsNAP; ask our administrator whether it can be issued here."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "registered-persons-extract",
              "show": [
                "cost",
                "term",
                "documents",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови отримання в нашій громаді та онлайн:",
                "en": "Conditions in our community and online:"
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
                "uk": "Для субсидій і соціальних допомог установи часто отримують ці відомості з реєстру самі — перш ніж замовляти витяг, уточніть, чи він справді потрібен. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "For subsidies and social benefits, agencies often get this data from the register themselves — check whether you really need the extract before ordering it. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
