extension ShippedDialogues {
    /// Consultation «Паспорт громадянина України для виїзду за кордон» (Ukrainian passport for travel abroad).
    static let foreignPassport = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "foreign_passport",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Паспорт громадянина України для виїзду за кордон",
            "en": "Ukrainian passport for travel abroad"
          },
          "start": "cit",
          "variables": {
            "citizenship": {
              "type": "choice",
              "values": [
                "ua",
                "other"
              ]
            },
            "age": {
              "type": "number"
            },
            "reason": {
              "type": "choice",
              "values": [
                "first",
                "renew",
                "lost",
                "stolen"
              ]
            },
            "bc": {
              "type": "choice",
              "values": [
                "ua",
                "abroad",
                "tot"
              ]
            }
          },
          "keywords": [
            {
              "uk": "закордонний паспорт",
              "en": "passport for travel abroad"
            },
            {
              "uk": "закордонник",
              "en": "foreign passport"
            },
            {
              "uk": "біометричний паспорт",
              "en": "biometric passport"
            },
            {
              "uk": "паспорт для виїзду",
              "en": "travel passport"
            },
            {
              "uk": "паспорт дитині",
              "en": "child passport"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про порядок виїзду з України і в’їзду в Україну громадян України»",
              "Порядок оформлення, видачі, обміну паспорта громадянина України для виїзду за кордон, затверджений постановою КМУ від 07.05.2014 № 152",
              "Правила перетинання державного кордону громадянами України, затверджені постановою КМУ від 27.01.1995 № 57",
              "Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, посвідчують особу чи її спеціальний статус»"
            ],
            "sources": [
              "https://dmsu.gov.ua",
              "https://dpsu.gov.ua",
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/3857-12"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "cit": {
              "kind": "question",
              "text": {
                "uk": "Закордонний паспорт: підкажу, як його оформити.\nОсоба, для якої оформлюють паспорт, — громадянин(ка) України?",
                "en": "Passport for travel abroad: I will explain how to get one.\nIs the person it is for a citizen of Ukraine?"
              },
              "variable": "citizenship",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "Так, громадянин(ка) України",
                    "en": "Yes, a Ukrainian citizen"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Ні, іноземець / без громадянства",
                    "en": "No, foreign or stateless"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "citizenship",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "foreigner"
                },
                {
                  "goto": "age"
                }
              ]
            },
            "foreigner": {
              "kind": "end",
              "text": {
                "uk": "Паспорт для виїзду за кордон оформлюють лише громадянам України. Іноземці отримують паспорт у країні свого громадянства; особам без громадянства, які проживають в Україні, ДМС оформлює проїзний документ особи без громадянства (dmsu.gov.ua).",
                "en": "Only Ukrainian citizens get this passport. Foreign nationals get a passport from their own country; stateless persons living in Ukraine can get a stateless person’s travel document from the Migration Service (dmsu.gov.ua)."
              }
            },
            "age": {
              "kind": "question",
              "text": {
                "uk": "Скільки повних років цій особі?",
                "en": "How old is the person (full years)?"
              },
              "variable": "age",
              "input": "number",
              "validation": {
                "min": 0,
                "max": 120
              },
              "invalid": {
                "uk": "Введіть вік числом від 0 до 120, наприклад 14.",
                "en": "Enter the age as a number from 0 to 120, e.g. 14."
              },
              "maxRetries": 2,
              "next": [
                {
                  "when": {
                    "var": "age",
                    "op": "lt",
                    "value": 16
                  },
                  "goto": "child"
                },
                {
                  "goto": "reason"
                }
              ]
            },
            "child": {
              "kind": "message",
              "text": {
                "uk": "Дитині до 16 років закордонний паспорт оформлюють за заявою одного з батьків (законного представника) у присутності дитини. Візьміть свідоцтво про народження дитини (або її ID-картку, якщо вже є) і свій паспорт. Паспорт дитині до 16 років видають на 4 роки. Відбитки пальців знімають з 12 років.",
                "en": "For a child under 16 the passport is applied for by a parent (legal representative) with the child present. Bring the child’s birth certificate (or ID card, if any) and your own passport. A child under 16 gets a passport valid for 4 years. Fingerprints are taken from the age of 12."
              },
              "next": [
                {
                  "goto": "bc"
                }
              ]
            },
            "bc": {
              "kind": "question",
              "text": {
                "uk": "Де видано свідоцтво про народження дитини?",
                "en": "Where was the child’s birth certificate issued?"
              },
              "variable": "bc",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "В Україні (органом ДРАЦС)",
                    "en": "In Ukraine (civil registry)"
                  }
                },
                {
                  "value": "abroad",
                  "label": {
                    "uk": "За кордоном",
                    "en": "Abroad"
                  }
                },
                {
                  "value": "tot",
                  "label": {
                    "uk": "На окупованій території",
                    "en": "In an occupied territory"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "bc",
                    "op": "eq",
                    "value": "tot"
                  },
                  "goto": "bc_tot"
                },
                {
                  "when": {
                    "var": "bc",
                    "op": "eq",
                    "value": "abroad"
                  },
                  "goto": "bc_abroad"
                },
                {
                  "goto": "travel_kid"
                }
              ]
            },
            "bc_tot": {
              "kind": "message",
              "text": {
                "uk": "Свідоцтво про народження, видане окупаційною владою, в Україні не визнається. Факт народження встановлює суд в окремому провадженні (такі справи розглядають невідкладно), після чого відділ ДРАЦС видає українське свідоцтво. Свідоцтво, видане органом ДРАЦС України до окупації, дійсне. Безоплатна правнича допомога — 0 800 213 103.",
                "en": "A birth certificate issued by the occupying authorities is not recognised in Ukraine. A court establishes the birth in a separate procedure (such cases are heard without delay), after which the civil registry issues a Ukrainian certificate. A certificate issued by a Ukrainian civil registry before the occupation is valid. Free legal aid: 0 800 213 103."
              },
              "next": [
                {
                  "goto": "travel_kid"
                }
              ]
            },
            "bc_abroad": {
              "kind": "message",
              "text": {
                "uk": "Свідоцтво про народження, видане за кордоном, має бути легалізоване або засвідчене апостилем (якщо міжнародний договір не звільняє від цього) і перекладене українською з нотаріальним засвідченням перекладу. Народження дитини за кордоном можна також зареєструвати в консульстві України.",
                "en": "A birth certificate issued abroad must be legalised or carry an apostille (unless a treaty waives this) and come with a notarised Ukrainian translation. A birth abroad can also be registered at a Ukrainian consulate."
              },
              "next": [
                {
                  "goto": "travel_kid"
                }
              ]
            },
            "travel_kid": {
              "kind": "message",
              "text": {
                "uk": "Паспорт — це ще не дозвіл на виїзд: умови перетину кордону дитиною (зокрема, чи потрібна згода другого з батьків) визначають Правила перетинання державного кордону. Перевірте чинні вимоги на сайті Державної прикордонної служби (dpsu.gov.ua) перед поїздкою.",
                "en": "A passport is not yet permission to travel: the conditions for a child crossing the border (including whether the other parent’s consent is needed) are set by the Border Crossing Rules. Check the current requirements on the State Border Guard Service website (dpsu.gov.ua) before the trip."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "reason": {
              "kind": "question",
              "text": {
                "uk": "Яка ваша ситуація?",
                "en": "What is your situation?"
              },
              "variable": "reason",
              "input": "choice",
              "options": [
                {
                  "value": "first",
                  "label": {
                    "uk": "Оформлюю вперше",
                    "en": "My first one"
                  }
                },
                {
                  "value": "renew",
                  "label": {
                    "uk": "Закінчився строк / нові дані",
                    "en": "Expired or details changed"
                  }
                },
                {
                  "value": "lost",
                  "label": {
                    "uk": "Паспорт втрачено",
                    "en": "Passport lost"
                  }
                },
                {
                  "value": "stolen",
                  "label": {
                    "uk": "Паспорт викрадено",
                    "en": "Passport stolen"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "first"
                  },
                  "goto": "first"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "renew"
                  },
                  "goto": "renew"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "lost"
                  },
                  "goto": "lost"
                },
                {
                  "goto": "stolen"
                }
              ]
            },
            "first": {
              "kind": "message",
              "text": {
                "uk": "Візьміть паспорт громадянина України (ID-картку або книжечку) та РНОКПП, якщо він не зазначений у паспорті. З 16 років документи подають самостійно, без батьків.",
                "en": "Bring your Ukrainian passport (ID card or booklet) and your taxpayer number if it is not in the passport. From 16 you apply yourself, without your parents."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "renew": {
              "kind": "message",
              "text": {
                "uk": "Візьміть паспорт громадянина України і попередній закордонний паспорт. Якщо змінилися прізвище чи ім’я, спершу обміняйте паспорт громадянина України або візьміть документ про зміну даних.",
                "en": "Bring your Ukrainian passport and your previous passport for travel abroad. If your surname or name has changed, first replace your Ukrainian passport or bring the document confirming the change."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "lost": {
              "kind": "message",
              "text": {
                "uk": "Під час оформлення нового паспорта подайте заяву про втрату: втрачений паспорт визнають недійсним. Якщо паспорт загублено за кордоном, зверніться до консульства України: там оформлять новий паспорт або посвідчення особи на повернення в Україну.",
                "en": "When applying for a new passport, file a loss report: the lost passport is invalidated. If you lost it abroad, contact a Ukrainian consulate: it can issue a new passport or a certificate for return to Ukraine."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "stolen": {
              "kind": "message",
              "text": {
                "uk": "Про викрадення повідомте поліцію (102) або, якщо ви за кордоном, — місцеву поліцію та консульство України. Під час оформлення нового паспорта подайте заяву, і викрадений документ визнають недійсним.",
                "en": "Report the theft to the police (102) or, if you are abroad, to the local police and the Ukrainian consulate. When applying for a new passport, file a report and the stolen document is invalidated."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "mil_note": {
              "kind": "message",
              "text": {
                "uk": "Наявність закордонного паспорта не дає права на виїзд під час воєнного стану: для чоловіків призовного віку виїзд обмежено й дозволено лише у випадках, визначених Правилами перетинання державного кордону (постанова КМУ № 57). Під час воєнного стану чоловікам віком 18–60 років варто мати з собою військово-обліковий документ (паперовий або електронний у застосунку «Резерв+»): його можуть попросити пред’явити під час звернення.",
                "en": "Having a passport for travel abroad does not by itself allow you to leave under martial law: men of conscription age may leave only in the cases set by the Border Crossing Rules (CMU Resolution No. 57). Under martial law, men aged 18–60 should bring their military registration document (paper, or electronic in the Reserve+ app): they may be asked to show it."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "foreign-passport",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Вартість, строки, документи та місця оформлення в нашій громаді (термінове оформлення коштує дорожче):",
                "en": "Cost, processing time, documents and where to apply in our community (urgent processing costs more):"
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
                "uk": "Онлайн закордонний паспорт не оформити: потрібні фото й відбитки пальців. Документи можна подати одночасно з оформленням ID-картки. Паспорт дорослому видають на 10 років. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "A passport for travel abroad cannot be ordered online: a photo and fingerprints are needed. You can apply together with an ID card. An adult’s passport is valid for 10 years. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
