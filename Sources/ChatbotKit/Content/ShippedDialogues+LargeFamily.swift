extension ShippedDialogues {
    /// Consultation «Посвідчення багатодітної сім’ї» (Large-family certificate).
    static let largeFamily = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "large_family",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Посвідчення багатодітної сім’ї",
            "en": "Large-family certificate"
          },
          "start": "kids",
          "variables": {
            "kids": {
              "type": "number"
            },
            "ages": {
              "type": "choice",
              "values": [
                "no",
                "studying",
                "working"
              ]
            },
            "need": {
              "type": "choice",
              "values": [
                "first",
                "extend",
                "lost"
              ]
            }
          },
          "keywords": [
            {
              "uk": "багатодітна сім’я",
              "en": "large family"
            },
            {
              "uk": "посвідчення багатодітної",
              "en": "large-family certificate"
            },
            {
              "uk": "троє дітей",
              "en": "three children"
            },
            {
              "uk": "багатодітні",
              "en": "large families"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про охорону дитинства», ст. 13",
              "Порядок видачі посвідчень батьків багатодітної сім’ї та дитини з багатодітної сім’ї, затверджений постановою КМУ від 02.03.2010 № 209",
              "Закон України «Про мобілізаційну підготовку та мобілізацію», ст. 23 (відстрочка)"
            ],
            "sources": [
              "https://guide.diia.gov.ua",
              "https://diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/2402-14"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "kids": {
              "kind": "question",
              "text": {
                "uk": "Посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї. Скільки у вас дітей?",
                "en": "Certificates for parents and children of a large family. How many children do you have?"
              },
              "variable": "kids",
              "input": "number",
              "validation": {
                "min": 0,
                "max": 30
              },
              "invalid": {
                "uk": "Введіть кількість дітей числом, наприклад 3.",
                "en": "Enter the number of children, e.g. 3."
              },
              "maxRetries": 2,
              "next": [
                {
                  "when": {
                    "var": "kids",
                    "op": "lt",
                    "value": 3
                  },
                  "goto": "few"
                },
                {
                  "goto": "ages"
                }
              ]
            },
            "few": {
              "kind": "end",
              "text": {
                "uk": "Статус багатодітної сім’ї мають сім’ї, що виховують трьох і більше дітей до 18 років (а тих, хто навчається за денною чи дуальною формою, — до 23 років). Коли народиться третя дитина, статус можна оформити одразу через єМалятко.",
                "en": "Large-family status is for families raising three or more children under 18 (under 23 if in full-time or dual-form education). When a third child is born, the status can be requested at once through eMalyatko."
              }
            },
            "ages": {
              "kind": "question",
              "text": {
                "uk": "Чи є серед дітей ті, кому від 18 до 23 років?",
                "en": "Are any of the children aged 18 to 23?"
              },
              "variable": "ages",
              "input": "choice",
              "options": [
                {
                  "value": "no",
                  "label": {
                    "uk": "Ні",
                    "en": "No"
                  }
                },
                {
                  "value": "studying",
                  "label": {
                    "uk": "Так, навчаються (денна форма)",
                    "en": "Yes, in full-time education"
                  }
                },
                {
                  "value": "working",
                  "label": {
                    "uk": "Так, але не навчаються",
                    "en": "Yes, but not studying"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "ages",
                    "op": "eq",
                    "value": "studying"
                  },
                  "goto": "studying"
                },
                {
                  "when": {
                    "var": "ages",
                    "op": "eq",
                    "value": "working"
                  },
                  "goto": "working"
                },
                {
                  "goto": "need"
                }
              ]
            },
            "studying": {
              "kind": "message",
              "text": {
                "uk": "На кожну дитину від 18 до 23 років, яка навчається за денною або дуальною формою, візьміть довідку з навчального закладу.",
                "en": "For each child aged 18 to 23 in full-time or dual-form education, bring a certificate from the school or university."
              },
              "next": [
                {
                  "goto": "need"
                }
              ]
            },
            "working": {
              "kind": "message",
              "text": {
                "uk": "Повнолітні діти, які не навчаються, для статусу не враховуються. Перевірте, чи залишається у вас троє дітей до 18 років (або до 23, якщо навчаються).",
                "en": "Adult children who are not studying are not counted. Check that you still have three children under 18 (or under 23 if studying)."
              },
              "next": [
                {
                  "goto": "need"
                }
              ]
            },
            "need": {
              "kind": "question",
              "text": {
                "uk": "Що потрібно?",
                "en": "What do you need?"
              },
              "variable": "need",
              "input": "choice",
              "options": [
                {
                  "value": "first",
                  "label": {
                    "uk": "Отримати вперше",
                    "en": "Get it for the first time"
                  }
                },
                {
                  "value": "extend",
                  "label": {
                    "uk": "Продовжити строк дії",
                    "en": "Extend it"
                  }
                },
                {
                  "value": "lost",
                  "label": {
                    "uk": "Замінити втрачене",
                    "en": "Replace a lost one"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "need",
                    "op": "eq",
                    "value": "extend"
                  },
                  "goto": "extend"
                },
                {
                  "when": {
                    "var": "need",
                    "op": "eq",
                    "value": "lost"
                  },
                  "goto": "lost"
                },
                {
                  "goto": "first"
                }
              ]
            },
            "first": {
              "kind": "message",
              "text": {
                "uk": "Посвідчення видають кожному з батьків і кожній дитині. Звертайтеся за місцем проживання сім’ї; фото потрібні для батьків і дітей з 6 років.",
                "en": "Each parent and each child gets a certificate. Apply where the family lives; photos are needed for the parents and children aged 6 and over."
              },
              "next": [
                {
                  "goto": "defer"
                }
              ]
            },
            "extend": {
              "kind": "message",
              "text": {
                "uk": "Строк дії посвідчення продовжують, зокрема, коли дитина після 18 років продовжує навчання, — візьміть довідку з навчального закладу та чинні посвідчення.",
                "en": "The certificates are extended, for example, when a child continues studying after 18 — bring the certificate from the school and the current certificates."
              },
              "next": [
                {
                  "goto": "defer"
                }
              ]
            },
            "lost": {
              "kind": "message",
              "text": {
                "uk": "Замість втраченого чи зіпсованого посвідчення видають дублікат — напишіть заяву із зазначенням обставин втрати.",
                "en": "A duplicate replaces a lost or damaged certificate — write an application stating how it was lost."
              },
              "next": [
                {
                  "goto": "defer"
                }
              ]
            },
            "defer": {
              "kind": "message",
              "text": {
                "uk": "Під час воєнного стану військовозобов’язані, які утримують трьох і більше дітей до 18 років, можуть мати право на відстрочку від призову за мобілізацією. Посвідчення саме по собі не є відстрочкою: її оформлюють у ТЦК та СП або через застосунок «Резерв+».",
                "en": "Under martial law, people liable for service who support three or more children under 18 may be entitled to a deferment from mobilisation. The certificate is not a deferment in itself: it is arranged at the recruitment centre or in the Reserve+ app."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "large-family-certificate",
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
                "uk": "Посвідчення дає право на пільги, встановлені законом і місцевими програмами; після оформлення його можна також відкрити в Дії. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "The certificate gives access to concessions set by law and local programmes; once issued, it can also be shown in Diia. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
